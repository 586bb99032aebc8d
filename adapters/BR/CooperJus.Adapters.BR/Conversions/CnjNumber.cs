using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CooperJus.Adapters.BR.Conversions;

/// <summary>
/// Brazilian court case numbers in the unified form of CNJ Resolution 65/2008, <c>NNNNNNN-DD.AAAA.J.TR.OOOO</c>, whose
/// check digits are <c>DD = 98 − (NNNNNNN‖AAAA‖J‖TR‖OOOO‖00 mod 97)</c> (ISO 7064 MOD 97-10, as in IBAN).
/// </summary>
internal static partial class CnjNumber
{
    /// <summary>Conversion name recorded in lineage.</summary>
    public const string Conversion = "cnj-number-checked";

    /// <summary>
    /// Checks <paramref name="text"/>, written with the CNJ punctuation or as 20 bare digits. Returns false with
    /// <paramref name="rule"/> <c>br.cnj-format</c> (not a CNJ number) or <c>br.cnj-check-digit</c> and the reason.
    /// </summary>
    public static bool Validate(string text, [NotNullWhen(false)] out string? rule, [NotNullWhen(false)] out string? reason)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            rule = "br.cnj-format";
            reason = $"'{text}' is not a CNJ case number (expected NNNNNNN-DD.AAAA.J.TR.OOOO).";
            return false;
        }
        var expected = CheckDigits(match.Groups["n"].Value + match.Groups["a"].Value + match.Groups["j"].Value + match.Groups["tr"].Value + match.Groups["o"].Value);
        if (expected != match.Groups["dd"].Value)
        {
            rule = "br.cnj-check-digit";
            reason = $"The check digits of CNJ number '{text}' should be {expected}, not {match.Groups["dd"].Value}.";
            return false;
        }
        rule = null;
        reason = null;
        return true;
    }

    /// <summary>The two check digits for the 18 digits NNNNNNN‖AAAA‖J‖TR‖OOOO.</summary>
    public static string CheckDigits(string eighteenDigits)
    {
        // Twenty digits overflow a long, so the remainder is taken digit by digit (Horner's scheme mod 97).
        var remainder = 0;
        foreach (var c in eighteenDigits + "00") remainder = (remainder * 10 + (c - '0')) % 97;
        return (98 - remainder).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Writes the 18 digits with check digits in the punctuated CNJ form.</summary>
    public static string Format(string eighteenDigits) =>
        $"{eighteenDigits[..7]}-{CheckDigits(eighteenDigits)}.{eighteenDigits[7..11]}.{eighteenDigits[11]}.{eighteenDigits[12..14]}.{eighteenDigits[14..]}";

    [GeneratedRegex(@"^\s*(?<n>\d{7})-?(?<dd>\d{2})\.?(?<a>\d{4})\.?(?<j>\d)\.?(?<tr>\d{2})\.?(?<o>\d{4})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
