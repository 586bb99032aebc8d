using System.Globalization;
using System.Text.RegularExpressions;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary>
/// The number of a noticia del delito (NDD), under which the Fiscalía investigates: 15 digits, province (2), canton
/// (2), office (2), year (2), month (2) and sequence (5), as <c>170101823010123</c>. The layout is <b>unconfirmed</b>
/// (README, "Case numbers"): only what holds for every number quoted is checked, fifteen digits and a province from 01 to
/// 24 or 30 as in the cédula. The month is not: the number quoted above has 30 in its place, so the positions after the
/// office may be read otherwise. No check digit is known.
/// </summary>
internal static partial class NddNumbers
{
    /// <summary>Null when <paramref name="text"/> has the structure; otherwise why not.</summary>
    public static string? Problem(string text)
    {
        var number = text.Trim();
        if (!Digits().IsMatch(number)) return "an NDD number is 15 digits (province, canton, office, then year, month and sequence), such as 170101823010123";
        var province = int.Parse(number[..2], CultureInfo.InvariantCulture);
        return province is < 1 or > 24 and not 30 ? $"'{number[..2]}' is not a province code (01 to 24, or 30)" : null;
    }

    [GeneratedRegex(@"^\d{15}$", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
