using System.Globalization;
using System.Text;
using CooperJus.Gateway.Benchmarks.Generation;
using CsvHelper;
using CsvHelper.Configuration;

namespace CooperJus.Gateway.Benchmarks.Generic;

/// <summary>
/// CSV: the first sample's header, then the data rows of whole sample files (a request may take several rows, and
/// a file's rows are copied together so none is split), picked at random (seeded), with fresh references, until at
/// least the number of rows asked for. The separator is the header's most frequent one of <c>; , tab |</c>; UTF-8
/// (with a BOM when the first sample has one), the first sample's line ends. One block in memory at a time.
/// </summary>
internal sealed class CsvReplicator : Replicator
{
    private static readonly char[] Separators = [';', ',', '\t', '|'];
    private readonly string[] _header;
    private readonly IReadOnlyList<(string[][] Rows, int Requests)> _blocks;
    private readonly IReadOnlySet<string> _references;
    private readonly bool _bom;
    private readonly string _lineEnd;

    private CsvReplicator(string file, char separator, string[] header, IReadOnlyList<(string[][] Rows, int Requests)> blocks, IReadOnlySet<string> references, bool bom, string lineEnd)
        : base([file], blocks.Count)
    {
        Separator = separator;
        _header = header;
        _blocks = blocks;
        _references = references;
        _bom = bom;
        _lineEnd = lineEnd;
        var rows = blocks.SelectMany(b => b.Rows).ToList();
        AverageRecordBytes = rows.Average(r => Encoding.UTF8.GetByteCount(Line(r)));
    }

    /// <summary>The field separator.</summary>
    public char Separator { get; }

    public override string RecordName => "rows";

    public override double AverageRecordBytes { get; }

    public override string Describe()
    {
        var blocks = Kept.Select(i => _blocks[i]).ToList();
        return $"{blocks.Count} files' data rows ({blocks.Sum(b => b.Rows.Length)} rows, {blocks.Sum(b => b.Requests)} requests) under the header of {Path.GetFileName(HeaderSource)}, separator '{(Separator == '\t' ? "\\t" : Separator)}'";
    }

    public override int RequestsOf(int template) => _blocks[template].Requests;

    /// <summary>The header and data rows of <paramref name="samples"/>; null when there is no data row.</summary>
    public static CsvReplicator? Load(GoodSamples samples)
    {
        string[]? header = null;
        string? headerFile = null;
        var separator = ';';
        bool bom = false;
        var lineEnd = "\r\n";
        var blocks = new List<(string[][] Rows, int Requests)>();
        foreach (var file in samples.Files)
        {
            var text = SampleText.Read(file);
            if (header is null)
            {
                separator = SeparatorOf(text);
                bom = File.ReadAllBytes(file).AsSpan().StartsWith("\uFEFF"u8);
                lineEnd = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            }
            var rows = Parse(text, separator);
            if (rows.Count < 2 || (header is not null && !rows[0].SequenceEqual(header))) continue;
            header ??= rows[0];
            headerFile ??= file;
            blocks.Add((rows.Skip(1).ToArray(), samples.RequestsPerFile.GetValueOrDefault(file)));
        }
        return header is null || blocks.Count == 0 ? null : new CsvReplicator(headerFile!, separator, header, blocks, samples.References, bom, lineEnd);
    }

    /// <summary>The separator of a CSV text: the most frequent of <c>; , tab |</c> on its first line.</summary>
    public static char SeparatorOf(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        return Separators.MaxBy(s => first.Count(c => c == s));
    }

    protected override GeneratedFile Write(string path, int header, IEnumerable<int> picks, long records)
    {
        var renamer = new ReferenceRenamer(_references);
        long rows = 0, requests = 0;
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(_bom), bufferSize: 1 << 16))
        {
            writer.Write(Line(_header));
            foreach (var pick in picks)
            {
                if (rows >= records) break;
                var (block, blockRequests) = _blocks[pick];
                renamer.NextCopy();
                foreach (var row in block)
                {
                    writer.Write(Line(row.Select(field => renamer.Rename(field) ?? field).ToArray()));
                    rows++;
                }
                requests += blockRequests;
            }
        }
        return new GeneratedFile(path, rows, requests, new FileInfo(path).Length);
    }

    private string Line(string[] fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) line.Append(Separator);
            var field = fields[i];
            if (field.AsSpan().IndexOfAny([Separator, '"', '\r', '\n']) < 0) line.Append(field);
            else line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        return line.Append(_lineEnd).ToString();
    }

    private static List<string[]> Parse(string text, char separator)
    {
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = separator.ToString(), HasHeaderRecord = false, Mode = CsvMode.RFC4180 });
        var rows = new List<string[]>();
        while (parser.Read()) rows.Add(parser.Record!);
        return rows;
    }
}
