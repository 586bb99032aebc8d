namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A postal address. National exports rarely structure addresses, so the text as written is what is required.</summary>
public sealed record Address
{
    /// <summary>The address as written.</summary>
    public required string Text { get; init; }

    /// <summary>City or municipality, when the source gives it apart.</summary>
    public string? City { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code, when known.</summary>
    public string? Country { get; init; }
}
