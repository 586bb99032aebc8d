namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>One row of a gateway's <c>inbound_rejections</c> table: the evidence of a refused message.</summary>
internal sealed record StoredRejection(long Sequence, string? PartnerId, string? MessageId, string Reason, int RawBodyLength, bool HasReceipt,
    long BodySize, string BodySha256, string? ClientAddress);
