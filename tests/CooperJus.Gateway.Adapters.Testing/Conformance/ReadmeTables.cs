using System.Text.RegularExpressions;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// The markdown tables of an adapter's README that the suite reads: the rule table (header <c>| rule | severity | …</c>)
/// and the table of fields deliberately not carried (header <c>| field not carried | why |</c>). A table is found by
/// its header row wherever it stands; the first cell of each row holds one or more names in backticks.
/// </summary>
internal static partial class ReadmeTables
{
    /// <summary>One row: the names in backticks of its first cell, and its cells.</summary>
    public sealed record Row(IReadOnlyList<string> Names, IReadOnlyList<string> Cells, int Line);

    /// <summary>The rows of every table whose header's first cells are <paramref name="header"/> (case ignored).</summary>
    public static IReadOnlyList<Row> Rows(string readmePath, params string[] header)
    {
        if (!File.Exists(readmePath)) return [];
        var lines = File.ReadAllLines(readmePath);
        var rows = new List<Row>();
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = Cells(lines[i]);
            if (cells.Count < header.Length || !header.Select((h, k) => string.Equals(cells[k], h, StringComparison.OrdinalIgnoreCase)).All(x => x)) continue;
            for (i += 2; i < lines.Length && lines[i].TrimStart().StartsWith('|'); i++)
            {
                var row = Cells(lines[i]);
                rows.Add(new Row([.. Backticked().Matches(row[0]).Select(m => m.Groups[1].Value)], row, i + 1));
            }
        }
        return rows;
    }

    private static List<string> Cells(string line)
    {
        var text = line.Trim();
        if (!text.StartsWith('|')) return [];
        // An escaped pipe (\|) inside a cell is text, not a separator.
        return [.. CellSplit().Split(text.Trim('|')).Select(c => c.Trim())];
    }

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSplit();
}
