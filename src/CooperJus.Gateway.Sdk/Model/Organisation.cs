namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A company or other legal person.</summary>
public sealed record Organisation
{
    /// <summary>Local reference, unique in the document (<c>o1</c>).</summary>
    public required string Ref { get; init; }

    /// <summary>Registered name as written.</summary>
    public required string Name { get; init; }

    /// <summary>Part played in the proceedings.</summary>
    public OrganisationRole Role { get; init; } = OrganisationRole.ThirdParty;

    /// <summary>Registration numbers (RUC, CNPJ, CIF…), each with its check-digit status.</summary>
    public IReadOnlyList<IdentityDocument> RegistrationNumbers { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 code of the country of registration.</summary>
    public string? Country { get; init; }

    /// <summary>Registered address.</summary>
    public Address? Address { get; init; }
}
