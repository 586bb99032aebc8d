namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>Uruguay's cédula de identidad: up to 7 digits and a mod-10 check digit (<c>1.234.567-2</c>).</summary>
internal sealed class UruguayCedula : IIdentityRule
{
    public string Id => "uy.cedula";

    private static ReadOnlySpan<int> Weights => [2, 9, 8, 7, 6, 3, 4];

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        if (NumberText.ExpectDigits("cédula", compact, 2, 8) is { } wrong) return Verdict.Invalid(Id, wrong + " (up to 7 and a check digit)");
        return Verdict.Compare(Id, "check digit", NumberText.Text(CheckDigit(compact[..^1])), compact[^1..]);
    }

    /// <summary>Body left-padded with zeros to 7 digits; (10 − Σw·d mod 10) mod 10.</summary>
    internal static int CheckDigit(string body) =>
        (10 - (NumberText.WeightedSum(body.PadLeft(7, '0'), Weights) % 10)) % 10;
}
