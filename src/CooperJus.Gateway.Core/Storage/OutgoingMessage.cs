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
public sealed record OutgoingMessage(
    string MessageId,
    string PartnerId,
    string MessageType,
    string? RequestId,
    ReadOnlyMemory<byte> SignedEnvelope,
    TrackedRequest? Request = null);
