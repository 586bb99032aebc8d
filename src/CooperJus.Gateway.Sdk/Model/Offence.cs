namespace CooperJus.Gateway.Sdk.Model;

/// <summary>An offence: the ICCS classification plus the national code and wording exactly as written.</summary>
public sealed record Offence
{
    /// <summary>UNODC ICCS code (2, 4, 5 or 6 digits), or null when the national code is not in the adapter's table.</summary>
    public string? IccsCode { get; init; }

    /// <summary>The national code as written (<c>CP-228</c>, <c>Lei 9.613/1998 art. 1º</c>).</summary>
    public required string NationalCode { get; init; }

    /// <summary>The national wording as written.</summary>
    public string? NationalWording { get; init; }

    /// <summary>The legal provision (statute and article).</summary>
    public string? LegalProvision { get; init; }

    /// <summary>Maximum penalty where known, as written (some treaties ask for the penalties; thresholds depend on them).</summary>
    public string? MaximumPenalty { get; init; }

    /// <summary>The maximum custodial penalty in months, where the law states one (thresholds such as UNTOC art. 2(b): four years).</summary>
    public int? MaximumCustodialMonths { get; init; }
}
