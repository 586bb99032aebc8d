using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// A consistent copy of a store that may be in use: SQLite's online backup API copies the database as one read
/// transaction sees it, however much the gateway writes meanwhile. The copy is a single file (rollback journal, not
/// WAL), created new for the gateway's user and group only (0640); an existing file is never overwritten.
/// </summary>
public static class StoreBackup
{
    /// <summary>The file mode of a copy: owner read/write, group read.</summary>
    public const UnixFileMode CopyMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;

    /// <summary>Copies the store at <paramref name="storePath"/> to the new file <paramref name="destination"/>; returns the last audit event in the copy (0 when none).</summary>
    /// <exception cref="IOException"><paramref name="destination"/> exists (nothing is written), or cannot be created.</exception>
    /// <exception cref="StoreOpenException">The store cannot be read.</exception>
    public static long Copy(string storePath, string destination)
    {
        ArgumentNullException.ThrowIfNull(storePath);
        ArgumentNullException.ThrowIfNull(destination);
        var target = Path.GetFullPath(destination);
        // CreateNew: the check for an existing file and the creation are one step, so nothing is ever overwritten.
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) create.UnixCreateMode = CopyMode;
        using (new FileStream(target, create)) { }
        try
        {
            using var source = new SqliteConnection(ConnectionString(Path.GetFullPath(storePath), SqliteOpenMode.ReadOnly));
            using var copy = new SqliteConnection(ConnectionString(target, SqliteOpenMode.ReadWrite));
            source.Open();
            copy.Open();
            source.BackupDatabase(copy);
            using (var journal = copy.CreateCommand())
            {
                journal.CommandText = "PRAGMA journal_mode = DELETE";
                journal.ExecuteNonQuery();
            }
            using var last = copy.CreateCommand();
            last.CommandText = "SELECT COALESCE(MAX(seq), 0) FROM audit_events";
            return Convert.ToInt64(last.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException e)
        {
            // A half-written copy is not a backup: it goes, and the reason is told.
            File.Delete(target);
            throw new StoreOpenException(storePath, $"it could not be copied to '{target}': {e.Message}", e);
        }
    }

    private static string ConnectionString(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();
}
