namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Urgency level, its grounds and the deadlines (UNCAC art. 46(24)).</summary>
public sealed record Urgency
{
    /// <summary>The level.</summary>
    public UrgencyLevel Level { get; init; } = UrgencyLevel.Normal;

    /// <summary>Why it is urgent, as codes.</summary>
    public IReadOnlyList<UrgencyGround> Grounds { get; init; } = [];

    /// <summary>Why it is urgent, in words.</summary>
    public string? Reason { get; init; }

    /// <summary>Dates by which something is needed, each with its kind and reason.</summary>
    public IReadOnlyList<Deadline> Deadlines { get; init; } = [];
}
