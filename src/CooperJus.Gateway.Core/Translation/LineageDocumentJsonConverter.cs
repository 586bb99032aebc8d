using System.Text.Json;
using System.Text.Json.Serialization;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// The lineage file's JSON: <c>requestId</c>, <c>sourceFile</c>, then <c>entries</c>, each with its
/// <c>canonicalPath</c>, <c>sources</c> and <c>conversion</c>. A source names its file only when it is not the
/// document's <c>sourceFile</c> (it always is for the adapters of this repository): a request has about a hundred
/// sources, and repeating the file name in each made it a fifth of the file and of the time spent writing it.
/// </summary>
/// <remarks>
/// Written by hand with pre-encoded property names, for the serialiser and any <see cref="Utf8JsonWriter"/>. The lineage
/// files themselves are written by <c>LineageJsonWriter</c> (through <see cref="CanonicalFiles.WriteLineage"/>), which
/// produces the same bytes as this converter on a compact writer with the canonical escaping, for less. Reading accepts both this form and the older one in which every
/// source names its file, and gives a source without a file the document's <c>sourceFile</c>.
/// </remarks>
public sealed class LineageDocumentJsonConverter : JsonConverter<LineageDocument>
{
    private static readonly JsonEncodedText RequestId = JsonEncodedText.Encode("requestId");
    private static readonly JsonEncodedText SourceFile = JsonEncodedText.Encode("sourceFile");
    private static readonly JsonEncodedText Entries = JsonEncodedText.Encode("entries");
    private static readonly JsonEncodedText CanonicalPath = JsonEncodedText.Encode("canonicalPath");
    private static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
    private static readonly JsonEncodedText Conversion = JsonEncodedText.Encode("conversion");
    private static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
    private static readonly JsonEncodedText Row = JsonEncodedText.Encode("row");
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText Field = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LineageDocument value, JsonSerializerOptions options) => WriteDocument(writer, value);

    /// <summary>Writes <paramref name="document"/> to <paramref name="writer"/>, with the writer's own indentation and escaping.</summary>
    public static void WriteDocument(Utf8JsonWriter writer, LineageDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString(RequestId, document.RequestId);
        writer.WriteString(SourceFile, document.SourceFile);
        writer.WriteStartArray(Entries);
        foreach (var entry in document.Entries)
        {
            writer.WriteStartObject();
            writer.WriteString(CanonicalPath, entry.CanonicalPath);
            writer.WriteStartArray(Sources);
            foreach (var source in entry.Sources) WriteSource(writer, source, document.SourceFile);
            writer.WriteEndArray();
            writer.WriteString(Conversion, entry.Conversion);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    public override LineageDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var json = JsonDocument.ParseValue(ref reader);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new JsonException("A lineage document must be a JSON object.");
        var sourceFile = RequiredString(root, "sourceFile");
        return new LineageDocument
        {
            RequestId = RequiredString(root, "requestId"),
            SourceFile = sourceFile,
            Entries = [.. Required(root, "entries", JsonValueKind.Array).EnumerateArray().Select(e => ReadEntry(e, sourceFile))],
        };
    }

    private static void WriteSource(Utf8JsonWriter writer, SourceLocation source, string documentFile)
    {
        writer.WriteStartObject();
        if (!string.Equals(source.File, documentFile, StringComparison.Ordinal)) writer.WriteString(File, source.File);
        if (source.Row is { } row) writer.WriteNumber(Row, row);
        if (source.Line is { } line) writer.WriteNumber(Line, line);
        if (source.Path is { } path) writer.WriteString(Path, path);
        if (source.Field is { } field) writer.WriteString(Field, field);
        if (source.Value is { } value) writer.WriteString(Value, value);
        writer.WriteEndObject();
    }

    private static LineageEntry ReadEntry(JsonElement entry, string sourceFile) => new()
    {
        CanonicalPath = RequiredString(entry, "canonicalPath"),
        Conversion = RequiredString(entry, "conversion"),
        Sources = [.. Required(entry, "sources", JsonValueKind.Array).EnumerateArray().Select(s => ReadSource(s, sourceFile))],
    };

    private static SourceLocation ReadSource(JsonElement source, string sourceFile)
    {
        if (source.ValueKind != JsonValueKind.Object) throw new JsonException("A lineage source must be a JSON object.");
        return new SourceLocation
        {
            File = OptionalString(source, "file") ?? sourceFile,
            Row = OptionalNumber(source, "row"),
            Line = OptionalNumber(source, "line"),
            Path = OptionalString(source, "path"),
            Field = OptionalString(source, "field"),
            Value = OptionalString(source, "value"),
        };
    }

    private static JsonElement Required(JsonElement parent, string name, JsonValueKind kind) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == kind
            ? value
            : throw new JsonException($"The lineage has no {name} of the right type where one is required.");

    private static string RequiredString(JsonElement parent, string name) => Required(parent, name, JsonValueKind.String).GetString()!;

    private static string? OptionalString(JsonElement parent, string name) =>
        !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new JsonException($"The lineage's {name} must be a string.");

    private static long? OptionalNumber(JsonElement parent, string name) =>
        !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number
        : throw new JsonException($"The lineage's {name} must be a whole number.");
}
