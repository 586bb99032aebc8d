namespace CooperJus.Gateway.Core.Storage;

/// <summary>Evidence of an inbound message that was refused (forged, tampered, unknown partner, invalid...).</summary>
/// <param name="Reason">Why it was refused, readable (the same reasons the signed rejection carries).</param>
/// <param name="RawBody">The request body exactly as received, whatever it was.</param>
/// <param name="PartnerId">The partner it claims to come from, when that could be told; otherwise null.</param>
/// <param name="MessageId">The message id it claims, when it could be read; otherwise null.</param>
/// <param name="Receipt">The signed rejection answered, or null when none could be made.</param>
public sealed record RejectedInbound(
    string Reason,
    ReadOnlyMemory<byte> RawBody,
    string? PartnerId = null,
    string? MessageId = null,
    ReadOnlyMemory<byte>? Receipt = null);
