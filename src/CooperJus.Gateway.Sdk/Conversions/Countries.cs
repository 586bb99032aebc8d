using System.Diagnostics.CodeAnalysis;
using CooperJus.Gateway.Sdk.Caching;

namespace CooperJus.Gateway.Sdk.Conversions;

/// <summary>Country names, demonyms and codes in Spanish, Portuguese and English, normalised to ISO 3166-1 alpha-2.</summary>
/// <remarks>
/// The data is <c>Conversions/countries.csv</c>, embedded in the SDK: every ISO 3166-1 country with its alpha-2,
/// alpha-3 and numeric codes, its names in English, Spanish and Portuguese (the common name first, then variants
/// such as <c>Reino de España</c> or <c>EEUU</c>), and demonyms (<c>PERUANA</c>, <c>BRASILEIRO</c>) for the Americas,
/// Europe and the countries most often named in the region's requests. It is read once, on first use.
/// </remarks>
public static class Countries
{
    /// <summary>Conversion name recorded in lineage.</summary>
    public const string Conversion = "country-to-iso3166";

    private static readonly Lazy<CountriesTable> Table = new(CountriesTable.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Exports name the same few countries in the same spelling on every record; the key (normalised, letters only)
    // costs more than the lookup. Unknown texts are remembered too (as null).
    private static readonly BoundedCache<string?> Known = new(4096);

    /// <summary>Recognises a name, demonym, alpha-2, alpha-3 or numeric code.</summary>
    /// <remarks>
    /// Case, accents, surrounding spaces and punctuation are ignored: <c>ESPAÑA</c>, <c>Espana</c>, <c>ES</c>,
    /// <c>ESP</c>, <c>724</c>, <c>Espanha</c> and <c>española</c> all give <c>ES</c>; <c>EE.UU.</c> gives <c>US</c>.
    /// Never throws; unknown or empty text gives false.
    /// </remarks>
    public static bool TryNormalize(string? text, [NotNullWhen(true)] out string? alpha2)
    {
        alpha2 = string.IsNullOrWhiteSpace(text) ? null : Known.Get(text, static t => Table.Value.Find(t)?.Alpha2);
        return alpha2 is not null;
    }

    /// <summary>The ISO 3166-1 alpha-3 code of <paramref name="alpha2"/> (<c>PE</c> → <c>PER</c>), or null when unknown.</summary>
    public static string? Alpha3(string alpha2) => Table.Value.ByAlpha2(alpha2)?.Alpha3;

    /// <summary>
    /// The common name of <paramref name="alpha2"/> in <paramref name="language"/> (<c>es</c>, <c>pt</c> or <c>en</c>;
    /// a region such as <c>pt-BR</c> is ignored), with its accents: <c>NameIn("ES", "es")</c> is <c>España</c>,
    /// <c>NameIn("ES", "pt")</c> is <c>Espanha</c>. Null when the country or the language is not known.
    /// </summary>
    public static string? NameIn(string alpha2, string language)
    {
        var row = Table.Value.ByAlpha2(alpha2);
        var primary = (language ?? "").Trim().Split('-', '_')[0];
        return row is not null && row.Names.TryGetValue(primary, out var names) && names.Count > 0 ? names[0] : null;
    }
}
