namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Something the requested authority needs from the requesting side before it can go on.</summary>
public sealed record InformationNeeded
{
    /// <summary>What is needed, as written.</summary>
    public required string Description { get; init; }

    /// <summary>The date by which it is needed.</summary>
    public DateOnly? By { get; init; }
}
