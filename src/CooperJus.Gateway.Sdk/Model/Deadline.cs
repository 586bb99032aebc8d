namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A date by which the requesting authority needs something done, with its reason (UNCAC art. 46(24)).</summary>
public sealed record Deadline
{
    /// <summary>What must happen by the date.</summary>
    public required DeadlineKind Kind { get; init; }

    /// <summary>The date.</summary>
    public required DateOnly By { get; init; }

    /// <summary>Why this date.</summary>
    public string? Reason { get; init; }
}
