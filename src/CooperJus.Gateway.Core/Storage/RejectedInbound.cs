namespace CooperJus.Gateway.Core.Storage;

/// <summary>Evidence of an inbound message that was refused (forged, tampered, unknown partner, invalid...).</summary>
/// <param name="Reason">Why it was refused, readable (the same reasons the signed rejection carries).</param>
/// <param name="RawBody">
/// The request body exactly as received; for a message no listed partner key signed, only its first bytes (see
/// <see cref="IsTruncated"/>).
/// </param>
/// <param name="PartnerId">The partner whose listed key signed it, when the signature verified; otherwise null.</param>
/// <param name="MessageId">The message id it claims, when it could be read; otherwise null.</param>
/// <param name="Receipt">The signed rejection answered, or null when none could be made.</param>
public sealed record RejectedInbound(
    string Reason,
    ReadOnlyMemory<byte> RawBody,
    string? PartnerId = null,
    string? MessageId = null,
    ReadOnlyMemory<byte>? Receipt = null)
{
    /// <summary>The size of the whole body received, in bytes; null when <see cref="RawBody"/> is the whole body.</summary>
    public long? Size { get; init; }

    /// <summary>SHA-256 (lowercase hex) of the whole body received; null when <see cref="RawBody"/> is the whole body.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The client address the body came from (IPv4 address or IPv6 /64 prefix), when known.</summary>
    public string? ClientAddress { get; init; }

    /// <summary>True when <see cref="RawBody"/> holds only the first bytes of what was received.</summary>
    public bool IsTruncated => Size is { } size && size > RawBody.Length;
}
