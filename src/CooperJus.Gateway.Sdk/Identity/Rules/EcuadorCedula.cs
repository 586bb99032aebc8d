namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>
/// Ecuador's cédula: 10 digits; the first two the province (01–24, or 30 for Ecuadorians registered abroad), the
/// third below 6 for natural persons, the tenth a Luhn-like mod-10 check digit (<c>1714307103</c>).
/// </summary>
internal sealed class EcuadorCedula : IIdentityRule
{
    public string Id => "ec.cedula";

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        if (NumberText.ExpectDigits("cédula", compact, 10, 10) is { } wrong) return Verdict.Invalid(Id, wrong);
        var province = NumberText.Value(compact, 0, 2);
        if (province is < 1 or > 24 and not 30)
            return Verdict.Invalid(Id, $"province code {compact[..2]} does not exist (01 to 24, or 30 for Ecuadorians abroad)");
        if (NumberText.Digit(compact[2]) >= 6)
            return Verdict.Invalid(Id, $"the third digit of a person's cédula is 0 to 5, not {compact[2]}");
        return Verdict.Compare(Id, "check digit", NumberText.Text(CheckDigit(compact)), compact[9..]);
    }

    /// <summary>Coefficients 2,1,2,1… on the first 9 digits, 9 subtracted from products above 9; (10 − Σ mod 10) mod 10.</summary>
    internal static int CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = NumberText.Digit(digits[i]) * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - (sum % 10)) % 10;
    }
}
