namespace CooperJus.Gateway.Core.Telemetry;

/// <summary>One group of <see cref="StoreCounts"/>.</summary>
/// <param name="PartnerId">The partner.</param>
/// <param name="State">The state (outbox), status (requests) or type (inbox).</param>
/// <param name="Kind">The message type (outbox), direction (requests), or null (inbox).</param>
/// <param name="Count">How many rows.</param>
public sealed record StoreCount(string PartnerId, string State, string? Kind, long Count);
