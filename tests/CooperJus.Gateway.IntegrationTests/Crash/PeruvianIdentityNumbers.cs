using System.Globalization;

namespace CooperJus.Gateway.IntegrationTests.Crash;

/// <summary>
/// New Peruvian document numbers with correct check characters (docs/identity-numbers.md), so generated exports pass the
/// adapter's and the core's identity checks. The generator's test confirms them with the SDK's IdentityNumbers.
/// </summary>
internal static class PeruvianIdentityNumbers
{
    private static readonly int[] DniWeights = [3, 2, 7, 6, 5, 4, 3, 2];
    private static readonly int[] RucWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>A DNI: 8 digits, then (by <paramref name="style"/>) nothing, <c>-digit</c> or <c>-letter</c>, as SGF clerks write them.</summary>
    public static string Dni(Random random, int style)
    {
        var digits = Digits(random, 8, firstNonZero: true);
        var c = Weighted(digits, DniWeights) % 11;
        return (style % 3) switch
        {
            0 => digits,
            1 => $"{digits}-{"65432110987"[c]}",
            _ => $"{digits}-{"KJIHGFEDCBA"[c]}",
        };
    }

    /// <summary>A company RUC: <c>20</c>, eight digits, and the mod-11 check digit.</summary>
    public static string CompanyRuc(Random random)
    {
        var body = "20" + Digits(random, 8, firstNonZero: false);
        var check = (11 - Weighted(body, RucWeights) % 11) % 10;
        return body + check.ToString(CultureInfo.InvariantCulture);
    }

    private static string Digits(Random random, int count, bool firstNonZero)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++) chars[i] = (char)('0' + (i == 0 && firstNonZero ? random.Next(1, 10) : random.Next(10)));
        return new string(chars);
    }

    private static int Weighted(string digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++) sum += weights[i] * (digits[i] - '0');
        return sum;
    }
}
