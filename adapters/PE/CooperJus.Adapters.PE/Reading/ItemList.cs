using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>Splits the <c>|</c>-separated lists of SGF (BASE_LEGAL, DELITOS, DILIGENCIAS) into located items.</summary>
internal static class ItemList
{
    /// <summary>
    /// The non-empty items of <paramref name="at"/>'s value, each trimmed and located at the same field with the item
    /// as its value (so a problem quotes the item, not the whole list).
    /// </summary>
    public static List<SourceLocation> Split(SourceLocation at)
    {
        var items = new List<SourceLocation>();
        var value = at.Value;
        if (value is null) return items;
        var rest = value.AsSpan();
        while (true)
        {
            var bar = rest.IndexOf('|');
            var item = (bar < 0 ? rest : rest[..bar]).Trim();
            if (!item.IsEmpty)
                items.Add(item.Length == value.Length ? at : at with { Value = item.ToString() });
            if (bar < 0) return items;
            rest = rest[(bar + 1)..];
        }
    }
}
