namespace CooperJus.Gateway.Sdk.Tests.Support;

/// <summary>
/// The check-digit formulas of docs/identity-numbers.md, written out again here (and, where it helps, the way the issuing
/// authority words them) so property tests compare the SDK against an independent reading, not against itself.
/// </summary>
internal static class DomainFormulas
{
    private const string SpainLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>CPF: a remainder of 0 or 1 gives 0, otherwise 11 − remainder (Receita Federal).</summary>
    public static string CpfCheckDigits(string nine)
    {
        var first = 0;
        var second = 0;
        for (var i = 0; i < 9; i++)
        {
            first += (10 - i) * (nine[i] - '0');
            second += (11 - i) * (nine[i] - '0');
        }
        var d1 = ElevenMinusRemainderOrZero(first);
        var d2 = ElevenMinusRemainderOrZero(second + (2 * d1));
        return $"{d1}{d2}";
    }

    /// <summary>CNPJ (numeric or alphanumeric): each character worth its code minus 48.</summary>
    public static string CnpjCheckDigits(string twelve)
    {
        int[] firstWeights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
        int[] secondWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
        var first = 0;
        for (var i = 0; i < 12; i++) first += firstWeights[i] * (twelve[i] - 48);
        var d1 = ElevenMinusRemainderOrZero(first);
        var second = 0;
        for (var i = 0; i < 12; i++) second += secondWeights[i] * (twelve[i] - 48);
        second += secondWeights[12] * d1;
        var d2 = ElevenMinusRemainderOrZero(second);
        return $"{d1}{d2}";
    }

    /// <summary>Chile: weights 2..7 from the right; 11 → 0, 10 → K.</summary>
    public static char RutCheck(string body)
    {
        var sum = 0;
        var weight = 2;
        for (var i = body.Length - 1; i >= 0; i--)
        {
            sum += (body[i] - '0') * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }
        var r = 11 - (sum % 11);
        return r == 11 ? '0' : r == 10 ? 'K' : (char)('0' + r);
    }

    /// <summary>Peru DNI: c = Σ w·d mod 11, check digit "65432110987"[c] or letter "KJIHGFEDCBA"[c].</summary>
    public static (char Digit, char Letter) PeruDniCheck(string eight)
    {
        int[] weights = [3, 2, 7, 6, 5, 4, 3, 2];
        var c = 0;
        for (var i = 0; i < 8; i++) c += weights[i] * (eight[i] - '0');
        c %= 11;
        return ("65432110987"[c], "KJIHGFEDCBA"[c]);
    }

    /// <summary>Peru RUC: 11 − (Σ mod 11), then 10 → 0 and 11 → 1 (SUNAT).</summary>
    public static int PeruRucCheck(string ten)
    {
        int[] weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        var sum = 0;
        for (var i = 0; i < 10; i++) sum += weights[i] * (ten[i] - '0');
        var check = 11 - (sum % 11);
        return check switch { 10 => 0, 11 => 1, _ => check };
    }

    /// <summary>Spain: "TRWAGMYFPDXBNJZSQVHLCKE"[number mod 23].</summary>
    public static char SpainLetter(long number) => SpainLetters[(int)(number % 23)];

    /// <summary>Ecuador: coefficients 2,1,2,1… on 9 digits, 9 subtracted above 9, (10 − Σ mod 10) mod 10.</summary>
    public static int EcuadorCheck(string nine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var p = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += p > 9 ? p - 9 : p;
        }
        return (10 - (sum % 10)) % 10;
    }

    /// <summary>El Salvador: s = Σ dᵢ·(9 − i), (10 − s mod 10) mod 10.</summary>
    public static int DuiCheck(string eight)
    {
        var s = 0;
        for (var i = 0; i < 8; i++) s += (eight[i] - '0') * (9 - i);
        return (10 - (s % 10)) % 10;
    }

    /// <summary>Guatemala: Σ Aᵢ·(i+2) mod 11 (10 is never generated).</summary>
    public static int CuiRemainder(string eight)
    {
        var s = 0;
        for (var i = 0; i < 8; i++) s += (eight[i] - '0') * (i + 2);
        return s % 11;
    }

    /// <summary>Uruguay: left-pad to 7, w = [2,9,8,7,6,3,4], (10 − Σ mod 10) mod 10.</summary>
    public static int UruguayCheck(string body)
    {
        int[] weights = [2, 9, 8, 7, 6, 3, 4];
        var padded = body.PadLeft(7, '0');
        var s = 0;
        for (var i = 0; i < 7; i++) s += weights[i] * (padded[i] - '0');
        return (10 - (s % 10)) % 10;
    }

    /// <summary>Paraguay RUC: ((−Σ (i+2)·d, rightmost first) mod 11) mod 10, with a non-negative modulo.</summary>
    public static int ParaguayRucCheck(string body)
    {
        var s = 0;
        for (var i = 0; i < body.Length; i++) s += (i + 2) * (body[body.Length - 1 - i] - '0');
        return ((-s % 11) + 11) % 11 % 10;
    }

    private static int ElevenMinusRemainderOrZero(int sum)
    {
        var r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    }
}
