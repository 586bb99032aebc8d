namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A public authority: a prosecutor's office, court or central authority.</summary>
public record Authority
{
    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public required string Country { get; init; }

    /// <summary>Name of the authority as the national system writes it.</summary>
    public string? Name { get; init; }

    /// <summary>Unit or office within the authority.</summary>
    public string? Unit { get; init; }

    /// <summary>The officer in charge.</summary>
    public Officer? Officer { get; init; }

    /// <summary>How to reach the authority.</summary>
    public Contact? Contact { get; init; }
}
