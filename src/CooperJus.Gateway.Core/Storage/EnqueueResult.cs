namespace CooperJus.Gateway.Core.Storage;

/// <summary>What <see cref="IGatewayStore.EnqueueAsync"/> did.</summary>
/// <param name="Enqueued">How many messages were new and are now queued.</param>
/// <param name="AlreadyPresent">Message ids that were already in the outbox: left exactly as they were.</param>
public sealed record EnqueueResult(int Enqueued, IReadOnlyList<string> AlreadyPresent);
