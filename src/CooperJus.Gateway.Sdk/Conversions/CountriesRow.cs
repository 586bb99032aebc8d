namespace CooperJus.Gateway.Sdk.Conversions;

/// <summary>One country of <c>countries.csv</c>: its codes, its names by language (common name first) and demonyms.</summary>
internal sealed record CountriesRow
{
    public required string Alpha2 { get; init; }

    public required string Alpha3 { get; init; }

    public required string Numeric { get; init; }

    /// <summary>Names by language (<c>en</c>, <c>es</c>, <c>pt</c>), the common name first, then accepted variants.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Names { get; init; }

    /// <summary>Masculine and feminine demonyms in Spanish and Portuguese (<c>PERUANO</c>, <c>PERUANA</c>).</summary>
    public required IReadOnlyList<string> Demonyms { get; init; }
}
