namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A natural person concerned by the request.</summary>
public sealed record Person
{
    /// <summary>Local reference, unique in the document (<c>p1</c>); measures target persons by it.</summary>
    public required string Ref { get; init; }

    /// <summary>Part played in the proceedings.</summary>
    public required PersonRole Role { get; init; }

    /// <summary>Full name exactly as the source writes it. Never split by guesswork.</summary>
    public required string FullName { get; init; }

    /// <summary>Given names, only when the source tells them apart.</summary>
    public string? GivenNames { get; init; }

    /// <summary>Family names in order, only when the source tells them apart.</summary>
    public IReadOnlyList<string> FamilyNames { get; init; } = [];

    /// <summary>Date of birth.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Nationalities as ISO 3166-1 alpha-2 codes.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>Identity documents.</summary>
    public IReadOnlyList<IdentityDocument> IdentityDocuments { get; init; } = [];

    /// <summary>Known addresses.</summary>
    public IReadOnlyList<Address> Addresses { get; init; } = [];

    /// <summary>Other names the person is known by.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
