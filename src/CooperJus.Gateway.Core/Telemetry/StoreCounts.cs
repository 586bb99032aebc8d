namespace CooperJus.Gateway.Core.Telemetry;

/// <summary>
/// What the store holds, counted in one grouped read for the metrics' gauges. Statuses and states are the stored
/// words, so a status added later (such as <c>held</c>) is counted without a change here.
/// </summary>
/// <param name="Outbox">Outgoing messages by partner, state and type.</param>
/// <param name="Inbox">Received messages by partner and type.</param>
/// <param name="Requests">Requests by partner, status and direction.</param>
/// <param name="Overdue">Requests past their respond-by date whose status is not final.</param>
public sealed record StoreCounts(
    IReadOnlyList<StoreCount> Outbox,
    IReadOnlyList<StoreCount> Inbox,
    IReadOnlyList<StoreCount> Requests,
    long Overdue)
{
    /// <summary>Nothing counted (an empty store, or before the first read).</summary>
    public static StoreCounts Empty { get; } = new([], [], [], 0);
}
