namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// The verdict on one received body. When <see cref="IsValid"/> is false, <see cref="Errors"/> says why and the
/// best-effort fields (<see cref="MessageId"/>, <see cref="ClaimedSender"/>) are whatever could be read, unverified,
/// for the rejected receipt and the evidence record.
/// </summary>
public sealed class EnvelopeVerification
{
    internal EnvelopeVerification(DateTimeOffset receivedAt, long byteCount, string payloadSha256)
    {
        ReceivedAt = receivedAt;
        ByteCount = byteCount;
        PayloadSha256 = payloadSha256;
    }

    /// <summary>True when the envelope passed every check; then <see cref="Envelope"/> and <see cref="Sender"/> are set.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>When the body was received, by this gateway's clock; it becomes the receipt's <c>receivedAt</c>.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The size of the body in bytes.</summary>
    public long ByteCount { get; }

    /// <summary>SHA-256 (lowercase hex) of the exact body bytes; it becomes the receipt's <c>payloadSha256</c>.</summary>
    public string PayloadSha256 { get; }

    /// <summary>The compact JWS as received, when the body had a JWS's shape; store it as evidence.</summary>
    public string? Jws { get; internal init; }

    /// <summary>The <c>kid</c> of the JWS header, when it could be read.</summary>
    public string? KeyId { get; internal init; }

    /// <summary>The verified envelope; null unless <see cref="IsValid"/>.</summary>
    public Envelope? Envelope { get; internal init; }

    /// <summary>The partner whose key signed the envelope (and which is its <c>from</c>); null unless <see cref="IsValid"/>.</summary>
    public Partner? Sender { get; internal init; }

    /// <summary>
    /// The partner whose listed key verified the signature, also when a later check (shape, addressing) refused the
    /// envelope: who can be held to these bytes. Null when no listed key's signature verified (unparsable, unknown key,
    /// bad signature, too large to read): then nothing ties the bytes to a partner.
    /// </summary>
    public Partner? Signer { get; internal init; }

    /// <summary>The message id: verified when <see cref="IsValid"/>, otherwise as read from the unverified payload, or null.</summary>
    public string? MessageId { get; internal init; }

    /// <summary>The <c>from</c>: verified when <see cref="IsValid"/>, otherwise as read from the unverified payload, or null.</summary>
    public string? ClaimedSender { get; internal init; }

    /// <summary>Why the envelope was refused; empty when it is valid. Each error has a rule id from <see cref="MessagingRules"/>.</summary>
    public IReadOnlyList<ProtocolError> Errors { get; internal init; } = [];
}
