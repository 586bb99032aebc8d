namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Where a person was born.</summary>
public sealed record PlaceOfBirth
{
    /// <summary>Town or district, as written.</summary>
    public string? Place { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country.</summary>
    public string? Country { get; init; }
}
