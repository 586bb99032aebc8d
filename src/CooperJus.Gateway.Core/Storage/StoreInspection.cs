using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// Looks at a store without changing it (read-only, no migration, nothing created): what <c>cooperjus run
/// --check-config</c> says about the store before an upgrade or a first start.
/// </summary>
public static class StoreInspection
{
    /// <summary>What a start would do with the store of <paramref name="options"/>, in a few words.</summary>
    /// <exception cref="StoreOpenException">A start could not use it: not a gateway store, newer than this code, unreadable, or its folder is missing.</exception>
    public static string Describe(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = Path.GetFullPath(options.Path);
        var latest = SchemaMigrations.LatestVersion;
        if (!File.Exists(path))
        {
            if (!Directory.Exists(Path.GetDirectoryName(path))) throw new StoreOpenException(path, "its folder does not exist.");
            return $"{path} (none yet: the first start creates it, schema version {latest})";
        }
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var hasTable = connection.CreateCommand();
            hasTable.CommandText = "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'";
            if (Convert.ToInt64(hasTable.ExecuteScalar(), CultureInfo.InvariantCulture) != 1)
                throw new StoreOpenException(path, "it is not a gateway store (it has no schema_version); point Store:Path at the gateway's store or at a new file.");
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT version FROM schema_version";
            var version = Convert.ToInt32(read.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (version > latest)
                throw new StoreOpenException(path, $"its schema version is {version}, but this gateway knows versions up to {latest}: it was written by a newer gateway (a store is never downgraded).");
            return version == latest
                ? $"{path} (schema version {version})"
                : $"{path} (schema version {version}; the next start migrates it to {latest})";
        }
        catch (SqliteException e)
        {
            throw new StoreOpenException(path, $"it cannot be read as a SQLite database: {e.Message}", e);
        }
    }
}
