using System.Text;
using System.Text.Json;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>Decodes JSON string tokens exactly as <see cref="Utf8JsonReader.GetString"/> does, without a reader in the usual case.</summary>
internal static class JsonStrings
{
    /// <summary>UTF-8 that refuses invalid bytes, as the framework's JSON reader decodes strings.</summary>
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The value of the string token <paramref name="quoted"/> (quotes included). A token with escapes goes through a
    /// reader, so unescaping is the framework's own.
    /// </summary>
    /// <exception cref="InvalidOperationException">The string is not valid UTF-8 (or, escaped, not valid UTF-16).</exception>
    public static string Decode(ReadOnlySpan<byte> quoted, bool escaped)
    {
        if (escaped) return ThroughReader(quoted);
        try
        {
            return Strict.GetString(quoted[1..^1]);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidOperationException("The string is not valid UTF-8.", e);
        }
    }

    /// <summary>The value of an escaped string token, read by a <see cref="Utf8JsonReader"/>.</summary>
    public static string ThroughReader(ReadOnlySpan<byte> quoted)
    {
        var reader = new Utf8JsonReader(quoted, isFinalBlock: true, state: default);
        reader.Read();
        return reader.GetString()!;
    }
}
