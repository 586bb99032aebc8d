namespace CooperJus.Gateway.Core.Storage;

/// <summary>How much is waiting for one partner (for health, metrics and <c>cooperjus outbox</c>).</summary>
/// <param name="PartnerId">The partner.</param>
/// <param name="Queued">Messages never attempted yet.</param>
/// <param name="Sending">Messages leased by a dispatcher.</param>
/// <param name="RetryWaiting">Messages waiting for their next attempt.</param>
/// <param name="DeadLettered">Messages waiting for an operator.</param>
public sealed record PartnerQueueCounts(string PartnerId, int Queued, int Sending, int RetryWaiting, int DeadLettered)
{
    /// <summary>Messages the dispatcher still has to deliver (queued, sending, retry-waiting).</summary>
    public int Pending => Queued + Sending + RetryWaiting;
}
