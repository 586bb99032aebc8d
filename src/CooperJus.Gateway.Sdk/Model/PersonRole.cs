namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The part a person plays in the proceedings.</summary>
public enum PersonRole
{
    /// <summary>Under investigation, not yet formally charged.</summary>
    Suspect,
    /// <summary>Formally charged.</summary>
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
