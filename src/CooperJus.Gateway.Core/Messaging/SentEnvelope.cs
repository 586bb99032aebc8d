namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// What the sender must remember about a message to check the receipt it gets back: small enough to keep in the
/// outbox row beside the signed bytes.
/// </summary>
/// <param name="MessageId">The envelope's message id.</param>
/// <param name="Recipient">Gateway id of the partner it was sent to.</param>
/// <param name="PayloadSha256">SHA-256 (lowercase hex) of the exact JWS bytes sent.</param>
public sealed record SentEnvelope(string MessageId, string Recipient, string PayloadSha256);
