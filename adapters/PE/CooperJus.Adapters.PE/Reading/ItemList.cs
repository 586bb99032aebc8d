using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>Splits the <c>|</c>-separated lists of SGF (BASE_LEGAL, DELITOS, DILIGENCIAS) into located items.</summary>
internal static class ItemList
{
    /// <summary>
    /// The non-empty items of <paramref name="at"/>'s value, each trimmed and located at the same field with the item
    /// as its value (so a problem quotes the item, not the whole list).
    /// </summary>
    public static IReadOnlyList<SourceLocation> Split(SourceLocation at) =>
        (at.Value ?? "")
            .Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(item => at with { Value = item })
            .ToList();
}
