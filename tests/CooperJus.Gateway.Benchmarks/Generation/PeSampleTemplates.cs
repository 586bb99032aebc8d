using System.Globalization;
using CooperJus.Gateway.Sdk.Conversions;
using CsvHelper;
using CsvHelper.Configuration;

namespace CooperJus.Gateway.Benchmarks.Generation;

/// <summary>Template requests taken from the good SGF samples (<c>samples/PE/*.csv</c>), so generated rows look like real ones.</summary>
internal static class PeSampleTemplates
{
    /// <summary>
    /// The requests of every CSV directly in <paramref name="folder"/> (not <c>bad/</c>), in file order; empty when
    /// the folder or the files are missing. Columns outside the specification are dropped, missing ones left empty.
    /// </summary>
    public static IReadOnlyList<PeTemplateBlock> Load(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.csv")
            .Order(StringComparer.Ordinal)
            .SelectMany(ReadBlocks)
            .ToList();
    }

    private static IEnumerable<PeTemplateBlock> ReadBlocks(string path)
    {
        var text = SampleText.Read(path);
        var lineEnd = text.AsSpan().IndexOfAny('\r', '\n');
        var headerLine = lineEnd < 0 ? text : text[..lineEnd];
        var delimiter = headerLine.Contains(';', StringComparison.Ordinal) ? ";" : ",";
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, HasHeaderRecord = false, IgnoreBlankLines = true };
        using var parser = new CsvParser(new StringReader(text), configuration);
        if (!parser.Read() || parser.Record is null) return [];
        var map = MapColumns(parser.Record);
        var numberColumn = PeColumns.IndexOf(PeColumns.RequestNumber);
        var blocks = new List<PeTemplateBlock>();
        List<string[]>? current = null;
        while (parser.Read())
        {
            var row = Project(parser.Record ?? [], map);
            if (row.All(string.IsNullOrWhiteSpace)) continue;
            if (current is null || !string.Equals(current[0][numberColumn].Trim(), row[numberColumn].Trim(), StringComparison.Ordinal))
            {
                current = [];
                blocks.Add(new PeTemplateBlock(current));
            }
            current.Add(row);
        }
        return blocks;
    }

    /// <summary>For each specification column, the index of the sample's column with the same name (case and accents ignored), or -1.</summary>
    private static int[] MapColumns(string[] header)
    {
        var keys = header.Select(h => TextKeys.Normalize(h)).ToList();
        return PeColumns.All.Select(column => keys.IndexOf(TextKeys.Normalize(column))).ToArray();
    }

    private static string[] Project(string[] fields, int[] map) =>
        map.Select(index => index >= 0 && index < fields.Length ? fields[index] : "").ToArray();
}
