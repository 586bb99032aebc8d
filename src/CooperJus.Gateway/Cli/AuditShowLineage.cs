using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// Prints a lineage as a table: canonical path, where it came from (file, row/line/pointer), the source field, the value
/// as written and the conversion. Reads the lineage with the auditor view's reader (the lineage files' own), so the
/// terminal and the browser show the same rows, and the same stored text when it does not read.
/// </summary>
internal static class AuditShowLineage
{
    private const int MaxWidth = 44;

    public static void Print(string? lineageJson, string? sourceFile)
    {
        if (lineageJson is null)
        {
            Console.WriteLine("(no lineage recorded for this request, or retention pruned it)");
            return;
        }
        var rows = LineageTable.Read(lineageJson, out var problem);
        if (problem is not null) Console.WriteLine($"({problem})");
        if (rows.Count == 0)
        {
            Console.WriteLine(lineageJson);
            return;
        }
        var lines = rows.SelectMany(row => Lines(row, sourceFile)).ToList();
        var header = new[] { "CANONICAL FIELD", "<- SOURCE", "FIELD", "VALUE AS WRITTEN", "CONVERSION" };
        var widths = Enumerable.Range(0, 4).Select(i => Math.Min(MaxWidth, lines.Select(l => l[i].Length).Append(header[i].Length).Max())).ToArray();
        foreach (var line in lines.Prepend(header))
            Console.WriteLine(string.Join("  ", line.Take(4).Select((cell, i) => cell.PadRight(widths[i]))) + "  " + line[4]);
        Console.WriteLine($"{rows.Count} canonical field(s).");
    }

    /// <summary>One line per source of a row (the path and conversion on the first only); one line for a row without sources.</summary>
    private static IEnumerable<string[]> Lines(LineageRow row, string? sourceFile)
    {
        if (row.Sources.Count == 0)
        {
            yield return [row.CanonicalPath, "(set by the adapter)", "", "", row.Conversion ?? ""];
            yield break;
        }
        for (var i = 0; i < row.Sources.Count; i++)
        {
            var source = row.Sources[i];
            var file = source.File is null || source.File == sourceFile ? null : source.File;
            var where = string.Join(" ", new[] { file, source.Place }.Where(p => !string.IsNullOrEmpty(p)));
            var value = source.Value is null ? "" : Quote(source.Value);
            yield return [i == 0 ? row.CanonicalPath : "", where, source.Field ?? "", value, i == 0 ? row.Conversion ?? "" : ""];
        }
    }

    /// <summary>Quoted, with line breaks made visible, so an empty or multi-line value reads as what was written.</summary>
    private static string Quote(string value) => "\"" + value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
