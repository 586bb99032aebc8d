namespace CooperJus.Gateway.Core.Storage;

/// <summary>The outbox row a valid lease holds: what a completion changes and what its audit events name.</summary>
internal sealed record LeasedRow(long Seq, string MessageId, string PartnerId, string? RequestId);
