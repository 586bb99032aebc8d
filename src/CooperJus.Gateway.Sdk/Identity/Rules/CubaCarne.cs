using System.Globalization;

namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>
/// Cuba's carné de identidad: 11 digits, the first six the birth date <c>YYMMDD</c>, the seventh the century
/// (9 → 1800s, 0–5 → 1900s, 6–8 → 2000s), the tenth the sex. No check digit is agreed on, so the length and a
/// real birth date are checked (<c>91021027775</c>).
/// </summary>
internal sealed class CubaCarne : IIdentityRule
{
    public string Id => "cu.carne";

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        if (NumberText.ExpectDigits("carné", compact, 11, 11) is { } wrong) return Verdict.Invalid(Id, wrong);
        var year = Century(compact[6]) + NumberText.Value(compact, 0, 2);
        var month = NumberText.Value(compact, 2, 2);
        var day = NumberText.Value(compact, 4, 2);
        return IsRealDate(year, month, day)
            ? Verdict.Valid(Id)
            : Verdict.Invalid(Id, string.Create(CultureInfo.InvariantCulture, $"the first six digits should be a birth date, but {day:00}/{month:00}/{year} does not exist"));
    }

    private static int Century(char digit) => digit switch
    {
        '9' => 1800,
        >= '6' and <= '8' => 2000,
        _ => 1900,
    };

    private static bool IsRealDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
