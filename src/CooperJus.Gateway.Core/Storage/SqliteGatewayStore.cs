using System.ComponentModel.DataAnnotations;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Core.Audit;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The gateway store on one SQLite file: WAL, <c>synchronous=FULL</c>, schema migrated at open. Safe for many threads
/// (reads take a pooled connection each; writes go through one writer that commits concurrent writes together) and for
/// several processes on the same file (write transactions start with <c>BEGIN IMMEDIATE</c>; leases make claims
/// exclusive). See <see cref="IGatewayStore"/> for the guarantees of each method.
/// </summary>
public sealed class SqliteGatewayStore : IGatewayStore, IAsyncDisposable
{
    private readonly SqliteDatabase _database;
    private readonly SqliteWriter _writer;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _leaseDuration;
    private bool _disposed;

    private SqliteGatewayStore(SqliteDatabase database, TimeProvider clock, TimeSpan leaseDuration)
    {
        _database = database;
        _clock = clock;
        _leaseDuration = leaseDuration;
        _writer = new SqliteWriter(database.OpenConnection(pooled: false));
        Audit = new SqliteAuditLog(database, _writer, clock);
    }

    /// <summary>The audit log kept in the same file, written in the same transactions as the changes it records.</summary>
    public IAuditLog Audit { get; }

    /// <summary>The full path of the database file.</summary>
    public string Path => _database.Path;

