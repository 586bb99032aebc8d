using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CooperJus.Gateway.Cli;

/// <summary>Indents stored JSON for a person, keeping accents as written; text that is not JSON is shown as stored.</summary>
internal static class AuditShowJson
{
    private static readonly JsonWriterOptions s_indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Indented(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, s_indented)) document.WriteTo(writer);
            return Encoding.UTF8.GetString(buffer.ToArray());
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
