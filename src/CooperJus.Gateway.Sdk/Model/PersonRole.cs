namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The part a person plays in the proceedings. Adapters map a national term by what it means, not by how it sounds.</summary>
public enum PersonRole
{
    /// <summary>Under investigation, not formally charged (Peru's <c>imputado</c> during the preliminary investigation, Brazil's <c>investigado</c>, Spain's <c>investigado</c>).</summary>
    Suspect,
    /// <summary>Formally charged (an indictment or <c>acusación</c> has been filed).</summary>
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
