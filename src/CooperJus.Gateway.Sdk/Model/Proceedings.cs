namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The national proceedings (UNCAC art. 46(15)(b): their subject matter and nature).</summary>
public sealed record Proceedings
{
    /// <summary>Stage of the proceedings.</summary>
    public ProceedingsType Type { get; init; } = ProceedingsType.CriminalInvestigation;

    /// <summary>National class of proceedings as written (<c>DP</c> for diligencias previas).</summary>
    public string? NationalType { get; init; }

    /// <summary>Court or body in charge, as written.</summary>
    public string? Court { get; init; }

    /// <summary>Court case number where one exists (a CNJ number in Brazil).</summary>
    public string? CourtCaseNumber { get; init; }

    /// <summary>Earlier requests this one relates to (their request ids or national references).</summary>
    public IReadOnlyList<string> RelatedRequests { get; init; } = [];
}
