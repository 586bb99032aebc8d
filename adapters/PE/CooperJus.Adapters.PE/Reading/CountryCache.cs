using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>
/// <see cref="RecordScope.Country"/> for one file, remembering the country each value written there gave: an export
/// repeats a handful of values (PERUANA, ESPAÑA…) on every row, and normalising them is most of the helper's cost.
/// Values that are not countries are never remembered, so their problems always come from the SDK.
/// </summary>
internal sealed class CountryCache
{
    // Bounded: a file of made-up values must not grow the cache with its size.
    private const int Capacity = 256;

    private readonly Dictionary<string, string> _alpha2ByValue = new(StringComparer.Ordinal);

    /// <summary>Same result, lineage and problems as <see cref="RecordScope.Country"/>.</summary>
    public string? Country(RecordScope scope, string canonicalPath, SourceLocation at)
    {
        if (at.Value is { } value && _alpha2ByValue.TryGetValue(value, out var known))
        {
            scope.Map(canonicalPath, Countries.Conversion, at);
            return known;
        }
        var alpha2 = scope.Country(canonicalPath, at);
        if (alpha2 is not null && _alpha2ByValue.Count < Capacity) _alpha2ByValue[at.Value!] = alpha2;
        return alpha2;
    }
}
