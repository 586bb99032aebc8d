namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The facts under investigation.</summary>
public sealed record Facts
{
    /// <summary>Summary of the relevant facts, in the request's language.</summary>
    public required string Summary { get; init; }

    /// <summary>When the facts happened.</summary>
    public DateRange? Period { get; init; }

    /// <summary>Where the facts happened, as written.</summary>
    public string? Place { get; init; }
}
