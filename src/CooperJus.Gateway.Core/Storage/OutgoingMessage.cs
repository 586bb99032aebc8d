namespace CooperJus.Gateway.Core.Storage;

/// <summary>A message to put into the outbox: already SIGNED, so every attempt resends exactly these bytes.</summary>
/// <param name="MessageId">The envelope's <c>messageId</c>; the outbox and the partner's inbox de-duplicate on it.</param>
/// <param name="PartnerId">The partner gateway it goes to (its id in the partner directory).</param>
/// <param name="MessageType">The envelope type: <c>cooperation-request</c> or <c>cooperation-response</c>.</param>
/// <param name="RequestId">The request it carries or answers (for a response, its <c>inResponseTo</c>), or null.</param>
/// <param name="SignedEnvelope">The JWS compact serialisation of the envelope exactly as it goes on the wire.</param>
/// <param name="Request">
/// The request's business record, created (or refreshed) in the same transaction as the message, or null when the
/// message opens no request (a response).
/// </param>
/// <param name="Evidence">
/// Audit events of how the message came to be (the national record, the canonical document, its lineage, the
/// validation), recorded before the <c>message.sealed</c> event the store writes itself, in the same transaction; only
/// when the message is new to the outbox.
/// </param>
public sealed record OutgoingMessage(
    string MessageId,
    string PartnerId,
    string MessageType,
    string? RequestId,
    ReadOnlyMemory<byte> SignedEnvelope,
    TrackedRequest? Request = null,
    IReadOnlyList<CooperJus.Gateway.Core.Audit.AuditEntry>? Evidence = null)
{
    /// <summary>
    /// The W3C <c>traceparent</c> of the span the message was sealed in, stored with it so its delivery joins the same
    /// trace. Taken from <see cref="System.Diagnostics.Activity.Current"/> when the message is made (null when nothing
    /// traces); <c>with</c> copies keep it.
    /// </summary>
    public string? TraceParent { get; init; } = System.Diagnostics.Activity.Current?.Id;

    /// <summary>
    /// The <c>message.downgraded</c> event when the payload was sealed in an older canonical version for its partner,
    /// recorded just before <c>message.sealed</c>, and only when the message is new to the outbox (nothing is sent
    /// otherwise); null when it went in the gateway's own version.
    /// </summary>
    public CooperJus.Gateway.Core.Audit.AuditEntry? Downgraded { get; init; }
}
