using System.Text.Json.Serialization;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// The receiving gateway's signed answer to one envelope (see <c>ReceiptSigner</c>). It mirrors
/// <c>schemas/receipt.v1.schema.json</c>; a test keeps both in step.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Receipt
{
    /// <summary>
    /// The envelope's message id; null only when the envelope could not be read far enough to find it (too large,
    /// malformed). The sender then recognises its message by <see cref="PayloadSha256"/>.
    /// </summary>
    public string? MessageId { get; init; }

    /// <summary>Gateway id of the gateway that received the message and signs this receipt.</summary>
    public required string Receiver { get; init; }

    /// <summary>The envelope's <c>from</c> as it claimed; null when the envelope could not be read far enough to find it.</summary>
    public string? Sender { get; init; }

    /// <summary>When the receiver received the message.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>
    /// SHA-256, as 64 lowercase hexadecimal digits, of the exact bytes of the HTTP request body received: the envelope's
    /// compact JWS serialisation in ASCII, nothing added or removed. It binds the receipt to those bytes.
    /// </summary>
    public required string PayloadSha256 { get; init; }

    /// <summary>Accepted, rejected or duplicate.</summary>
    public required ReceiptOutcome Outcome { get; init; }

    /// <summary>Why the message was rejected; empty unless <see cref="Outcome"/> is <see cref="ReceiptOutcome.Rejected"/>.</summary>
    public required IReadOnlyList<ProtocolError> Errors { get; init; }

    /// <summary>For a duplicate: the compact JWS of the receipt given when the message was first accepted; otherwise null.</summary>
    public string? OriginalReceipt { get; init; }
}
