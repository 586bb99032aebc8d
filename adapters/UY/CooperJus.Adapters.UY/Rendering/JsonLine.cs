using System.Text.Encodings.Web;
using System.Text.Json;

namespace CooperJus.Adapters.UY.Rendering;

/// <summary>One line of a SIPPAU file being written: a compact UTF-8 JSON object, then LF. Empty values are left out.</summary>
internal sealed class JsonLine : IDisposable
{
    // Accents and ñ are written as they are, as SIPPAU writes them; control characters and quotes are still escaped.
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Stream _output;

    public JsonLine(Stream output)
    {
        _output = output;
        Writer = new Utf8JsonWriter(output, Options);
        Writer.WriteStartObject();
    }

    public Utf8JsonWriter Writer { get; }

    public void String(string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) Writer.WriteString(name, value);
    }

    public void Strings(string name, IReadOnlyCollection<string> values)
    {
        if (values.Count == 0) return;
        Writer.WriteStartArray(name);
        foreach (var value in values) Writer.WriteStringValue(value);
        Writer.WriteEndArray();
    }

    public void Dispose()
    {
        Writer.WriteEndObject();
        Writer.Flush();
        Writer.Dispose();
        _output.WriteByte((byte)'\n');
    }
}
