namespace CooperJus.Gateway.Core.Storage;

/// <summary>A message a dispatcher has leased and must now send.</summary>
/// <param name="Lease">The lease to present when completing.</param>
/// <param name="Sequence">The outbox's order of arrival.</param>
/// <param name="PartnerId">The partner it goes to.</param>
/// <param name="MessageType">The envelope type.</param>
/// <param name="RequestId">The request it carries or answers, or null.</param>
/// <param name="SignedEnvelope">The exact bytes to POST.</param>
/// <param name="Attempts">Attempts made so far in the current retry budget (0 for a fresh message; reset by replay).</param>
/// <param name="EnqueuedAt">When it entered the outbox.</param>
/// <param name="TraceParent">The W3C <c>traceparent</c> it was sealed in (see <see cref="OutgoingMessage.TraceParent"/>), or null.</param>
public sealed record LeasedMessage(
    OutboxLease Lease,
    long Sequence,
    string PartnerId,
    string MessageType,
    string? RequestId,
    ReadOnlyMemory<byte> SignedEnvelope,
    int Attempts,
    DateTimeOffset EnqueuedAt,
    string? TraceParent = null)
{
    /// <summary>The message id (the same as <see cref="OutboxLease.MessageId"/>).</summary>
    public string MessageId => Lease.MessageId;
}
