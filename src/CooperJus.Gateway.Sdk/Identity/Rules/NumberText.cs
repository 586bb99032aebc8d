using System.Globalization;

namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>Reading numbers as exports write them: <c>390.533.447-05</c>, <c>16.727.230/0001-97</c>, <c>0801 1990 12345</c>.</summary>
internal static class NumberText
{
    /// <summary>
    /// Drops the separators people put inside numbers (dots, dashes of any kind, slashes, white space) and upper-cases
    /// letters, so <c>12.531.909-k</c> becomes <c>12531909K</c>. Anything else is kept, for the rule to reject by name.
    /// </summary>
    public static string Compact(string? number)
    {
        if (number is null) return "";
        if (IsCompact(number)) return number;
        Span<char> kept = number.Length <= 128 ? stackalloc char[number.Length] : new char[number.Length];
        var length = 0;
        foreach (var c in number)
        {
            if (IsSeparator(c)) continue;
            kept[length++] = char.ToUpperInvariant(c);
        }
        return new string(kept[..length]);
    }

    /// <summary>True when every character of <paramref name="text"/> is the same (true for empty text, as Enumerable.All is).</summary>
    public static bool AllSame(string text)
    {
        if (text.Length == 0) return true;
        foreach (var c in text)
        {
            if (c != text[0]) return false;
        }
        return true;
    }

    // Already compact (digits and capitals, as CPFs and CNPJs often come in JSON): Compact would copy it unchanged.
    private static bool IsCompact(string number)
    {
        foreach (var c in number)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c)) return false;
        }
        return true;
    }

    /// <summary>
    /// Null when <paramref name="text"/> is <paramref name="min"/> to <paramref name="max"/> ASCII digits; otherwise
    /// the reason in words, naming the <paramref name="document"/> (<c>CPF must have 11 digits, got 10</c>).
    /// </summary>
    public static string? ExpectDigits(string document, string text, int min, int max)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return $"{document} must contain only digits, but has '{c}'";
        }
        if (text.Length >= min && text.Length <= max) return null;
        var wanted = min == max
            ? min.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{min} {(max == min + 1 ? "or" : "to")} {max}");
        return string.Create(CultureInfo.InvariantCulture, $"{document} must have {wanted} digits, got {text.Length}");
    }

    /// <summary>The value of an ASCII digit.</summary>
    public static int Digit(char c) => c - '0';

    /// <summary>The value of digits <paramref name="start"/>..<paramref name="start"/>+<paramref name="length"/> (all ASCII digits).</summary>
    public static int Value(string digits, int start, int length) =>
        int.Parse(digits.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Σ weights[i]·digit[i] over the first <c>weights.Length</c> characters of <paramref name="digits"/>.</summary>
    public static int WeightedSum(string digits, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++) sum += weights[i] * Digit(digits[i]);
        return sum;
    }

    /// <summary>A single digit as text.</summary>
    public static string Text(int digit) => digit.ToString(CultureInfo.InvariantCulture);

    private static bool IsSeparator(char c) =>
        c is '.' or '/' || char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;
}
