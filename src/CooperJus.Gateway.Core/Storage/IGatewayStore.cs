using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The durable state of the gateway: intake files, the outbox, the inbox and the business state of requests. Its users
/// are the intake (folder and HTTP), the outbox dispatcher, the inbound endpoint, the export step and the operator CLI.
/// </summary>
/// <remarks>
/// <para>
/// <b>Durability.</b> Every method that changes something returns only after its transaction is COMMITTED DURABLY
/// (fsync'ed): whatever the caller acknowledges afterwards (a file moved to <c>processed/</c>, a receipt sent, an HTTP
/// 202) survives a crash or a power cut. Every such method is one atomic transaction: all of it or nothing.
/// </para>
/// <para>
/// <b>Time.</b> The store stamps instants with its own <see cref="TimeProvider"/>; "due" and "expired" are judged against
/// it. Several processes sharing one store must have synchronised clocks (NTP); a skew shortens or lengthens leases by
/// that much.
/// </para>
/// <para>
/// <b>Cancellation.</b> A token is honoured until the operation starts to write; a write that has started is committed
/// and its result returned, so a cancelled caller never wonders whether it happened. Reads (short) check it before they
/// start.
/// </para>
/// <para>
/// <b>Using it.</b> Sign before enqueueing: the outbox keeps the exact JWS, so every retry resends identical bytes and
/// the partner recognises a resend by its message id. The dispatcher uses a STABLE owner id per instance, calls
/// <see cref="ReleaseLeasesOfOwnerAsync"/> at start, then per partner: <see cref="LeaseDueAsync"/>, one attempt per
/// leased message, and exactly one completion per lease (<see cref="MarkDeliveredAsync"/>,
/// <see cref="ScheduleRetryAsync"/>, <see cref="DeadLetterAsync"/> or <see cref="ReleaseLeaseAsync"/>); a completion
/// that returns false means the message is someone else's now: drop it. It sleeps until
/// <see cref="GetEarliestDueAsync"/>. The export step writes the national output under a name derived from the message
/// id (write then rename) before <see cref="MarkExportedAsync"/>, so a crash between the two rewrites the same file
/// instead of adding a second one.
/// </para>
/// <para>
/// <b>Failures.</b> Invalid arguments throw <see cref="ArgumentException"/>; storage failures (disk full, lock not
/// obtained within <see cref="StoreOptions.BusyTimeout"/>) throw the provider's exception and change nothing.
/// </para>
/// </remarks>
public interface IGatewayStore
{
    /// <summary>
    /// The audit log kept in the same store. The methods below that change something append their own audit events in
    /// the same transaction (see <see cref="CooperJus.Gateway.Core.Audit.IAuditLog"/>).
    /// </summary>
    CooperJus.Gateway.Core.Audit.IAuditLog Audit { get; }

