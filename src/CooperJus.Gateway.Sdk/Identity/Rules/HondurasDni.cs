using System.Globalization;

namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>
/// Honduras's DNI: 13 digits <c>DDMM-YYYY-NNNNN</c>, department and municipality of registration, year of birth
/// and a serial. There is no check digit, so only the structure is checked (<c>0801-1990-12345</c>).
/// </summary>
internal sealed class HondurasDni : IIdentityRule
{
    // Without a clock the upper bound is loose; a birth year in the future is the core's birth-date rule to catch.
    private const int FirstYear = 1880;
    private const int LastYear = 2099;

    public string Id => "hn.dni";

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        if (NumberText.ExpectDigits("DNI", compact, 13, 13) is { } wrong) return Verdict.Invalid(Id, wrong);
        return Place(compact) ?? Year(compact) ?? Verdict.Valid(Id);
    }

    private IdentityCheck? Place(string compact)
    {
        var department = NumberText.Value(compact, 0, 2);
        if (department < 1 || department > HondurasMunicipalities.Departments)
            return Verdict.Invalid(Id, string.Create(CultureInfo.InvariantCulture, $"department {compact[..2]} does not exist (01 to {HondurasMunicipalities.Departments})"));
        var municipality = NumberText.Value(compact, 2, 2);
        var count = HondurasMunicipalities.In(department);
        return municipality < 1 || municipality > count
            ? Verdict.Invalid(Id, string.Create(CultureInfo.InvariantCulture, $"municipality {compact[2..4]} does not exist in department {compact[..2]}, which has {count}"))
            : null;
    }

    private IdentityCheck? Year(string compact)
    {
        var year = NumberText.Value(compact, 4, 4);
        return year is < FirstYear or > LastYear
            ? Verdict.Invalid(Id, string.Create(CultureInfo.InvariantCulture, $"{compact[4..8]} is not a plausible year of birth"))
            : null;
    }
}
