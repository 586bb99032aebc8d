namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A natural person concerned by the request.</summary>
public sealed record Person
{
    /// <summary>Local reference, unique in the document (<c>p1</c>); measures name their subjects by it.</summary>
    public required string Ref { get; init; }

    /// <summary>Part played in the proceedings, as the national term means it.</summary>
    public required PersonRole Role { get; init; }

    /// <summary>Full name exactly as the source writes it. Never split by guesswork.</summary>
    public required string FullName { get; init; }

    /// <summary>Given names, only when the source tells them apart.</summary>
    public string? GivenNames { get; init; }

    /// <summary>Family names in order, only when the source tells them apart.</summary>
    public IReadOnlyList<string> FamilyNames { get; init; } = [];

    /// <summary>Sex as the identity document records it.</summary>
    public Sex? Sex { get; init; }

    /// <summary>Date of birth.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Place of birth.</summary>
    public PlaceOfBirth? PlaceOfBirth { get; init; }

    /// <summary>Nationalities as ISO 3166-1 alpha-2 codes.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>BCP 47 tags of the languages the person speaks, so an interpreter can be arranged.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Whether the person needs an interpreter, when the record says.</summary>
    public bool? InterpreterNeeded { get; init; }

    /// <summary>Whether the person is a minor, when the record says.</summary>
    public bool? Minor { get; init; }

    /// <summary>Whether the person is free or in custody, when the record says.</summary>
    public CustodyStatus? Custody { get; init; }

    /// <summary>Identity documents.</summary>
    public IReadOnlyList<IdentityDocument> IdentityDocuments { get; init; } = [];

    /// <summary>Known addresses.</summary>
    public IReadOnlyList<Address> Addresses { get; init; } = [];

    /// <summary>Other names the person is known by.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
