using CooperJus.Gateway.Core.Audit;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The audit log in the store's SQLite file. Appends go through the store's single writer (so they are ordered with,
/// and committed like, every other change); reads take a pooled connection each.
/// </summary>
internal sealed class SqliteAuditLog : IAuditLog
{
    private readonly SqliteDatabase _database;
    private readonly SqliteWriter _writer;
    private readonly TimeProvider _clock;

    public SqliteAuditLog(SqliteDatabase database, SqliteWriter writer, TimeProvider clock)
    {
        _database = database;
        _writer = writer;
        _clock = clock;
    }

    public Task<long> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries) AuditArguments.Entry(entry);
        return _writer.WriteAsync(tx => AuditCommands.AppendAll(tx, entries, Now()), cancellationToken);
    }

    public Task<AuditEvent?> GetHeadAsync(CancellationToken cancellationToken) =>
        Read(connection => AuditQueries.Head(connection), cancellationToken);

    public Task<AuditEvent?> GetLastAsync(string kind, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (!AuditQueries.RareKindNames.Contains(kind))
            throw new ArgumentException($"'{kind}' is not one of the kinds looked up as the last one: {string.Join(", ", AuditQueries.RareKindNames)}.", nameof(kind));
        return Read(connection => AuditQueries.Last(connection, kind), cancellationToken);
    }

    public IEnumerable<StoredAuditRow> ReadRows(long fromSequence, long? toSequence, CancellationToken cancellationToken)
    {
        using var connection = _database.OpenConnection();
        foreach (var row in AuditQueries.Rows(connection, fromSequence, toSequence ?? long.MaxValue))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    public Task<byte[]?> GetBodyAsync(long sequence, CancellationToken cancellationToken) =>
        Read(connection => AuditQueries.Body(connection, sequence), cancellationToken);

    public Task<IReadOnlyList<AuditEvent>> GetEventsAsync(string? requestId, string? messageId, CancellationToken cancellationToken) =>
        Read(connection => AuditQueries.Events(connection, requestId, messageId), cancellationToken);

    public Task<IReadOnlyList<string>> ResolveAsync(string reference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        return Read(connection => AuditQueries.Resolve(connection, reference.Trim()), cancellationToken);
    }

    public Task<IReadOnlyList<RequestSummary>> SearchAsync(AuditSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfNegative(search.Offset, nameof(search));
        StoreArguments.PageSize(search.Limit, nameof(search));
        return Read(connection => RequestCommands.Search(connection, search, Today()), cancellationToken);
    }

    public Task<AuditRequestView?> GetRequestViewAsync(string requestId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        return Read(connection => AuditQueries.RequestView(connection, requestId, Today()), cancellationToken);
    }

    public Task<string?> GetSearchKeyFingerprintAsync(CancellationToken cancellationToken) =>
        Read(AuditQueries.SearchKeyFingerprint, cancellationToken);

    public Task<bool> ReplaceSearchIndexAsync(IReadOnlyDictionary<string, IReadOnlyCollection<string>> termsByRequest, string fingerprint, string actor,
        bool replaceRecordedKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(termsByRequest);
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _writer.WriteAsync(tx =>
        {
            if (!replaceRecordedKey && AuditQueries.SearchKeyFingerprint(tx.Connection!) is not null) return false;
            AuditCommands.ReplaceSearchIndex(tx, termsByRequest, fingerprint);
            AuditCommands.Append(tx, new AuditEntry(AuditEventKinds.SearchIndexRebuilt)
            {
                Actor = actor,
                Facts = AuditEntries.Facts(("key", fingerprint), ("requests", termsByRequest.Count)),
            }, Now());
            return true;
        }, cancellationToken);
    }

    public Task<long> PruneBodiesAsync(DateTimeOffset before, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var cutoff = StoredInstants.ToStored(before);
        return _writer.WriteAsync(tx =>
        {
            var now = Now();
            var pruned = AuditCommands.PruneBodies(tx, cutoff, now);
            if (pruned > 0)
            {
                AuditCommands.Append(tx, new AuditEntry(AuditEventKinds.RetentionPruned)
                {
                    Actor = actor,
                    Facts = AuditEntries.Facts(("bodies", pruned), ("recordedBefore", before.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture))),
                }, now);
            }
            return pruned;
        }, cancellationToken);
    }

    private long Now() => StoredInstants.ToStored(_clock.GetUtcNow());

    private string Today() => StoredInstants.ToStored(DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime));

    private Task<T> Read<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken) => _database.ReadAsync(read, cancellationToken);
}
