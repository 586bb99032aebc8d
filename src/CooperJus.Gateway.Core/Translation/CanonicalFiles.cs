using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// How translation writes its files: compact UTF-8 JSON without a BOM, straight to the stream. Compact because these
/// files are read by programs (the gateway, an auditor's tools); any JSON viewer indents them for a person.
/// </summary>
public static class CanonicalFiles
{
    // The escaping is set on the writer, not on serialiser options: options with an encoder lose the generated fast path.
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a canonical document's JSON text as UTF-8.</summary>
    public static void WriteDocument(Stream stream, string canonicalJson)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(canonicalJson);
        var bytes = NoBom.GetBytes(canonicalJson);
        stream.Write(bytes);
    }

    /// <summary>Writes a lineage document as compact UTF-8 JSON.</summary>
    public static void WriteLineage(Stream stream, LineageDocument lineage)
    {
        using var writer = new Utf8JsonWriter(stream, Writer);
        JsonSerializer.Serialize(writer, lineage, LineageJsonContext.Default.LineageDocument);
    }
}
