using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// The append-only, hash-chained audit log kept in the gateway's store, and the auditor's queries over it.
/// </summary>
/// <remarks>
/// <para>
/// <b>The chain.</b> Every event has a header: compact JSON with a fixed order of properties (sequence number, hash of
/// the event before, time, kind, identifiers, facts, and the SHA-256 of the body). Its hash is the SHA-256 of those
/// exact bytes, and the next event's header holds it. Changing, removing or reordering an event therefore breaks the
/// link after it, and a body altered after the fact no longer matches the hash in its header. The bodies sit apart from
/// the headers, so retention can drop old bodies while the chain still verifies.
/// </para>
/// <para>
/// <b>Atomic with what it records.</b> The store's own changes (an intake file and its sealed messages, a delivery and
/// its receipt, an inbound message and the receipt sent back) append their events in the SAME transaction: the log never
/// says something happened that the store does not show, nor the other way round. <see cref="AppendAsync"/> is for
/// steps that change nothing else (a configuration recorded at start).
/// </para>
/// <para>
/// <b>What the chain alone cannot catch</b> (someone with write access recomputing every hash after an edit, or
/// cutting the tail) is caught by the signed checkpoints kept outside the database; see <see cref="AuditCheckpoints"/>.
/// </para>
/// </remarks>
public interface IAuditLog
{
    /// <summary>Appends events in one transaction, in order; returns the sequence number of the last. Durable on return.</summary>
    Task<long> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken);

    /// <summary>The last event of the chain, or null when the log is empty.</summary>
    Task<AuditEvent?> GetHeadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The stored rows from <paramref name="fromSequence"/> to <paramref name="toSequence"/> (inclusive; null for the end)
    /// in stored order, exactly as they are on disk (no check made), with their bodies when kept. Streams: one row in memory at
    /// a time. For <see cref="AuditVerifier"/> and evidence export.
    /// </summary>
    IEnumerable<StoredAuditRow> ReadRows(long fromSequence, long? toSequence, CancellationToken cancellationToken);

    /// <summary>
    /// The last event of <paramref name="kind"/>, or null: for the rare kinds only (configuration, retention, file
    /// claims, checkpoints written), which an index serves; other kinds are refused.
    /// </summary>
    Task<AuditEvent?> GetLastAsync(string kind, CancellationToken cancellationToken);

    /// <summary>The body of event <paramref name="sequence"/>, or null when it has none or retention pruned it.</summary>
    Task<byte[]?> GetBodyAsync(long sequence, CancellationToken cancellationToken);

    /// <summary>Every event about a request or a message, oldest first.</summary>
    Task<IReadOnlyList<AuditEvent>> GetEventsAsync(string? requestId, string? messageId, CancellationToken cancellationToken);

    /// <summary>
    /// The request ids that <paramref name="reference"/> names: itself when it is a request id, the request of a
    /// message id, every request of a case reference, or, when none of those match, every request made of the national
    /// record of that number (the record id the adapter gave, e.g. <c>SGF-2024-000187</c>). Empty when it names nothing.
    /// </summary>
    Task<IReadOnlyList<string>> ResolveAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Requests matching every criterion of <paramref name="search"/>, newest first.</summary>
    Task<IReadOnlyList<RequestSummary>> SearchAsync(AuditSearch search, CancellationToken cancellationToken);

    /// <summary>
    /// What an auditor sees of one request, sent or never sent (refused, or not routed: built from its audit events), or
    /// null when neither the store nor the audit log knows the request.
    /// </summary>
    Task<AuditRequestView?> GetRequestViewAsync(string requestId, CancellationToken cancellationToken);

    /// <summary>The fingerprint of the search key the person index was built with, or null when it must be (re)built.</summary>
    Task<string?> GetSearchKeyFingerprintAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the whole person search index with <paramref name="termsByRequest"/>, records <paramref name="fingerprint"/>
    /// as the key it was built with and a <see cref="AuditEventKinds.SearchIndexRebuilt"/> event by <paramref name="actor"/>,
    /// in one transaction; returns true. Unless <paramref name="replaceRecordedKey"/>, it does nothing and returns false
    /// when a key is recorded by then (another process sharing the store built the index first). Durable on return.
    /// </summary>
    Task<bool> ReplaceSearchIndexAsync(IReadOnlyDictionary<string, IReadOnlyCollection<string>> termsByRequest, string fingerprint, string actor,
        bool replaceRecordedKey, CancellationToken cancellationToken);

    /// <summary>
    /// Retention: removes the bodies of events recorded before <paramref name="before"/> (their hashes stay), and
    /// records a <see cref="AuditEventKinds.RetentionPruned"/> event by <paramref name="actor"/> when anything was
    /// removed. Returns how many bodies were removed. Durable on return.
    /// </summary>
    Task<long> PruneBodiesAsync(DateTimeOffset before, string actor, CancellationToken cancellationToken);
}
