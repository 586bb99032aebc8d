using System.Globalization;
using System.Text;

namespace CooperJus.Gateway.Sdk.Conversions;

/// <summary>Normalises free text into a lookup key: trimmed, upper case, accents removed, inner spaces collapsed.</summary>
public static class TextKeys
{
    /// <summary>
    /// <c>"  España "</c> and <c>"ESPANA"</c> both give <c>ESPANA</c>; <c>"Ñ"</c> becomes <c>N</c> and <c>"Ç"</c> becomes
    /// <c>C</c>, because national exports write the same word with and without them.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsAlreadyKey(text)) return text;
        if (Ascii.IsValid(text)) return AsciiKey(text.AsSpan().Trim());
        var decomposed = WellFormed(text.Trim()).Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) key.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            key.Append(char.ToUpperInvariant(c));
        }
        return key.ToString();
    }

    /// <summary>
    /// True when <paramref name="text"/> is its own key: printable ASCII without lower-case letters, single inner spaces
    /// and no space at either end. Most codes in exports (<c>PERSONA</c>, <c>DNI</c>, <c>IMPUTADO</c>) are written so,
    /// and for them the full normalisation (decomposition, a builder, a new string) gives back the same text.
    /// </summary>
    private static bool IsAlreadyKey(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ') return false;
        var previous = '\0';
        foreach (var c in text)
        {
            if (c is < ' ' or > '~' or (>= 'a' and <= 'z') || (c == ' ' && previous == ' ')) return false;
            previous = c;
        }
        return true;
    }

    /// <summary>
    /// The key of ASCII text, trimmed already: the same steps without decomposition, which leaves ASCII as it is and
    /// gives it no accent to drop.
    /// </summary>
    private static string AsciiKey(ReadOnlySpan<char> text)
    {
        Span<char> key = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) key[length++] = ' ';
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            key[length++] = char.ToUpperInvariant(c);
        }
        return new string(key[..length]);
    }

    /// <summary>
    /// Replaces unpaired surrogates with U+FFFD: <see cref="string.Normalize(NormalizationForm)"/> throws on them, and
    /// bytes read from a damaged export must give a key that matches nothing, never an exception.
    /// </summary>
    private static string WellFormed(string text)
    {
        var firstBad = FirstUnpairedSurrogate(text);
        if (firstBad < 0) return text;
        var repaired = text.ToCharArray();
        for (var i = firstBad; i < repaired.Length; i++)
        {
            if (char.IsHighSurrogate(repaired[i]) && i + 1 < repaired.Length && char.IsLowSurrogate(repaired[i + 1])) i++;
            else if (char.IsSurrogate(repaired[i])) repaired[i] = '\uFFFD';
        }
        return new string(repaired);
    }

    private static int FirstUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return i;
        }
        return -1;
    }
}
