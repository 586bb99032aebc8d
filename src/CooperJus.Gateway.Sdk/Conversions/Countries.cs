using System.Diagnostics.CodeAnalysis;

namespace CooperJus.Gateway.Sdk.Conversions;

/// <summary>Country names, demonyms and codes in Spanish, Portuguese and English, normalised to ISO 3166-1 alpha-2.</summary>
public static class Countries
{
    /// <summary>Conversion name recorded in lineage.</summary>
    public const string Conversion = "country-to-iso3166";

    /// <summary>Recognises a name, demonym, alpha-2, alpha-3 or numeric code.</summary>
    public static bool TryNormalize(string? text, [NotNullWhen(true)] out string? alpha2) =>
        throw new NotImplementedException("being written");
}
