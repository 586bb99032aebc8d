namespace CooperJus.Gateway.Sdk.Model;

/// <summary>
/// Grounds on which assistance may be refused. Bank secrecy (UNCAC art. 46(8)) and fiscal matters alone (art. 46(22))
/// are not grounds, and so have no code.
/// </summary>
public enum RefusalGroundCode
{
    /// <summary>The request does not comply with the instrument (UNCAC art. 46(21)(a)).</summary>
    NonCompliantRequest,
    /// <summary>Execution would prejudice sovereignty, security, public order or other essential interests (UNCAC art. 46(21)(b)).</summary>
    EssentialInterests,
    /// <summary>Domestic law forbids the action for a similar domestic offence (UNCAC art. 46(21)(c)).</summary>
    DomesticLawProhibits,
    /// <summary>Granting it would be contrary to the legal system of the requested State (UNCAC art. 46(21)(d)).</summary>
    ContraryToLegalSystem,
    /// <summary>The conduct is not an offence in the requested State (UNCAC art. 46(9)(b)).</summary>
    AbsenceOfDualCriminality,
    /// <summary>Without dual criminality, the matter is de minimis or the assistance is available under other provisions (UNCAC art. 46(9)(b)).</summary>
    DeMinimis,
    /// <summary>A political offence (UN Model Treaty art. 4(1)(b); Nassau Convention art. 9).</summary>
    PoliticalOffence,
    /// <summary>The request aims at prosecuting a person for race, sex, religion, nationality, ethnic origin or political opinions (Model Treaty art. 4(1)(c); Nassau art. 9).</summary>
    Discrimination,
    /// <summary>The person was already finally tried for the same conduct (Model Treaty art. 4(1); Nassau art. 9).</summary>
    NeBisInIdem,
    /// <summary>Another ground; the explanation says which.</summary>
    Other,
}
