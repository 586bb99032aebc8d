namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// Rule ids of the partner protocol: the <c>rule</c> of a <see cref="ProtocolError"/>. Stable, lowercase, dotted;
/// a partner may match on them. <c>envelope.*</c> are found by the receiver of a message (and travel back in a
/// rejected receipt); <c>receipt.*</c> are found by the sender checking the receipt it got back.
/// </summary>
public static class MessagingRules
{
    /// <summary>The body is larger than the configured limit; it was not parsed.</summary>
    public const string EnvelopeTooLarge = "envelope.too-large";

    /// <summary>The body is not a compact JWS of an envelope (shape, header, JSON or a property value).</summary>
    public const string EnvelopeMalformed = "envelope.malformed";

    /// <summary>No partner in the directory has a key with the JWS header's <c>kid</c>.</summary>
    public const string EnvelopeUnknownKey = "envelope.unknown-key";

    /// <summary>The key exists but is outside its validity window (beyond the clock-skew tolerance).</summary>
    public const string EnvelopeKeyNotValidNow = "envelope.key-not-valid-now";

    /// <summary>The signature does not verify with the key: forged, or changed after signing.</summary>
    public const string EnvelopeBadSignature = "envelope.bad-signature";

    /// <summary>The envelope's <c>from</c> is not the partner that owns the signing key.</summary>
    public const string EnvelopeSenderMismatch = "envelope.sender-mismatch";

    /// <summary>The envelope's <c>to</c> is not this gateway.</summary>
    public const string EnvelopeWrongRecipient = "envelope.wrong-recipient";

    /// <summary>The envelope's <c>createdAt</c> is later than now plus the clock-skew tolerance.</summary>
    public const string EnvelopeFromTheFuture = "envelope.from-the-future";

    /// <summary>
    /// The envelope's <c>createdAt</c> is older than the configured maximum age (off unless configured): a replay of a
    /// message too old for the receiver to still remember its id.
    /// </summary>
    public const string EnvelopeTooOld = "envelope.too-old";

    /// <summary>The message id was already used by another partner: ids are unique across senders, so this is refused.</summary>
    public const string EnvelopeMessageIdReused = "envelope.message-id-reused";

    /// <summary>The receipt is larger than the configured limit; it was not parsed.</summary>
    public const string ReceiptTooLarge = "receipt.too-large";

    /// <summary>The answer is not a compact JWS of a receipt, or the receipt contradicts itself.</summary>
    public const string ReceiptMalformed = "receipt.malformed";

    /// <summary>No partner in the directory has a key with the receipt's <c>kid</c>.</summary>
    public const string ReceiptUnknownKey = "receipt.unknown-key";

    /// <summary>The receipt's key is outside its validity window.</summary>
    public const string ReceiptKeyNotValidNow = "receipt.key-not-valid-now";

    /// <summary>The receipt's signature does not verify with the key.</summary>
    public const string ReceiptBadSignature = "receipt.bad-signature";

    /// <summary>The receipt is signed by, or names as receiver, a partner other than the one the message was sent to.</summary>
    public const string ReceiptSignerMismatch = "receipt.signer-mismatch";

    /// <summary>The receipt names a sender other than this gateway.</summary>
    public const string ReceiptWrongSender = "receipt.wrong-sender";

    /// <summary>The receipt is for another message id.</summary>
    public const string ReceiptWrongMessage = "receipt.wrong-message";

    /// <summary>The receipt's <c>payloadSha256</c> is not the hash of the bytes that were sent.</summary>
    public const string ReceiptHashMismatch = "receipt.hash-mismatch";

    /// <summary>The receipt's <c>receivedAt</c> is later than now plus the clock-skew tolerance.</summary>
    public const string ReceiptFromTheFuture = "receipt.from-the-future";

    /// <summary>A duplicate receipt whose original receipt is missing or does not verify.</summary>
    public const string ReceiptOriginalInvalid = "receipt.original-invalid";
}
