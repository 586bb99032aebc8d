using System.Text.RegularExpressions;

namespace CooperJus.Gateway.Sdk.Tests.Support;

/// <summary>Reads the links and tables of the repository's Markdown documents, for tests that keep docs and code in step.</summary>
internal static partial class MarkdownLinks
{
    /// <summary>The targets of inline links that point to a file (not a web address, a mail address or an anchor), without their anchor.</summary>
    public static IEnumerable<string> Relative(string markdown) =>
        InlineLink().Matches(markdown)
            .Select(m => Uri.UnescapeDataString(m.Groups["target"].Value))
            .Where(t => !t.Contains("://", StringComparison.Ordinal) && !t.StartsWith("mailto:", StringComparison.Ordinal));

    /// <summary>
    /// The first cell of every row of every table under the heading <paramref name="heading"/> (up to the next heading of
    /// the same or a higher level), with its backticks removed.
    /// </summary>
    public static IReadOnlyList<string> FirstColumn(string markdown, string heading)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.TrimStart('#').Trim() == heading && l.StartsWith('#'));
        if (start < 0) return [];
        var level = lines[start].TakeWhile(c => c == '#').Count();
        var cells = new List<string>();
        var section = lines.Skip(start + 1).TakeWhile(l => !l.StartsWith('#') || l.TakeWhile(c => c == '#').Count() > level).ToList();
        for (var i = 0; i < section.Count; i++)
        {
            if (!section[i].StartsWith('|') || IsSeparator(section[i])) continue;
            // A row followed by a separator row is a table's header: it names the column, it is not a value.
            if (i + 1 < section.Count && IsSeparator(section[i + 1])) continue;
            cells.Add(section[i].Split('|')[1].Trim().Replace("`", "", StringComparison.Ordinal));
        }
        return cells;
    }

    private static bool IsSeparator(string line) => line.StartsWith('|') && line.All(c => c is '|' or '-' or ':' or ' ');

    [GeneratedRegex(@"\]\((?<target>[^)#\s]+)(#[^)\s]*)?\)", RegexOptions.CultureInvariant)]
    private static partial Regex InlineLink();
}
