namespace CooperJus.Gateway.Core.Storage;

/// <summary>A verified, schema-valid message from a partner, as the inbox stores it.</summary>
/// <param name="MessageId">The envelope's <c>messageId</c>; the inbox de-duplicates on it.</param>
/// <param name="PartnerId">The partner that signed it (resolved from the <c>kid</c> through the partner directory).</param>
/// <param name="MessageType">The envelope type: <c>cooperation-request</c> or <c>cooperation-response</c>.</param>
/// <param name="RequestId">The request it carries or answers, or null.</param>
/// <param name="SignedEnvelope">The JWS exactly as received: the evidence.</param>
/// <param name="Payload">The canonical JSON inside it, as the export step hands it to the country adapter.</param>
/// <param name="CaseReference">The requesting office's case reference, for a request; null otherwise.</param>
/// <param name="SearchTerms">The hashed person terms of a request (<see cref="CooperJus.Gateway.Core.Audit.PersonSearchTerms"/>), so auditors find it.</param>
public sealed record InboundMessage(
    string MessageId,
    string PartnerId,
    string MessageType,
    string? RequestId,
    ReadOnlyMemory<byte> SignedEnvelope,
    ReadOnlyMemory<byte> Payload,
    string? CaseReference = null,
    IReadOnlyList<string>? SearchTerms = null)
{
    /// <summary>
    /// The <c>message.upgraded</c> event when the partner sent an older canonical version and <see cref="Payload"/> is
    /// its reading as the gateway's own; recorded after <c>inbound.received</c>, and only the first time (not for a
    /// duplicate). Null when it came in the gateway's own version.
    /// </summary>
    public CooperJus.Gateway.Core.Audit.AuditEntry? Upgraded { get; init; }
}