    /// <summary>
    /// The ACCEPTED intake file with this content (SHA-256, lowercase hex), or null. A cheap early check so a duplicate
    /// is not translated and signed for nothing; <see cref="RecordIntakeAsync"/> decides authoritatively.
    /// </summary>
    Task<IntakeRecord?> FindAcceptedIntakeAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>
    /// Records a claimed intake file and enqueues its messages (and their requests) in ONE transaction. When the same
    /// content (SHA-256) was accepted before, stores and enqueues NOTHING and returns the original record as a duplicate.
    /// Messages whose id is already in the outbox are skipped as in <see cref="EnqueueAsync"/>. Durable on return: the
    /// file may then be moved to <c>processed/</c>.
    /// </summary>
    Task<IntakeResult> RecordIntakeAsync(IntakeFile file, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Records an intake file of which nothing could be sent, with its readable report. Never a duplicate (the same
    /// content may be dropped again after a fix) and never enqueues anything. Durable on return.
    /// </summary>
    Task<IntakeRecord> RecordFailedIntakeAsync(IntakeFile file, string report, CancellationToken cancellationToken);

    /// <summary>
    /// Puts signed messages into the outbox as <see cref="OutboxState.Queued"/>, due now, and creates or refreshes the
    /// <see cref="OutgoingMessage.Request"/> of each, all in ONE transaction. IDEMPOTENT on the message id: a message
    /// already in the outbox is left exactly as it is (never reset, never re-sent) and reported in
    /// <see cref="EnqueueResult.AlreadyPresent"/>. Durable on return.
    /// </summary>
    Task<EnqueueResult> EnqueueAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Partners that have a message due now (queued or retry-waiting with its time come, or sending with an expired
    /// lease), in partner-id order. The dispatcher's loop starts one lease per partner from this.
    /// </summary>
    Task<IReadOnlyList<string>> GetDuePartnersAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The earliest instant at which a message of <paramref name="partnerId"/> (or of any partner when null) becomes
    /// due, counting lease expiries; in the past when something is due now; null when nothing is pending at all. The
    /// dispatcher sleeps until then (or until it enqueues something itself) instead of polling blindly.
    /// </summary>
    Task<DateTimeOffset?> GetEarliestDueAsync(string? partnerId, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="maxCount"/> due messages of ONE partner to <paramref name="owner"/> for
    /// <see cref="StoreOptions.LeaseDuration"/>, oldest due first: Queued or RetryWaiting whose time has come, and
    /// Sending whose lease expired (a crashed or stalled holder). They become <see cref="OutboxState.Sending"/>.
    /// EXCLUSIVE across threads and processes (one write transaction taken with <c>BEGIN IMMEDIATE</c>): no message is
    /// ever held by two unexpired leases. Durable on return. Returns an empty list when nothing is due.
    /// </summary>
    Task<IReadOnlyList<LeasedMessage>> LeaseDueAsync(string partnerId, string owner, int maxCount, CancellationToken cancellationToken);

    /// <summary>
    /// Extends a lease by <see cref="StoreOptions.LeaseDuration"/> from now (for an attempt that runs long). Returns the
    /// renewed lease, or null when the lease was lost (another dispatcher took the message, or it was completed).
    /// </summary>
    Task<OutboxLease?> RenewLeaseAsync(OutboxLease lease, CancellationToken cancellationToken);

    /// <summary>
    /// Gives a leased message back without counting an attempt (graceful shutdown): it is due again at once, Queued if it
    /// was never attempted, RetryWaiting otherwise. False when the lease was lost (nothing changed).
    /// </summary>
    Task<bool> ReleaseLeaseAsync(OutboxLease lease, CancellationToken cancellationToken);

    /// <summary>
    /// Releases every lease held by <paramref name="owner"/> as <see cref="ReleaseLeaseAsync"/> does; returns how many.
    /// Call it at start-up with this instance's STABLE owner id, so messages in flight when the process died are resent
    /// at once instead of after their lease expiry. Never while another live process uses the same owner id.
    /// </summary>
    Task<int> ReleaseLeasesOfOwnerAsync(string owner, CancellationToken cancellationToken);

    /// <summary>
    /// Appends an attempt to the history of a leased message and counts it in its retry budget, keeping the lease (an
    /// attempt retried within the same lease). False when the lease was lost (nothing stored). Durable on return.
    /// </summary>
    Task<bool> RecordAttemptAsync(OutboxLease lease, DeliveryAttempt attempt, CancellationToken cancellationToken);

    /// <summary>
    /// Records the final attempt, stores the partner's signed receipt and marks the message
    /// <see cref="OutboxState.Delivered"/>; its request moves from Submitted to Delivered. One transaction. Returns
    /// false, changing nothing, when the lease was lost: then another holder delivers it, so a message is marked
    /// delivered exactly once. Durable on return.
    /// </summary>
    Task<bool> MarkDeliveredAsync(OutboxLease lease, DeliveryAttempt attempt, ReadOnlyMemory<byte> receipt, CancellationToken cancellationToken);

    /// <summary>
    /// Records the failed attempt and makes the message <see cref="OutboxState.RetryWaiting"/>, due at
    /// <paramref name="nextAttemptAt"/> (computed by the dispatcher: backoff, jitter, <c>Retry-After</c>), with the
    /// attempt's error as its last error. One transaction; false when the lease was lost. Durable on return.
    /// </summary>
    Task<bool> ScheduleRetryAsync(OutboxLease lease, DeliveryAttempt attempt, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);

    /// <summary>
    /// Records the final attempt (when there was one) and moves the message to <see cref="OutboxState.DeadLettered"/>
    /// with <paramref name="reason"/>; its request moves from Submitted to Undeliverable. One transaction; false when the
    /// lease was lost. Durable on return.
    /// </summary>
    Task<bool> DeadLetterAsync(OutboxLease lease, DeliveryAttempt? attempt, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Operator action: a RetryWaiting (or Queued) message becomes due now, keeping its attempts. Not allowed for other
    /// states (a dead letter needs <see cref="ReplayDeadLetterAsync"/>). Durable on return.
    /// </summary>
    /// <param name="messageId">The message.</param>
    /// <param name="actor">The operator's account name, recorded in the audit log.</param>
    /// <param name="cancellationToken">Honoured until the write starts.</param>
    Task<OperatorActionResult> RetryNowAsync(string messageId, string actor, CancellationToken cancellationToken);

    /// <summary>
    /// Operator action: a DeadLettered message goes back to <see cref="OutboxState.Queued"/>, due now, with a fresh retry
    /// budget (attempts 0; its history is kept) and its request back from Undeliverable to Submitted. Allowed only for
    /// dead letters. Durable on return. Audited with <paramref name="actor"/>, the operator's account name.
    /// </summary>
    Task<OperatorActionResult> ReplayDeadLetterAsync(string messageId, string actor, CancellationToken cancellationToken);

    /// <summary>A page of the outbox in order of arrival, filtered by state and partner (<c>cooperjus outbox list</c>).</summary>
    Task<IReadOnlyList<OutboxEntry>> ListOutboxAsync(OutboxQuery query, CancellationToken cancellationToken);

    /// <summary>One message with its bytes, receipt and attempt history (<c>cooperjus outbox show</c>), or null.</summary>
    Task<OutboxMessageDetail?> GetOutboxMessageAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>Per partner with anything not delivered: queued, sending, retry-waiting and dead-lettered counts.</summary>
    Task<IReadOnlyList<PartnerQueueCounts>> CountByPartnerAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Reads the store once, at a cost that does not grow with its content: what an unauthenticated readiness check may
    /// ask as often as it likes. Throws what the store throws when it cannot be read.
    /// </summary>
    Task CheckReadableAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores a verified inbound message AND the signed receipt to answer with, in ONE transaction, de-duplicating on the
    /// message id: when the id is already in the inbox, stores NOTHING and returns the ORIGINAL receipt with
    /// <see cref="InboundStoreResult.IsDuplicate"/> set, so the host answers <c>duplicate</c> carrying it. Durable on
    /// return: only then may the receipt be sent.
    /// </summary>
    Task<InboundStoreResult> StoreInboundAsync(InboundMessage message, ReadOnlyMemory<byte> receipt, CancellationToken cancellationToken);

    /// <summary>
    /// Inbox messages not yet written to the national system, in order of arrival, after
    /// <paramref name="afterSequence"/> (0 to start), at most <paramref name="maxCount"/>. After a restart the export step
    /// takes up exactly these.
    /// </summary>
    Task<IReadOnlyList<StoredInboundMessage>> ListUnexportedInboundAsync(long afterSequence, int maxCount, CancellationToken cancellationToken);

    /// <summary>
    /// Marks an inbox message as written to the national system (<paramref name="exportedTo"/>: file name or webhook).
    /// Idempotent: a second call keeps the first time and place. False when no message has that id. Durable on return.
    /// </summary>
    /// <param name="messageId">The inbox message.</param>
    /// <param name="exportedTo">The file written (or the webhook), recorded with the first call only.</param>
    /// <param name="outputSha256">SHA-256 of what was written, for the audit log, or null.</param>
    /// <param name="cancellationToken">Honoured until the write starts.</param>
    Task<bool> MarkExportedAsync(string messageId, string? exportedTo, string? outputSha256, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the evidence of a refused inbound message, apart from the inbox (it never reaches the national system).
    /// Returns its id. Durable on return: only then may the signed rejection be sent.
    /// </summary>
    Task<long> StoreRejectedInboundAsync(RejectedInbound rejected, CancellationToken cancellationToken);

    /// <summary>
    /// Creates a request's business record, or refreshes its descriptive fields (case reference, partner, requested
    /// country, respond-by). The status is taken only when the request is new: later it changes only through responses
    /// and the outbox, so a re-exported request never loses its answer. Durable on return.
    /// </summary>
    Task UpsertRequestAsync(TrackedRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a response's status to the request it answers. The latest response by its own
    /// <paramref name="issuedAt"/> wins, whatever the order of arrival: an older response (a late retry) changes nothing
    /// (<see cref="ResponseApplyResult.Stale"/>); the same response twice is harmless. Durable on return.
    /// </summary>
    Task<ResponseApplyResult> ApplyResponseAsync(string requestId, ResponseStatus status, DateTimeOffset issuedAt, CancellationToken cancellationToken);

    /// <summary>One request, or null.</summary>
    Task<RequestSummary?> GetRequestAsync(string requestId, CancellationToken cancellationToken);

    /// <summary>
    /// A page of requests for <c>cooperjus requests</c>: overdue first (respond-by before today and status not final),
    /// then oldest first by their <c>createdAt</c>.
    /// </summary>
    Task<IReadOnlyList<RequestSummary>> ListRequestsAsync(RequestQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Requests still held (no partner served their country when they were exported), oldest first, with what is
    /// needed to seal them: only those of <paramref name="country"/> and/or <paramref name="requestId"/> when given.
    /// </summary>
    Task<IReadOnlyList<HeldRequestEntry>> ListHeldAsync(string? country, string? requestId, CancellationToken cancellationToken);

    /// <summary>
    /// Releases a held request: in ONE transaction, checks it is still held, records <c>request.released</c> (with
    /// <paramref name="actor"/>), enqueues <paramref name="message"/> as <see cref="EnqueueAsync"/> does (idempotent on its
    /// id) and moves the request from held to submitted with the message's partner. EXACTLY ONCE: a request released
    /// before (by another process, or by a re-export that queued it) is left alone and
    /// <see cref="ReleaseOutcome.AlreadyReleased"/> returned, so two releases racing queue one message. Durable on return.
    /// </summary>
    Task<ReleaseOutcome> ReleaseHeldAsync(OutgoingMessage message, string actor, CancellationToken cancellationToken);
}
