namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>El Salvador's DUI: 8 digits and a mod-10 check digit (<c>00016297-5</c>).</summary>
internal sealed class ElSalvadorDui : IIdentityRule
{
    public string Id => "sv.dui";

    private static ReadOnlySpan<int> Weights => [9, 8, 7, 6, 5, 4, 3, 2];

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        if (NumberText.ExpectDigits("DUI", compact, 9, 9) is { } wrong) return Verdict.Invalid(Id, wrong);
        return Verdict.Compare(Id, "check digit", NumberText.Text(CheckDigit(compact)), compact[8..]);
    }

    /// <summary>s = Σ dᵢ·(9 − i) over the first 8 digits; (10 − s mod 10) mod 10.</summary>
    internal static int CheckDigit(string digits) => (10 - (NumberText.WeightedSum(digits, Weights) % 10)) % 10;
}
