namespace CooperJus.Adapters.PE.Responses;

/// <summary>
/// The list cells of the response export: items separated by <c>|</c>, an item being <c>CODE:text</c> where the
/// column pairs a code (or a date) with text, as <c>DELITOS</c> pairs an article with its wording.
/// </summary>
internal static class ListItems
{
    public const char Separator = '|';

    /// <summary>Lineage conversion of a value taken from one item of a list cell.</summary>
    public const string Conversion = "list-item";

    /// <summary>The non-blank items of a cell, trimmed.</summary>
    public static string[] Split(string? cell) =>
        cell?.Split(Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>An item split at its first <c>:</c>: the head trimmed, and the rest trimmed (null when absent or blank).</summary>
    public static (string Head, string? Tail) Pair(string item)
    {
        var colon = item.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return (item.Trim(), null);
        var rest = item[(colon + 1)..].Trim();
        return (item[..colon].Trim(), rest.Length == 0 ? null : rest);
    }

    /// <summary>Text as an item can hold it: a <c>|</c> would split the item, so it becomes <c>/</c>.</summary>
    public static string Escape(string text) => text.Replace(Separator, '/');
}