    /// <summary>
    /// Opens the store of <paramref name="options"/>, creating the file when missing and migrating its schema.
    /// </summary>
    /// <exception cref="ArgumentException">The options are invalid (every error listed).</exception>
    /// <exception cref="StoreOpenException">The file cannot be used as a store; the message names it and says why.</exception>
    public static Task<SqliteGatewayStore> OpenAsync(StoreOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        cancellationToken.ThrowIfCancellationRequested();
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true))
        {
            throw new ArgumentException("Invalid store options: " + string.Join(" ", errors.Select(e => e.ErrorMessage)), nameof(options));
        }
        var database = SqliteDatabase.Open(options);
        try
        {
            return Task.FromResult(new SqliteGatewayStore(database, clock, options.LeaseDuration));
        }
        catch (SqliteException error)
        {
            database.ClearPool();
            throw new StoreOpenException(database.Path, $"the writer's connection could not be opened ({error.Message})", error);
        }
    }

    /// <inheritdoc />
    public Task<IntakeRecord?> FindAcceptedIntakeAsync(string sha256, CancellationToken cancellationToken)
    {
        StoreArguments.Sha256(sha256);
        return ReadAsync(connection => IntakeCommands.FindAccepted(connection, null, sha256), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IntakeResult> RecordIntakeAsync(IntakeFile file, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        StoreArguments.File(file);
        StoreArguments.Messages(messages);
        return _writer.WriteAsync(tx => IntakeCommands.RecordAccepted(tx, file, messages, Now()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IntakeRecord> RecordFailedIntakeAsync(IntakeFile file, string report, CancellationToken cancellationToken)
    {
        StoreArguments.File(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(report);
        return _writer.WriteAsync(tx => IntakeCommands.RecordFailed(tx, file, report, Now()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<EnqueueResult> EnqueueAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        StoreArguments.Messages(messages);
        return _writer.WriteAsync(tx => OutboxCommands.Enqueue(tx, messages, intakeSeq: null, Now()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetDuePartnersAsync(CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<string>>(connection =>
        {
            var now = Now();
            return OutboxQueries.Schedule(connection).Where(p => p.EarliestDue <= now).Select(p => p.PartnerId).ToList();
        }, cancellationToken);

    /// <inheritdoc />
    public Task<DateTimeOffset?> GetEarliestDueAsync(string? partnerId, CancellationToken cancellationToken) =>
        ReadAsync(connection =>
        {
            var earliest = partnerId is null
                ? OutboxQueries.Schedule(connection).Select(p => (long?)p.EarliestDue).Min()
                : OutboxQueries.EarliestDue(connection, partnerId);
            return earliest is { } due ? StoredInstants.FromStored(due) : (DateTimeOffset?)null;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<LeasedMessage>> LeaseDueAsync(string partnerId, string owner, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        StoreArguments.PageSize(maxCount, nameof(maxCount));
        return _writer.WriteAsync(tx =>
        {
            var now = Now();
            return OutboxCommands.Lease(tx, partnerId, owner, maxCount, now, now + (long)_leaseDuration.TotalMilliseconds);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<OutboxLease?> RenewLeaseAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        StoreArguments.Lease(lease);
        return _writer.WriteAsync(tx =>
        {
            var now = Now();
            return OutboxCommands.Renew(tx, lease, now, now + (long)_leaseDuration.TotalMilliseconds);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> ReleaseLeaseAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        StoreArguments.Lease(lease);
        return _writer.WriteAsync(tx => OutboxCommands.Release(tx, lease, Now()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> ReleaseLeasesOfOwnerAsync(string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        return _writer.WriteAsync(tx => OutboxCommands.ReleaseOwner(tx, owner, Now()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RecordAttemptAsync(OutboxLease lease, DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        StoreArguments.Lease(lease);
        StoreArguments.Attempt(attempt);
        return _writer.WriteAsync(tx => OutboxCommands.RecordAttempt(tx, lease, attempt, Now()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> MarkDeliveredAsync(OutboxLease lease, DeliveryAttempt attempt, ReadOnlyMemory<byte> receipt, CancellationToken cancellationToken)
    {
        StoreArguments.Lease(lease);
        StoreArguments.Attempt(attempt);
        if (receipt.IsEmpty) throw new ArgumentException("A delivered message keeps the partner's signed receipt; it is empty.", nameof(receipt));
        return _writer.WriteAsync(tx => OutboxCommands.Deliver(tx, lease, attempt, receipt, Now()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> ScheduleRetryAsync(OutboxLease lease, DeliveryAttempt attempt, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        StoreArguments.Lease(lease);
        StoreArguments.Attempt(attempt);
        var next = StoredInstants.ToStored(nextAttemptAt);
        return _writer.WriteAsync(tx => OutboxCommands.ScheduleRetry(tx, lease, attempt, next, Now()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> DeadLetterAsync(OutboxLease lease, DeliveryAttempt? attempt, string reason, CancellationToken cancellationToken)
    {
        StoreArguments.Lease(lease);
        if (attempt is not null) StoreArguments.Attempt(attempt);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return _writer.WriteAsync(tx => OutboxCommands.DeadLetter(tx, lease, attempt, reason, Now()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<OperatorActionResult> RetryNowAsync(string messageId, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _writer.WriteAsync(tx => OutboxCommands.RetryNow(tx, messageId, actor, Now()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<OperatorActionResult> ReplayDeadLetterAsync(string messageId, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _writer.WriteAsync(tx => OutboxCommands.Replay(tx, messageId, actor, Now()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxEntry>> ListOutboxAsync(OutboxQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.AfterSequence, nameof(query));
        if (query.State is { } state) StoreArguments.Defined(state, nameof(query));
        StoreArguments.PageSize(query.Limit, nameof(query));
        return ReadAsync(connection => OutboxQueries.List(connection, query), cancellationToken);
    }

    /// <inheritdoc />
    public Task<OutboxMessageDetail?> GetOutboxMessageAsync(string messageId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        return ReadAsync(connection => OutboxQueries.Detail(connection, messageId), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PartnerQueueCounts>> CountByPartnerAsync(CancellationToken cancellationToken) =>
        ReadAsync(OutboxQueries.Counts, cancellationToken);

    /// <inheritdoc />
    public Task CheckReadableAsync(CancellationToken cancellationToken) =>
        ReadAsync(connection =>
        {
            // One row at most, whatever the queue holds; and a file that is not (or no longer) the store fails.
            using var command = connection.Command("SELECT 1 FROM outbox LIMIT 1");
            return command.ExecuteScalar();
        }, cancellationToken);

    /// <inheritdoc />
    public Task<InboundStoreResult> StoreInboundAsync(InboundMessage message, ReadOnlyMemory<byte> receipt, CancellationToken cancellationToken)
    {
        StoreArguments.Inbound(message, receipt);
        return _writer.WriteAsync(tx => InboxCommands.Store(tx, message, receipt, Now()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredInboundMessage>> ListUnexportedInboundAsync(long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        StoreArguments.PageSize(maxCount, nameof(maxCount));
        return ReadAsync(connection => InboxCommands.ListUnexported(connection, afterSequence, maxCount), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> MarkExportedAsync(string messageId, string? exportedTo, string? outputSha256, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        return _writer.WriteAsync(tx => InboxCommands.MarkExported(tx, messageId, exportedTo, outputSha256, Now()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> StoreRejectedInboundAsync(RejectedInbound rejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        ArgumentException.ThrowIfNullOrWhiteSpace(rejected.Reason, nameof(rejected));
        return _writer.WriteAsync(tx => InboxCommands.Reject(tx, rejected, Now()), cancellationToken);
    }

    /// <inheritdoc />
    public Task UpsertRequestAsync(TrackedRequest request, CancellationToken cancellationToken)
    {
        StoreArguments.Request(request);
        return _writer.WriteAsync(tx =>
        {
            RequestCommands.Upsert(tx, request, Now());
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ResponseApplyResult> ApplyResponseAsync(string requestId, ResponseStatus status, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        StoreArguments.Defined(status, nameof(status));
        var issued = StoredInstants.ToStored(issuedAt);
        return _writer.WriteAsync(tx =>
        {
            var now = Now();
            var result = RequestCommands.ApplyResponse(tx, requestId, status, issued, now);
            if (result != ResponseApplyResult.UnknownRequest)
                AuditCommands.Append(tx, AuditEntries.ResponseApplied(requestId, result, CooperJus.Gateway.Sdk.CanonicalCodes.ToCode(status), issued), now);
            return result;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<RequestSummary?> GetRequestAsync(string requestId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        return ReadAsync(connection => RequestCommands.Get(connection, requestId, Today()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RequestSummary>> ListRequestsAsync(RequestQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query));
        if (query.Direction is { } direction) StoreArguments.Defined(direction, nameof(query));
        if (query.Status is { } status) StoreArguments.Defined(status, nameof(query));
        StoreArguments.PageSize(query.Limit, nameof(query));
        return ReadAsync(connection => RequestCommands.List(connection, query, Today()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<HeldRequestEntry>> ListHeldAsync(string? country, string? requestId, CancellationToken cancellationToken) =>
        ReadAsync(connection => HeldCommands.ListPending(connection, country, requestId), cancellationToken);

    /// <inheritdoc />
    public Task<ReleaseOutcome> ReleaseHeldAsync(OutgoingMessage message, string actor, CancellationToken cancellationToken)
    {
        StoreArguments.Messages([message]);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.RequestId, nameof(message));
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _writer.WriteAsync(tx => HeldCommands.Release(tx, message, actor, Now()), cancellationToken);
    }

    /// <summary>
    /// Counts the outbox, the inbox and the requests in one grouped read, for the metrics' gauges. Synchronous: a
    /// gauge's callback is; <see cref="Telemetry.GatewayMetrics"/> caches the answer for a few seconds.
    /// </summary>
    public Telemetry.StoreCounts CountForMetrics()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = _database.OpenConnection();
        return MetricsQueries.Read(connection, Today());
    }

    /// <summary>Finishes the writes already queued, then closes the file's connections.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await _writer.DisposeAsync().ConfigureAwait(false);
        _database.ClearPool();
    }

    private long Now() => StoredInstants.ToStored(_clock.GetUtcNow());

    private string Today() => StoredInstants.ToStored(DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime));

    private Task<T> ReadAsync<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _database.ReadAsync(read, cancellationToken);
    }
}
