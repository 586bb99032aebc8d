using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.IntegrationTests.Support;

/// <summary>
/// A copy of a running gateway's store (taken with SQLite's online backup, consistent while the gateway writes), and
/// the direct edits of someone with write access to the file: what the audit log must catch.
/// </summary>
internal static class StoreCopy
{
    public static void Backup(string source, string destination)
    {
        using var from = Open(source, SqliteOpenMode.ReadOnly);
        using var to = Open(destination, SqliteOpenMode.ReadWriteCreate);
        from.BackupDatabase(to);
    }

    /// <summary>Flips one byte in the middle of the stored header of event <paramref name="sequence"/>, past the append-only trigger.</summary>
    public static void FlipHeaderByte(string database, long sequence)
    {
        using var connection = Open(database, SqliteOpenMode.ReadWrite);
        byte[] header;
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT header FROM audit_events WHERE seq = @seq";
            read.Parameters.AddWithValue("@seq", sequence);
            header = (byte[])(read.ExecuteScalar() ?? throw new InvalidOperationException($"no event {sequence}"));
        }
        header[header.Length / 2] ^= 0x01;
        using var tamper = connection.CreateCommand();
        tamper.CommandText = "DROP TRIGGER audit_events_no_update; UPDATE audit_events SET header = @header WHERE seq = @seq;";
        tamper.Parameters.AddWithValue("@header", header);
        tamper.Parameters.AddWithValue("@seq", sequence);
        tamper.ExecuteNonQuery();
    }

    /// <summary>
    /// Replaces the stored header of event <paramref name="sequence"/> with <paramref name="edit"/> of it, and records the
    /// edited header's hash as its own, as someone covering their tracks would.
    /// </summary>
    public static void RewriteHeader(string database, long sequence, Func<string, string> edit)
    {
        using var connection = Open(database, SqliteOpenMode.ReadWrite);
        string header;
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT header FROM audit_events WHERE seq = @seq";
            read.Parameters.AddWithValue("@seq", sequence);
            header = System.Text.Encoding.UTF8.GetString((byte[])(read.ExecuteScalar() ?? throw new InvalidOperationException($"no event {sequence}")));
        }
        var edited = System.Text.Encoding.UTF8.GetBytes(edit(header));
        using var tamper = connection.CreateCommand();
        tamper.CommandText = "DROP TRIGGER audit_events_no_update; UPDATE audit_events SET header = @header, hash = @hash WHERE seq = @seq;";
        tamper.Parameters.AddWithValue("@header", edited);
        tamper.Parameters.AddWithValue("@hash", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(edited)));
        tamper.Parameters.AddWithValue("@seq", sequence);
        tamper.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
