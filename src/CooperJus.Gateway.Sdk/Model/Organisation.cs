namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A company or other legal person concerned by the request.</summary>
public sealed record Organisation
{
    /// <summary>Local reference, unique in the document (<c>o1</c>).</summary>
    public required string Ref { get; init; }

    /// <summary>Registered name.</summary>
    public required string Name { get; init; }

    /// <summary>Part played in the proceedings.</summary>
    public OrganisationRole Role { get; init; } = OrganisationRole.ThirdParty;

    /// <summary>
    /// Under which regime an investigated organisation answers, when the record says: criminal, administrative (Peru's
    /// Ley 30424, Brazil's Lei 12.846/2013) or none.
    /// </summary>
    public LiabilityRegime? Liability { get; init; }

    /// <summary>Registration or tax numbers.</summary>
    public IReadOnlyList<IdentityDocument> RegistrationNumbers { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 country of registration.</summary>
    public string? Country { get; init; }

    /// <summary>Registered address.</summary>
    public Address? Address { get; init; }
}
