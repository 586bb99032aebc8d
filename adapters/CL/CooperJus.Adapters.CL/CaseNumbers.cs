using System.Text.RegularExpressions;

namespace CooperJus.Adapters.CL;

/// <summary>
/// The two numbers a Chilean criminal case goes by: the Fiscalía's RUC (Rol Único de Causa) and, once a court is
/// involved, the court's RIT (Rol Interno del Tribunal).
/// </summary>
/// <remarks>
/// The RUC's form is <b>unconfirmed</b> (README, "Case numbers"): ten digits, the first two the year the case was
/// opened, then <c>-</c> and a check character computed as the RUT's (mod 11, weights 2 to 7 from the right, 10 = K,
/// 11 = 0). Leading zeros matter (the year 2005 writes <c>05</c>), so the digits are never read as a number.
/// </remarks>
internal static partial class CaseNumbers
{
    /// <summary>Why <paramref name="text"/> is not a RUC, or null when it is one.</summary>
    public static string? RucProblem(string text)
    {
        var match = RucPattern().Match(text.Trim());
        if (!match.Success) return $"'{text}' is not a RUC: ten digits, '-' and a check character (2400123456-7).";
        var expected = CheckCharacter(match.Groups["body"].Value);
        var written = char.ToUpperInvariant(match.Groups["check"].Value[0]);
        return written == expected ? null : $"RUC '{text}' has check character {written}; its digits give {expected}.";
    }

    /// <summary>True when <paramref name="text"/> is a RUC with the right check character.</summary>
    public static bool IsRuc(string? text) => text is not null && RucProblem(text) is null;

    /// <summary>The mod-11 check character of the RUC's ten digits: weights 2..7 repeating from the right; 11 → 0, 10 → K.</summary>
    public static char CheckCharacter(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++) sum += (digits[digits.Length - 1 - i] - '0') * (2 + (i % 6));
        return (11 - (sum % 11)) switch
        {
            11 => '0',
            10 => 'K',
            var r => (char)('0' + r),
        };
    }

    /// <summary>True when <paramref name="text"/> has the form of a RIT: the letter(s) of the court's book, the number, the year (<c>O-1234-2024</c>).</summary>
    public static bool IsRit(string? text) => text is not null && RitPattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?<body>\d{10})-(?<check>[0-9Kk])$", RegexOptions.CultureInvariant)]
    private static partial Regex RucPattern();

    [GeneratedRegex(@"^[A-Z]{1,3}-\d{1,6}-(19|20)\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RitPattern();
}
