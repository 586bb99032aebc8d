namespace CooperJus.Gateway.Sdk.Model;

/// <summary>An asset concerned by the request. The detail record matching <see cref="Type"/> is filled; the others are null.</summary>
public sealed record Asset
{
    /// <summary>Local reference, unique in the document (<c>a1</c>).</summary>
    public required string Ref { get; init; }

    /// <summary>Kind of asset.</summary>
    public required AssetType Type { get; init; }

    /// <summary>Description as written.</summary>
    public string? Description { get; init; }

    /// <summary>Value or sum of money.</summary>
    public MonetaryAmount? Value { get; init; }

    /// <summary>Refs of the persons or organisations who hold the asset now.</summary>
    public IReadOnlyList<string> HolderRefs { get; init; } = [];

    /// <summary>Refs of the persons or organisations who own it, when not the holders (the museum a piece was stolen from).</summary>
    public IReadOnlyList<string> OwnerRefs { get; init; } = [];

    /// <summary>Where the asset is now, as far as known.</summary>
    public string? CurrentLocation { get; init; }

    /// <summary>Bank account details when <see cref="Type"/> is <see cref="AssetType.BankAccount"/>.</summary>
    public BankAccount? BankAccount { get; init; }

    /// <summary>Registry details when <see cref="Type"/> is <see cref="AssetType.RealEstate"/> or <see cref="AssetType.Vehicle"/>.</summary>
    public RegisteredProperty? RegisteredProperty { get; init; }

    /// <summary>Object ID description when <see cref="Type"/> is <see cref="AssetType.CulturalObject"/>.</summary>
    public CulturalObject? CulturalObject { get; init; }
}
