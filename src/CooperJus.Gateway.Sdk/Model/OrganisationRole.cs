namespace CooperJus.Gateway.Sdk.Model;

/// <summary>
/// The part an organisation plays in the proceedings. There is no "suspect": whether a legal person can be one depends
/// on its country's law, which <see cref="Organisation.Liability"/> states.
/// </summary>
public enum OrganisationRole
{
    /// <summary>Its conduct is under investigation; <see cref="Organisation.Liability"/> says under which regime.</summary>
    Investigated,
    /// <summary>Harmed by the offence.</summary>
    Victim,
    /// <summary>Holds information or assets of interest (a bank, a registry, a shipping company).</summary>
    ThirdParty,
}
