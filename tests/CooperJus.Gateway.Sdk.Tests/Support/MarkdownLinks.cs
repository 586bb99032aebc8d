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

    /// <summary>The first cell of every body row of every table under <paramref name="heading"/>, without backticks.</summary>
    public static IReadOnlyList<string> FirstColumn(string markdown, string heading) =>
        [.. Rows(markdown, heading).Select(cells => cells[0].Replace("`", "", StringComparison.Ordinal))];

    /// <summary>
    /// The cells of every body row (not header, not separator) of every table under the heading whose text is
    /// <paramref name="heading"/>, up to the next heading of the same or a higher level. Cells are trimmed; an escaped
    /// <c>\|</c> stays inside its cell.
    /// </summary>
    public static IReadOnlyList<string[]> Rows(string markdown, string heading)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.StartsWith('#') && l.TrimStart('#').Trim() == heading);
        if (start < 0) return [];
        var level = Level(lines[start]);
        var section = lines.Skip(start + 1).TakeWhile(l => !l.StartsWith('#') || Level(l) > level).ToList();
        var rows = new List<string[]>();
        for (var i = 0; i < section.Count; i++)
        {
            if (!section[i].StartsWith('|') || IsSeparator(section[i])) continue;
            // A row followed by a separator row is a table's header: it names the columns, it holds no value.
            if (i + 1 < section.Count && IsSeparator(section[i + 1])) continue;
            var cells = CellBorder().Split(section[i].Trim().Trim('|'));
            rows.Add([.. cells.Select(c => c.Trim())]);
        }
        return rows;
    }

    /// <summary>The texts written between backticks in <paramref name="cell"/>.</summary>
    public static IReadOnlyList<string> Code(string cell) => [.. CodeSpan().Matches(cell).Select(m => m.Groups[1].Value)];

    private static int Level(string headingLine) => headingLine.TakeWhile(c => c == '#').Count();

    private static bool IsSeparator(string line) => line.StartsWith('|') && line.All(c => c is '|' or '-' or ':' or ' ');

    [GeneratedRegex(@"\]\((?<target>[^)#\s]+)(#[^)\s]*)?\)", RegexOptions.CultureInvariant)]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"(?<!\\)\|", RegexOptions.CultureInvariant)]
    private static partial Regex CellBorder();

    [GeneratedRegex("`([^`]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex CodeSpan();
}
