namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Property known to a public registry: land, buildings or vehicles.</summary>
public sealed record RegisteredProperty
{
    /// <summary>Registry number, plate or chassis number as written.</summary>
    public string? RegistryNumber { get; init; }

    /// <summary>Where the property is, or where the vehicle is registered.</summary>
    public string? Location { get; init; }
}
