namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Urgency level, reason and deadline (EIO section B).</summary>
public sealed record Urgency
{
    /// <summary>The level.</summary>
    public UrgencyLevel Level { get; init; } = UrgencyLevel.Normal;

    /// <summary>Why it is urgent.</summary>
    public string? Reason { get; init; }

    /// <summary>Date by which an answer is needed.</summary>
    public DateOnly? RespondBy { get; init; }
}
