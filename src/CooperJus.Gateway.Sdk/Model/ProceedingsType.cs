namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The stage of the national proceedings: investigation, trial or enforcement.</summary>
public enum ProceedingsType
{
    /// <summary>Pre-trial criminal investigation.</summary>
    CriminalInvestigation,
    /// <summary>Trial.</summary>
    Trial,
    /// <summary>Enforcement of a judgment.</summary>
    Enforcement,
}
