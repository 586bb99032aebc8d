using System.Globalization;

namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>
/// Guatemala's CUI, printed on the DPI: 13 digits <c>AAAAAAAA B CC DD</c>, a serial, a mod-11 check digit, the
/// department and the municipality of registration (<c>1587564440904</c>).
/// </summary>
internal sealed class GuatemalaCui : IIdentityRule
{
    public string Id => "gt.cui";

    private static ReadOnlySpan<int> Weights => [2, 3, 4, 5, 6, 7, 8, 9];

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        if (NumberText.ExpectDigits("CUI", compact, 13, 13) is { } wrong) return Verdict.Invalid(Id, wrong);
        if (Place(compact) is { } badPlace) return Verdict.Invalid(Id, badPlace);
        var remainder = NumberText.WeightedSum(compact, Weights) % 11;
        // No single digit can hold 10, and implementations disagree on what is printed then (stdnum-js writes 0,
        // RENAP's own validator rejects): report it as unchecked rather than guess either way.
        if (remainder == 10) return Verdict.Unverified(Id, "the check remainder is 10, which implementations treat differently");
        return Verdict.Compare(Id, "check digit", NumberText.Text(remainder), compact[8..9]);
    }

    private static string? Place(string compact)
    {
        var department = NumberText.Value(compact, 9, 2);
        if (department < 1 || department > GuatemalaMunicipalities.Departments)
            return string.Create(CultureInfo.InvariantCulture, $"department {compact[9..11]} does not exist (01 to {GuatemalaMunicipalities.Departments})");
        var municipality = NumberText.Value(compact, 11, 2);
        var count = GuatemalaMunicipalities.In(department);
        return municipality < 1 || municipality > count
            ? string.Create(CultureInfo.InvariantCulture, $"municipality {compact[11..13]} does not exist in department {compact[9..11]}, which has {count}")
            : null;
    }
}
