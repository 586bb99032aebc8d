namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>Brazil's CPF: 9 digits and two mod-11 check digits (<c>390.533.447-05</c>).</summary>
internal sealed class BrazilCpf : IIdentityRule
{
    public string Id => "br.cpf";

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        if (NumberText.ExpectDigits("CPF", compact, 11, 11) is { } wrong) return Verdict.Invalid(Id, wrong);
        // The formula accepts 000.000.000-00, 111.111.111-11 and so on; the Receita never issues them and exports
        // use them as "unknown" placeholders, so they must not pass as a checked identity.
        if (NumberText.AllSame(compact)) return Verdict.Invalid(Id, $"a CPF of one repeated digit ({compact}) is a placeholder, never issued");
        return Verdict.Compare(Id, "check digits", CheckDigits(compact), compact[9..]);
    }

    /// <summary>
    /// d1 = ((11 − Σ(10−i)·nᵢ) mod 11) mod 10 and d2 likewise with weights 11−i plus 2·d1: a remainder below 2
    /// gives 0, as the Receita Federal specifies.
    /// </summary>
    internal static string CheckDigits(string digits)
    {
        int first = 0, second = 0;
        for (var i = 0; i < 9; i++)
        {
            first += (10 - i) * NumberText.Digit(digits[i]);
            second += (11 - i) * NumberText.Digit(digits[i]);
        }
        var d1 = Mod11Digit(first);
        var d2 = Mod11Digit(second + (2 * d1));
        return NumberText.Text(d1) + NumberText.Text(d2);
    }

    internal static int Mod11Digit(int sum) => (11 - (sum % 11)) % 11 % 10;
}
