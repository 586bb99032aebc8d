namespace CooperJus.Gateway.Core.Delivery;

/// <summary>Where a dispatch left a message.</summary>
public enum DeliveryState
{
    /// <summary>The partner's verified receipt says accepted or duplicate.</summary>
    Delivered,
    /// <summary>A transient failure: the store holds the time of the next attempt.</summary>
    RetryScheduled,
    /// <summary>Permanently refused, or the retry budget is spent; an operator may replay it.</summary>
    DeadLettered,
}
