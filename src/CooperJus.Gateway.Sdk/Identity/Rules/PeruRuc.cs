namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>Peru's RUC (taxpayer number): 11 digits, the last a mod-11 check digit.</summary>
internal sealed class PeruRuc : IIdentityRule
{
    public string Id => "pe.ruc";

    private static ReadOnlySpan<int> Weights => [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        if (NumberText.ExpectDigits("RUC", compact, 11, 11) is { } wrong) return Verdict.Invalid(Id, wrong);
        return Verdict.Compare(Id, "check digit", NumberText.Text(CheckDigit(compact)), compact[10..]);
    }

    /// <summary>
    /// SUNAT's rule: 11 − (Σ mod 11), where 10 gives 0 and 11 gives 1. That is (11 − Σ mod 11) mod 10 with the
    /// remainder taken first, unlike Brazil's documents where a remainder of 0 gives 0.
    /// </summary>
    internal static int CheckDigit(string digits) => (11 - (NumberText.WeightedSum(digits, Weights) % 11)) % 10;
}
