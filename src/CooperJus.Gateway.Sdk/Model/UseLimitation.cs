namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A limit the requested State puts on the use of what it supplies.</summary>
public sealed record UseLimitation
{
    /// <summary>What kind of limit.</summary>
    public required UseLimitationKind Kind { get; init; }

    /// <summary>The limit, as written.</summary>
    public required string Text { get; init; }
}
