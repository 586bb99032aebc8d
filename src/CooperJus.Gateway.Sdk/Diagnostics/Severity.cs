namespace CooperJus.Gateway.Sdk.Diagnostics;

/// <summary>How serious a <see cref="Problem"/> is.</summary>
public enum Severity
{
    /// <summary>The record is still accepted; the problem is reported (unknown column, unmapped offence code).</summary>
    Warning,
    /// <summary>The record is rejected and quarantined with this reason.</summary>
    Error,
}
