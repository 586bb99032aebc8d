using System.Text.Encodings.Web;
using System.Text.Json;

namespace CooperJus.Adapters.UY.Rendering;

/// <summary>Writes national records as the SIPPAU JSON Lines export: UTF-8, one compact object per line, LF.</summary>
internal static class RecordWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>True when a JSON string can hold <paramref name="value"/> (line breaks are escaped, so any text).</summary>
    public static bool Carries(string value) => value is not null;

    public static void Write(IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> records, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var record in records)
        {
            using (var writer = new Utf8JsonWriter(output, Options))
            {
                writer.WriteStartObject();
                foreach (var (field, value) in record) writer.WriteString(field, value);
                writer.WriteEndObject();
            }
            output.WriteByte((byte)'\n');
        }
    }
}
