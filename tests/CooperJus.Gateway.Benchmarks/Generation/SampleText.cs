using System.Text;

namespace CooperJus.Gateway.Benchmarks.Generation;

/// <summary>Reads a small sample file as text, whichever encoding the national format allows it to be in.</summary>
internal static class SampleText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="path"/>: UTF-8 (BOM removed) when its bytes are valid UTF-8, else Windows-1252.</summary>
    public static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
