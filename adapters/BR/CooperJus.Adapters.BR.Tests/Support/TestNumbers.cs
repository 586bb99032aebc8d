using System.Globalization;

namespace CooperJus.Adapters.BR.Tests.Support;

/// <summary>Valid Brazilian numbers for generated data (the check digits of docs/identity-numbers.md, remainder 0 or 1 giving 0).</summary>
internal static class TestNumbers
{
    public static string Cpf(int body, bool punctuated)
    {
        var nine = body.ToString("D9", CultureInfo.InvariantCulture);
        var digits = nine.Select(c => c - '0').ToList();
        digits.Add(Check(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]));
        digits.Add(Check(digits, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]));
        var all = string.Concat(digits);
        return punctuated ? $"{all[..3]}.{all[3..6]}.{all[6..9]}-{all[9..]}" : all;
    }

    public static string Cnpj(int root, bool punctuated)
    {
        var twelve = root.ToString("D8", CultureInfo.InvariantCulture) + "0001";
        var digits = twelve.Select(c => c - '0').ToList();
        digits.Add(Check(digits, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
        digits.Add(Check(digits, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
        var all = string.Concat(digits);
        return punctuated ? $"{all[..2]}.{all[2..5]}.{all[5..8]}/{all[8..12]}-{all[12..]}" : all;
    }

    private static int Check(List<int> digits, int[] weights)
    {
        var sum = weights.Select((w, i) => w * digits[i]).Sum();
        return (11 - sum % 11) % 11 % 10;
    }
}
