using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>Small helpers that keep the SQL code of the store readable.</summary>
internal static class SqlExtensions
{
    /// <summary>A command in <paramref name="transaction"/> with its parameters (null becomes SQL NULL).</summary>
    public static SqliteCommand Command(this SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        return command.With(sql, parameters);
    }

    /// <summary>A command on <paramref name="connection"/> with its parameters.</summary>
    public static SqliteCommand Command(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        connection.CreateCommand().With(sql, parameters);

    /// <summary>Sets (or adds) a parameter, so a prepared command can be run again for the next row.</summary>
    public static void Set(this SqliteCommand command, string name, object? value)
    {
        var stored = value ?? DBNull.Value;
        if (command.Parameters.Contains(name)) command.Parameters[name].Value = stored;
        else command.Parameters.AddWithValue(name, stored);
    }

    /// <summary>The bytes to bind for a blob, without copying when the memory is a whole array.</summary>
    public static byte[] Blob(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : bytes.ToArray();

    public static string? NullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? NullableInt32(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static DateTimeOffset Instant(this SqliteDataReader reader, int ordinal) =>
        StoredInstants.FromStored(reader.GetInt64(ordinal));

    public static DateTimeOffset? NullableInstant(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : StoredInstants.FromStored(reader.GetInt64(ordinal));

    public static byte[] Bytes(this SqliteDataReader reader, int ordinal) => reader.GetFieldValue<byte[]>(ordinal);

    private static SqliteCommand With(this SqliteCommand command, string sql, (string Name, object? Value)[] parameters)
    {
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Set(name, value);
        return command;
    }
}
