namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>
/// Brazil's CNPJ: 12 characters and two check digits (<c>16.727.230/0001-97</c>). From July 2026 the 12 may hold
/// capital letters, each worth its character code minus 48, so the same formula covers both kinds.
/// </summary>
internal sealed class BrazilCnpj : IIdentityRule
{
    public string Id => "br.cnpj";

    private static ReadOnlySpan<int> FirstWeights => [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

    private static ReadOnlySpan<int> SecondWeights => [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        if (Shape(compact) is { } wrong) return Verdict.Invalid(Id, wrong);
        if (NumberText.AllSame(compact)) return Verdict.Invalid(Id, $"a CNPJ of one repeated digit ({compact}) is a placeholder, never issued");
        return Verdict.Compare(Id, "check digits", CheckDigits(compact), compact[12..]);
    }

    internal static string CheckDigits(string text)
    {
        var d1 = BrazilCpf.Mod11Digit(Sum(text, FirstWeights));
        var d2 = BrazilCpf.Mod11Digit(Sum(text, SecondWeights[..12]) + (SecondWeights[12] * d1));
        return NumberText.Text(d1) + NumberText.Text(d2);
    }

    private static string? Shape(string compact)
    {
        if (compact.Length != 14) return $"CNPJ must have 14 characters, got {compact.Length}";
        foreach (var c in compact.AsSpan(0, 12))
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c)) return $"CNPJ may contain only digits and letters, but has '{c}'";
        }
        return char.IsAsciiDigit(compact[12]) && char.IsAsciiDigit(compact[13])
            ? null
            : $"the last two characters of a CNPJ are check digits, not '{compact[12..]}'";
    }

    private static int Sum(string text, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++) sum += weights[i] * (text[i] - '0');
        return sum;
    }
}
