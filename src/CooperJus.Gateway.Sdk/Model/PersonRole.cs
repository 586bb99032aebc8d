namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The part a person plays in the proceedings. Adapters map a national term by what it means, not by how it sounds.</summary>
public enum PersonRole
{
    /// <summary>Under investigation, not formally charged (Peru's <c>imputado</c> before the acusación, Brazil's <c>investigado</c> or <c>indiciado</c>, Spain's <c>investigado</c>).</summary>
    Suspect,
    /// <summary>Formally charged under the national law (Peru's <c>acusado</c>, Spain's <c>encausado</c>, Brazil's <c>réu</c>).</summary>
    Accused,
    /// <summary>Harmed by the offence.</summary>
    Victim,
    /// <summary>Called to testify.</summary>
    Witness,
    /// <summary>Gives an expert opinion.</summary>
    Expert,
    /// <summary>Anyone else concerned (account holder, owner of premises…).</summary>
    ThirdParty,
}
