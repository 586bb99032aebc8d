using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.UY.Mapping;

/// <summary>
/// The Uruguayan RUT (Registro Único Tributario, DGI), checked as python-stdnum's <c>stdnum.uy.rut</c> does, because
/// the SDK has no rule for it: twelve digits, the first two from 01 to 22, then six that are not all zero, then
/// <c>001</c>, then a check digit.
/// </summary>
/// <remarks>
/// The check digit is (−Σ wᵢ·dᵢ) mod 11 over the first eleven digits with weights 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2; a
/// result of 10 cannot be written, so no valid RUT has it. Separators (spaces, dots, hyphens) and a leading <c>UY</c>
/// are ignored: <c>21-100342-001-7</c> is <c>211003420017</c>.
/// </remarks>
internal static class RutNumbers
{
    public const string Rule = "uy.rut";

    private static readonly int[] Weights = [4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

    public static IdentityCheck Check(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var compact = new string([.. number.Where(c => c is not (' ' or '-' or '.'))]).ToUpperInvariant();
        if (compact.StartsWith("UY", StringComparison.Ordinal)) compact = compact[2..];
        if (compact.Length != 12 || !compact.All(char.IsAsciiDigit)) return Invalid("a RUT has twelve digits");
        if (string.CompareOrdinal(compact[..2], "01") < 0 || string.CompareOrdinal(compact[..2], "22") > 0) return Invalid("its first two digits must be 01 to 22");
        if (compact[2..8] == "000000") return Invalid("its sequence number (digits 3 to 8) cannot be all zeros");
        if (compact[8..11] != "001") return Invalid("digits 9 to 11 must be 001");
        var digit = CheckDigit(compact[..11]);
        return compact[11] - '0' == digit ? Valid() : Invalid(digit == 10 ? "no check digit fits these eleven digits" : $"the check digit should be {digit}, not {compact[11]}");
    }

    /// <summary>The check digit of eleven digits; 10 when none can be written.</summary>
    public static int CheckDigit(string elevenDigits)
    {
        var total = 0;
        for (var i = 0; i < Weights.Length; i++) total += (elevenDigits[i] - '0') * Weights[i];
        return (11 - (total % 11)) % 11;
    }

    private static IdentityCheck Valid() => new() { Status = CheckDigitStatus.Valid, Rule = Rule };

    private static IdentityCheck Invalid(string reason) => new() { Status = CheckDigitStatus.Invalid, Rule = Rule, Reason = reason };
}
