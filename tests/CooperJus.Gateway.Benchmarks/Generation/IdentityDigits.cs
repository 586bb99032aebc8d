using System.Globalization;

namespace CooperJus.Gateway.Benchmarks.Generation;

/// <summary>
/// Valid national identity numbers for generated exports, with the check digits of docs/identity-numbers.md, so the
/// pipeline accepts every generated record (a rejected record would skip serialisation and flatter the figures).
/// </summary>
internal static class IdentityDigits
{
    private static readonly int[] DniWeights = [3, 2, 7, 6, 5, 4, 3, 2];
    private static readonly int[] RucWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    private static readonly int[] CnpjFirstWeights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    private static readonly int[] CnpjSecondWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

    /// <summary>A Peruvian DNI body of 8 digits and its check digit (<c>"65432110987"[c]</c>).</summary>
    public static (string Body, char Digit, char Letter) PeruDni(Random random)
    {
        var body = Digits(random, 8, firstNonZero: true);
        var c = WeightedSum(body, DniWeights) % 11;
        return (body, "65432110987"[c], "KJIHGFEDCBA"[c]);
    }

    /// <summary>A Peruvian RUC of 11 digits starting with <paramref name="prefix"/> (10 persons, 20 companies).</summary>
    public static string PeruRuc(Random random, string prefix)
    {
        var body = prefix + Digits(random, 10 - prefix.Length, firstNonZero: false);
        var check = (11 - WeightedSum(body, RucWeights) % 11) % 10;
        return body + check.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A Brazilian CPF of 11 digits. Numbers whose sums leave remainder 0 are skipped: for them the shortcut
    /// (11 − r) mod 10 used here and the "remainder below 2 gives 0" rule of docs/identity-numbers.md disagree, and a
    /// benchmark must not depend on which one the checker follows.
    /// </summary>
    public static string BrazilCpf(Random random)
    {
        while (true)
        {
            var body = Digits(random, 9, firstNonZero: true);
            var r1 = Enumerable.Range(0, 9).Sum(i => (10 - i) * (body[i] - '0')) % 11;
            var d1 = (11 - r1) % 10;
            var r2 = (Enumerable.Range(0, 9).Sum(i => (11 - i) * (body[i] - '0')) + 2 * d1) % 11;
            if (r1 == 0 || r2 == 0) continue;
            return body + d1.ToString(CultureInfo.InvariantCulture) + ((11 - r2) % 10).ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A numeric Brazilian CNPJ of 14 digits (head office <c>0001</c>); remainder-0 sums skipped as for the CPF.</summary>
    public static string BrazilCnpj(Random random)
    {
        while (true)
        {
            var body = Digits(random, 8, firstNonZero: true) + "0001";
            var r1 = WeightedSum(body, CnpjFirstWeights) % 11;
            var withFirst = body + ((11 - r1) % 10).ToString(CultureInfo.InvariantCulture);
            var r2 = WeightedSum(withFirst, CnpjSecondWeights) % 11;
            if (r1 == 0 || r2 == 0) continue;
            return withFirst + ((11 - r2) % 10).ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Writes <paramref name="digits"/> in the shape of <paramref name="template"/>: its punctuation kept, digits replaced in order.</summary>
    /// <remarks>Used so a generated CPF looks like the sample's (<c>390.533.447-05</c> or <c>39053344705</c>).</remarks>
    public static string InShapeOf(string template, string digits)
    {
        var templateDigits = template.Count(char.IsAsciiDigit);
        if (templateDigits != digits.Length) return digits;
        var result = template.ToCharArray();
        var next = 0;
        for (var i = 0; i < result.Length; i++)
            if (char.IsAsciiDigit(result[i])) result[i] = digits[next++];
        return new string(result);
    }

    /// <summary>Replaces every digit of <paramref name="text"/> with a random one (documents with no check digit).</summary>
    public static string ShuffleDigits(Random random, string text) =>
        string.Create(text.Length, (text, random), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = char.IsAsciiDigit(state.text[i]) ? (char)('0' + state.random.Next(i == 0 ? 1 : 0, 10)) : state.text[i];
        });

    private static string Digits(Random random, int count, bool firstNonZero) =>
        string.Create(count, (random, firstNonZero), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = (char)('0' + state.random.Next(i == 0 && state.firstNonZero ? 1 : 0, 10));
        });

    private static int WeightedSum(string digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++) sum += weights[i] * (digits[i] - '0');
        return sum;
    }
}
