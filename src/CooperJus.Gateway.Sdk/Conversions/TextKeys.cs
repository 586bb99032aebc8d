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
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
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
}
