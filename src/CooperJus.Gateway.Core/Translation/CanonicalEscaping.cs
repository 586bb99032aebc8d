using System.Buffers;
using System.Text.Encodings.Web;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// Which characters the canonical encoder (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>) escapes, asked
/// of the encoder itself once, so <see cref="Utf8JsonBuffer"/> can tell without calling it that a string is written
/// as it is.
/// </summary>
/// <remarks>
/// A <see cref="System.Text.Json.Utf8JsonWriter"/> asks the encoder for the first character to escape in the UTF-16
/// text; the encoder decides character by character for the Basic Multilingual Plane and escapes anything beyond it or
/// invalid. So the answer for a string without surrogates is the answer of its characters, which this table holds,
/// and a string with any surrogate is said to need escaping (the writer then does the real work). Asking the encoder
/// over the transcoded UTF-8 instead cost about 1 us per Brazilian request (its scan decodes each non-ASCII letter).
/// </remarks>
internal static class CanonicalEscaping
{
    /// <summary>The canonical encoder.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // The ASCII bytes the encoder escapes (controls, the quote, the backslash, DEL).
    private static readonly SearchValues<byte> AsciiBytesToEscape = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Where(Encoder.WillEncode).Select(b => (byte)b)]);

    // The printable ASCII characters the encoder keeps: runs of them are skipped with vector instructions.
    private static readonly SearchValues<char> AsciiKept = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Where(c => !Encoder.WillEncode(c)).Select(c => (char)c)]);

    // One bit per UTF-16 unit: set when the encoder escapes the character, and for every surrogate.
    private static readonly ulong[] Escaped = Table();

    /// <summary>True when some byte of an ASCII text is one the encoder escapes.</summary>
    public static bool AnyToEscape(ReadOnlySpan<byte> ascii) => ascii.IndexOfAny(AsciiBytesToEscape) >= 0;

    /// <summary>True when the encoder would escape some character of <paramref name="text"/>, or it holds a surrogate.</summary>
    public static bool AnyToEscape(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var next = text.IndexOfAnyExcept(AsciiKept);
            if (next < 0) return false;
            var unit = text[next];
            if ((Escaped[unit >> 6] & (1UL << (unit & 63))) != 0) return true;
            text = text[(next + 1)..];
        }
    }

    private static ulong[] Table()
    {
        var table = new ulong[(char.MaxValue + 1) / 64];
        for (var unit = 0; unit <= char.MaxValue; unit++)
        {
            if (char.IsSurrogate((char)unit) || Encoder.WillEncode(unit)) table[unit >> 6] |= 1UL << (unit & 63);
        }
        return table;
    }
}
