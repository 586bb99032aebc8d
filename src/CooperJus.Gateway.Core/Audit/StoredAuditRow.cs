namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// One row of the audit log exactly as stored, unchecked: the verifier compares its parts with each other and with
/// the rows around it, so it must see what is on disk, not what a parser made of it.
/// </summary>
/// <param name="Sequence">The row's sequence number (its key).</param>
/// <param name="Hash">The hash column (what the store believed the header hashed to).</param>
/// <param name="Header">The header bytes as stored.</param>
/// <param name="Kind">The kind column, indexed for queries; must equal the header's.</param>
/// <param name="RequestId">The request id column; must equal the header's.</param>
/// <param name="MessageId">The message id column; must equal the header's.</param>
/// <param name="CaseReference">The case reference column; must equal the header's.</param>
/// <param name="Body">The body bytes, or null when the event has none or they were pruned.</param>
/// <param name="BodyPruned">True when retention removed the body.</param>
public sealed record StoredAuditRow(
    long Sequence,
    string Hash,
    byte[] Header,
    string Kind,
    string? RequestId,
    string? MessageId,
    string? CaseReference,
    byte[]? Body,
    bool BodyPruned)
{
    /// <summary>The recorded-at column (retention selects by it); must equal the header's <c>at</c>.</summary>
    public DateTimeOffset RecordedAt { get; init; }
}
