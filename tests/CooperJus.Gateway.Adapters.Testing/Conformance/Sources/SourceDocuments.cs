using System.Text;

namespace CooperJus.Gateway.Adapters.Testing.Conformance.Sources;

/// <summary>Opens a sample by its shape: JSON Lines by its <c>.jsonl</c> extension, else sniffed from its first character: XML, JSON, or else CSV.</summary>
internal static class SourceDocuments
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ISourceDocument Open(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) return JsonLinesSourceDocument.Parse(Decode(bytes, start));
        var first = bytes.Skip(start).Select(b => (char)b).FirstOrDefault(c => !char.IsWhiteSpace(c));
        return first switch
        {
            '<' => XmlSourceDocument.Load(bytes),
            '{' or '[' => JsonSourceDocument.Parse(Decode(bytes, start)),
            _ => CsvSourceDocument.Parse(Decode(bytes, start)),
        };
    }

    /// <summary>UTF-8 when the bytes are UTF-8; otherwise Windows-1252, as the national systems of this gateway write.</summary>
    private static string Decode(byte[] bytes, int start)
    {
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return CodePages.Windows1252.GetString(bytes);
        }
    }
}
