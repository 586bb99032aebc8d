using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary>
/// The Ecuadorian RUC (Registro Único de Contribuyentes, Servicio de Rentas Internas), which the SDK has no rule for:
/// 13 digits, as python-stdnum's <c>stdnum.ec.ruc</c> checks it.
/// </summary>
/// <remarks>
/// The first two digits are a province (01 to 24, or 30); the third says whose number it is:
/// <list type="bullet">
/// <item>0 to 5, a natural person: the person's cédula (checked by the SDK's <c>ec.cedula</c>) and an establishment number (not <c>000</c>);</item>
/// <item>6, a public entity: Σ wᵢ·dᵢ over the first nine digits with w = 3,2,7,6,5,4,3,2,1 is a multiple of 11
/// (the 9th digit is the check digit of the eight before it, weights 3,2,7,6,5,4,3,2), then a four-digit establishment (not <c>0000</c>);</item>
/// <item>9, a private company: Σ wᵢ·dᵢ over the first ten digits with w = 4,3,2,7,6,5,4,3,2,1 is a multiple of 11
/// (the 10th digit checks the nine before it, weights 4,3,2,7,6,5,4,3,2), then a three-digit establishment (not <c>000</c>).</item>
/// </list>
/// Spaces, dots and dashes are ignored (<c>1792060346-001</c>).
/// </remarks>
internal static class RucNumbers
{
    public const string Rule = "ec.ruc";

    private static readonly int[] PublicWeights = [3, 2, 7, 6, 5, 4, 3, 2, 1];
    private static readonly int[] PrivateWeights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

    public static IdentityCheck Check(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var compact = new string([.. number.Where(c => c is not (' ' or '-' or '.'))]);
        if (compact.Length != 13 || !compact.All(char.IsAsciiDigit)) return Invalid("a RUC is 13 digits");
        var province = (compact[0] - '0') * 10 + (compact[1] - '0');
        if (province is < 1 or > 24 and not 30) return Invalid($"'{compact[..2]}' is not a province code (01 to 24, or 30)");
        return compact[2] switch
        {
            < '6' => NaturalPerson(compact),
            '6' => Entity(compact, PublicWeights, "0000", "a public entity"),
            '9' => Entity(compact, PrivateWeights, "000", "a private company"),
            _ => Invalid($"the third digit '{compact[2]}' is no kind of taxpayer (0 to 5 natural person, 6 public entity, 9 company)"),
        };
    }

    private static IdentityCheck NaturalPerson(string compact)
    {
        if (compact.EndsWith("000", StringComparison.Ordinal)) return Invalid("the establishment number 000 is not given");
        var cedula = IdentityNumbers.Check("EC", "Cédula", compact[..10]);
        return cedula.Status == CheckDigitStatus.Valid ? Valid() : Invalid($"the first ten digits are no valid cédula ({cedula.Reason})");
    }

    private static IdentityCheck Entity(string compact, int[] weights, string noEstablishment, string kind)
    {
        if (compact.EndsWith(noEstablishment, StringComparison.Ordinal)) return Invalid($"the establishment number {noEstablishment} is not given");
        var sum = 0;
        for (var i = 0; i < weights.Length; i++) sum += weights[i] * (compact[i] - '0');
        return sum % 11 == 0 ? Valid() : Invalid($"the check digit of {kind} (digit {weights.Length}) does not match the digits before it");
    }

    private static IdentityCheck Valid() => new() { Status = CheckDigitStatus.Valid, Rule = Rule };

    private static IdentityCheck Invalid(string reason) => new() { Status = CheckDigitStatus.Invalid, Rule = Rule, Reason = reason };
}
