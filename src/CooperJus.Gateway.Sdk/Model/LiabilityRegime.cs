namespace CooperJus.Gateway.Sdk.Model;

/// <summary>How a legal person answers for an offence under its country's law (UNCAC art. 26(2)).</summary>
public enum LiabilityRegime
{
    /// <summary>Criminal liability of legal persons (Spain's Código Penal art. 31 bis, Chile's Ley 20.393).</summary>
    Criminal,
    /// <summary>Administrative liability for offences (Peru's Ley 30424, Brazil's Lei 12.846/2013).</summary>
    Administrative,
    /// <summary>The law provides none; the organisation is concerned only through its officers.</summary>
    None,
    /// <summary>Civil liability only (UNCAC art. 26(2) allows criminal, civil or administrative liability).</summary>
    Civil,
}
