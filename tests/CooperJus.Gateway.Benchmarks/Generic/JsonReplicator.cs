using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Benchmarks.Generation;
using CooperJus.Gateway.Benchmarks.Measurement;

namespace CooperJus.Gateway.Benchmarks.Generic;

/// <summary>
/// JSON: a sample's root object with its other properties in their order, and in place of the array that holds the
/// requests (the root's array property of objects with the most items, or the root array itself) the requests of
/// every sample, copied with fresh references. Indented, UTF-8; one copy in memory at a time.
/// </summary>
internal sealed class JsonReplicator : Replicator
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly IReadOnlyList<JsonObject?> _roots;
    private readonly IReadOnlyList<JsonObject> _templates;
    private readonly IReadOnlySet<string> _references;

    private JsonReplicator(IReadOnlyList<(string File, JsonObject? Root)> roots, string? property, IReadOnlyList<JsonObject> templates, IReadOnlySet<string> references)
        : base(roots.Select(r => r.File).ToList(), templates.Count)
    {
        _roots = roots.Select(r => r.Root).ToList();
        ArrayProperty = property;
        _templates = templates;
        _references = references;
        AverageRecordBytes = MeasureTemplates(templates);
    }

    /// <summary>The root's property holding the requests, or null when the root is the array.</summary>
    public string? ArrayProperty { get; }

    public override string RecordName => ArrayProperty ?? "items";

    public override double AverageRecordBytes { get; }

    public override string Describe() =>
        $"{Kept.Count} objects of {(ArrayProperty is null ? "the root array" : $"the \"{ArrayProperty}\" array, under the root of {Path.GetFileName(HeaderSource)}")}";

    /// <summary>The templates of <paramref name="files"/>; null when no file has an array of objects where requests would be.</summary>
    public static JsonReplicator? Load(IReadOnlyList<string> files, IReadOnlySet<string> references)
    {
        var roots = new List<(string File, JsonObject? Root)>();
        string? property = null;
        var templates = new List<JsonObject>();
        foreach (var file in files)
        {
            var node = Parse(file);
            var (fileProperty, array) = RecordsOf(node);
            if (array is null || (roots.Count > 0 && fileProperty != property)) continue;
            property = fileProperty;
            var root = node as JsonObject;
            if (roots.Count == 0 || (root is not null && !roots.Any(r => JsonNode.DeepEquals(WithoutRecords(r.Root, property), WithoutRecords(root, property)))))
                roots.Add((file, root));
            templates.AddRange(array.OfType<JsonObject>().Select(o => (JsonObject)o.DeepClone()));
        }
        return templates.Count == 0 ? null : new JsonReplicator(roots, property, templates, references);
    }

    protected override GeneratedFile Write(string path, int header, IEnumerable<int> picks, long records)
    {
        var renamer = new ReferenceRenamer(_references);
        long written = 0;
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            if (_roots[header] is not { } root)
            {
                written = WriteRecords(writer, picks, records, renamer);
            }
            else
            {
                writer.WriteStartObject();
                foreach (var (name, value) in root)
                {
                    writer.WritePropertyName(name);
                    if (name == ArrayProperty) written = WriteRecords(writer, picks, records, renamer);
                    else if (value is null) writer.WriteNullValue();
                    else value.WriteTo(writer);
                }
                writer.WriteEndObject();
            }
        }
        return new GeneratedFile(path, written, written, new FileInfo(path).Length);
    }

    private long WriteRecords(Utf8JsonWriter writer, IEnumerable<int> picks, long records, ReferenceRenamer renamer)
    {
        long written = 0;
        writer.WriteStartArray();
        foreach (var pick in picks)
        {
            if (written == records) break;
            renamer.NextCopy();
            var copy = _templates[pick].DeepClone();
            JsonRenaming.Apply(copy, renamer);
            copy.WriteTo(writer);
            written++;
            if (writer.BytesPending > 1 << 16) writer.Flush();
        }
        writer.WriteEndArray();
        return written;
    }

    /// <summary>The root without the array of requests: what tells one candidate header from another.</summary>
    private static JsonObject? WithoutRecords(JsonObject? root, string? property)
    {
        if (root is null) return null;
        var header = new JsonObject();
        foreach (var (name, value) in root.Where(p => p.Key != property)) header[name] = value?.DeepClone();
        return header;
    }

    /// <summary>The array of requests: the root array, or the root's array property of objects with the most items.</summary>
    private static (string? Property, JsonArray? Array) RecordsOf(JsonNode? node) => node switch
    {
        JsonArray array => (null, array),
        JsonObject obj => obj
            .Where(p => p.Value is JsonArray items && items.Any(i => i is JsonObject))
            .Select(p => ((string?)p.Key, (JsonArray?)p.Value))
            .OrderByDescending(p => p.Item2!.Count)
            .FirstOrDefault(),
        _ => (null, null),
    };

    /// <summary>Bytes per template written as in the file (indented inside the root's array).</summary>
    private static double MeasureTemplates(IReadOnlyList<JsonObject> templates)
    {
        var sink = new CountingNullStream();
        using (var writer = new Utf8JsonWriter(sink, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("records");
            foreach (var template in templates) template.WriteTo(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return sink.BytesWritten / (double)templates.Count;
    }

    private static JsonNode? Parse(string path)
    {
        try
        {
            return JsonNode.Parse(SampleText.Read(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
