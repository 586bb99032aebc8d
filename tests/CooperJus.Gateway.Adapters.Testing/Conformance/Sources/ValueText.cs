using System.Globalization;
using System.Text;

namespace CooperJus.Gateway.Adapters.Testing.Conformance.Sources;

/// <summary>How the checks compare a recorded value with what stands in the file, and how they key field names.</summary>
internal static class ValueText
{
    /// <summary>
    /// True when <paramref name="recorded"/> stands in <paramref name="actual"/>: the same text (surrounding white space
    /// and line-end style aside), or one delimited part of it (an item of a <c>|</c> list, the article before a
    /// <c>:</c>), bounded by the text's ends or by characters that are neither letters nor digits.
    /// </summary>
    public static bool Stands(string? actual, string? recorded)
    {
        if (recorded is null) return true;
        if (actual is null) return false;
        if (Same(actual, recorded)) return true;
        var part = Lines(recorded).Trim();
        var text = Lines(actual);
        if (part.Length == 0) return false;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            var end = at + part.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    /// <summary>The same text, surrounding white space and line-end style aside.</summary>
    public static bool Same(string actual, string recorded) =>
        string.Equals(Lines(actual).Trim(), Lines(recorded).Trim(), StringComparison.Ordinal);

    /// <summary>A column or field name as headers are matched: case, accents and surrounding spaces ignored.</summary>
    public static string Key(string name)
    {
        var decomposed = name.Trim().Normalize(NormalizationForm.FormD);
        var text = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            text.Append(char.ToUpperInvariant(c));
        return text.ToString();
    }

    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
