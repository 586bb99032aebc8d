namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A legal ground of the request.</summary>
public sealed record LegalBasis
{
    /// <summary>
    /// Instrument code: <c>untoc-2000</c>, <c>uncac-2003</c>, <c>vienna-1988</c>, <c>nassau-1992</c>,
    /// <c>bilateral-treaty</c>, <c>reciprocity</c>, or another lowercase code from the adapter's code list.
    /// </summary>
    public required string Instrument { get; init; }

    /// <summary>For a bilateral treaty, the ISO alpha-2 codes of its parties.</summary>
    public IReadOnlyList<string> Parties { get; init; } = [];

    /// <summary>Articles relied on, as written.</summary>
    public IReadOnlyList<string> Articles { get; init; } = [];
}
