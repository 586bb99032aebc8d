using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The ordered history of the store's schema and the code that brings a database up to date at start-up: every
/// missing step in ONE write transaction (all or nothing, and a second process starting at the same moment waits for
/// the lock and then finds nothing to do).
/// </summary>
internal static class SchemaMigrations
{
    /// <summary>Every step, oldest first.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "Intake files, outbox with leases and attempts, inbox, rejected inbound evidence, requests", SchemaV1.Sql),
        new(2, "Hash-chained audit log, its bodies and its search index", SchemaV2.Sql),
        new(3, "Person search terms keyed with the gateway's search key (the unkeyed terms removed, rebuilt at start)", SchemaV3.Sql),
        new(4, "Size, SHA-256 and client address of refused inbound bodies (kept in part when unattributable)", SchemaV4.Sql),
        new(5, "Held requests: the status held, and each held request's reason and canonical document until a partner serves its country", SchemaHeldRequests.Sql),
        new(6, "The trace context each outgoing message was sealed in (W3C traceparent)", SchemaOutboxTraceParent.Sql),
        new(7, "The request statuses of the v2 response: postponed, conditions-proposed, forwarded, measure-substituted, withdrawn", SchemaResponseStatusesV2.Sql),
    ];

    /// <summary>The version this code creates and understands.</summary>
    public static int LatestVersion => All[^1].Version;

    /// <summary>Applies the missing steps to the database of <paramref name="connection"/>; returns the version before.</summary>
    /// <exception cref="StoreOpenException">The database is newer than this code, or belongs to something else.</exception>
    public static int Apply(SqliteConnection connection, string path, IReadOnlyList<Migration>? steps = null)
    {
        steps ??= All;
        using var transaction = connection.BeginTransaction(deferred: false);
        var current = CurrentVersion(transaction, path);
        var latest = steps[^1].Version;
        if (current > latest)
        {
            throw new StoreOpenException(path,
                $"its schema version is {current}, but this gateway knows versions up to {latest}. It was written by a newer " +
                "gateway: run that version or a later one (a store is never downgraded).");
        }
        foreach (var step in steps.Where(s => s.Version > current))
        {
            using (var command = transaction.Command(step.Sql)) command.ExecuteNonQuery();
            using var update = transaction.Command("UPDATE schema_version SET version = @v", ("@v", step.Version));
            update.ExecuteNonQuery();
        }
        transaction.Commit();
        return current;
    }

    private static int CurrentVersion(SqliteTransaction transaction, string path)
    {
        using var hasTable = transaction.Command("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'");
        if (Convert.ToInt64(hasTable.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1)
        {
            using var read = transaction.Command("SELECT version FROM schema_version");
            return Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        using var anyTable = transaction.Command("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        if (Convert.ToInt64(anyTable.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
        {
            throw new StoreOpenException(path, "it is a SQLite database of something else (it has tables but no schema_version); " +
                "point the store at a new file or at a gateway store.");
        }
        using var create = transaction.Command("CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version (version) VALUES (0);");
        create.ExecuteNonQuery();
        return 0;
    }
}
