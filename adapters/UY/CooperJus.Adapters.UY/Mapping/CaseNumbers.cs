using System.Text.RegularExpressions;

namespace CooperJus.Adapters.UY.Mapping;

/// <summary>
/// The structure of SIPPAU's case numbers, as README.md documents it (the layouts themselves are unconfirmed): the
/// fiscalía's case number <c>NNNNNNN/AAAA</c> (a sequence of one to eight digits, a slash, the year) and the Poder
/// Judicial's IUE <c>S-NNNNN/AAAA</c> (sede, sequence, year; <c>2-12345/2024</c>).
/// </summary>
internal static partial class CaseNumbers
{
    public static bool IsCaseNumber(string text) => CasePattern().IsMatch(text.Trim());

    public static bool IsIue(string text) => IuePattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^\d{1,8}/(19|20)\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CasePattern();

    [GeneratedRegex(@"^\d{1,3}-\d{1,6}/(19|20)\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IuePattern();
}
