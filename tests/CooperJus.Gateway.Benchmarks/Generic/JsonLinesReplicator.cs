using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Benchmarks.Generation;
using CooperJus.Gateway.Benchmarks.Measurement;

namespace CooperJus.Gateway.Benchmarks.Generic;

/// <summary>
/// JSON Lines: the lines of every sample (each a JSON value), copied at random (seeded) with fresh references, one
/// compact value per line, with the first sample's line ends. UTF-8; one copy in memory at a time.
/// </summary>
internal sealed class JsonLinesReplicator : Replicator
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly IReadOnlyList<JsonNode> _templates;
    private readonly IReadOnlySet<string> _references;
    private readonly byte[] _lineEnd;

    private JsonLinesReplicator(string file, IReadOnlyList<JsonNode> templates, IReadOnlySet<string> references, bool crlf)
        : base([file], templates.Count)
    {
        _templates = templates;
        _references = references;
        _lineEnd = crlf ? "\r\n"u8.ToArray() : "\n"u8.ToArray();
        var sink = new CountingNullStream();
        foreach (var template in templates) WriteLine(sink, template);
        AverageRecordBytes = sink.BytesWritten / (double)templates.Count;
    }

    public override string RecordName => "lines";

    public override double AverageRecordBytes { get; }

    public override string Describe() => $"{Kept.Count} lines";

    /// <summary>The lines of <paramref name="files"/> that hold a JSON value; null when there is none.</summary>
    public static JsonLinesReplicator? Load(IReadOnlyList<string> files, IReadOnlySet<string> references)
    {
        var templates = new List<JsonNode>();
        bool? crlf = null;
        foreach (var file in files)
        {
            var text = SampleText.Read(file);
            crlf ??= text.Contains("\r\n", StringComparison.Ordinal);
            foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                if (Parse(line) is { } node) templates.Add(node);
            }
        }
        return templates.Count == 0 ? null : new JsonLinesReplicator(files[0], templates, references, crlf ?? false);
    }

    protected override GeneratedFile Write(string path, int header, IEnumerable<int> picks, long records)
    {
        var renamer = new ReferenceRenamer(_references);
        long written = 0;
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            foreach (var pick in picks)
            {
                if (written == records) break;
                renamer.NextCopy();
                var copy = _templates[pick].DeepClone();
                JsonRenaming.Apply(copy, renamer);
                WriteLine(stream, copy);
                written++;
            }
        }
        return new GeneratedFile(path, written, written, new FileInfo(path).Length);
    }

    private void WriteLine(Stream stream, JsonNode node)
    {
        using (var writer = new Utf8JsonWriter(stream, WriterOptions)) node.WriteTo(writer);
        stream.Write(_lineEnd);
    }

    private static JsonNode? Parse(string line)
    {
        try
        {
            return JsonNode.Parse(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
