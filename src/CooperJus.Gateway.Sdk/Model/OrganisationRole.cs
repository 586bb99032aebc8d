namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The part an organisation plays in the proceedings.</summary>
public enum OrganisationRole
{
    /// <summary>Under investigation (legal persons can be, in several countries).</summary>
    Suspect,
    /// <summary>Harmed by the offence.</summary>
    Victim,
    /// <summary>Holds information or assets of interest (a bank, a registry, a shipping company).</summary>
    ThirdParty,
}
