namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>
/// Paraguay's RUC: the holder's cédula (or, for companies, an 8-digit number from 80000000) and a mod-11 check
/// digit (<c>80028061-0</c>).
/// </summary>
internal sealed class ParaguayRuc : IIdentityRule
{
    public string Id => "py.ruc";

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        if (NumberText.ExpectDigits("RUC", compact, 6, 9) is { } wrong) return Verdict.Invalid(Id, wrong + " (5 to 8 and a check digit)");
        return Verdict.Compare(Id, "check digit", NumberText.Text(CheckDigit(compact[..^1])), compact[^1..]);
    }

    /// <summary>
    /// ((−Σ(i+2)·dᵢ) mod 11) mod 10 with i counted from the rightmost body digit: a remainder below 2 gives 0, as the
    /// SET computes it (stdnum-js gives 1 for a remainder of 0; python-stdnum gives 0: docs/identity-numbers.md).
    /// </summary>
    internal static int CheckDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++) sum += (i + 2) * NumberText.Digit(body[body.Length - 1 - i]);
        return (11 - (sum % 11)) % 11 % 10;
    }
}
