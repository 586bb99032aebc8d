using System.Text.Encodings.Web;
using System.Text.Json;

namespace CooperJus.Adapters.EC.Rendering;

/// <summary>Writes national records as the SIAF JSON export: UTF-8, an object with the array <c>requests</c>.</summary>
internal static class RecordWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>True when a JSON string can hold <paramref name="value"/> (escaping carries any text).</summary>
    public static bool Carries(string value) => value is not null;

    public static void Write(IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> records, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteStartArray("requests");
        foreach (var record in records)
        {
            writer.WriteStartObject();
            foreach (var (field, value) in record) writer.WriteString(field, value);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
