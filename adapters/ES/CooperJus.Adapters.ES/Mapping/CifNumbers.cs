using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary>
/// The Spanish CIF (código de identificación fiscal of legal persons, now their NIF), as python-stdnum's
/// <c>stdnum.es.cif</c> checks it: an organisation letter, seven digits, and a control that is a digit or a letter.
/// </summary>
/// <remarks>
/// The control is c = (10 − s mod 10) mod 10, where s adds the 2nd, 4th and 6th digits and, for the 1st, 3rd, 5th
/// and 7th, the digit sum of twice the digit; written as a digit, or as the letter <c>JABCDEFGHI</c>[c]. Sources
/// disagree on which organisation letters take which form, so (like stdnum) either form is accepted. K, L and M (NIFs
/// of some natural persons) take the DNI letter of their seven digits. Used only when the SDK has no CIF rule.
/// </remarks>
internal static class CifNumbers
{
    public const string Rule = "es.cif";

    private const string OrganisationLetters = "ABCDEFGHJNPQRSUVW";
    private const string ControlLetters = "JABCDEFGHI";
    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    public static IdentityCheck Check(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var compact = new string([.. number.Where(c => c is not (' ' or '-' or '.')).Select(char.ToUpperInvariant)]);
        if (compact.Length != 9 || !char.IsAsciiLetterUpper(compact[0]) || !compact[1..8].All(char.IsAsciiDigit))
            return Invalid("a CIF is a letter, seven digits and a control digit or letter");
        var body = compact[1..8];
        var control = compact[8];
        if (compact[0] is 'K' or 'L' or 'M')
        {
            var letter = DniLetters[int.Parse(body, System.Globalization.CultureInfo.InvariantCulture) % 23];
            return control == letter ? Valid() : Invalid($"control letter should be {letter}, not {control}");
        }
        if (!OrganisationLetters.Contains(compact[0], StringComparison.Ordinal))
            return Invalid($"'{compact[0]}' is not a CIF organisation letter");
        var digit = ControlDigit(body);
        return control == (char)('0' + digit) || control == ControlLetters[digit]
            ? Valid()
            : Invalid($"control should be {digit} or {ControlLetters[digit]}, not {control}");
    }

    private static int ControlDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var digit = body[i] - '0';
            sum += i % 2 == 1 ? digit : (digit * 2 / 10) + (digit * 2 % 10);
        }
        return (10 - (sum % 10)) % 10;
    }

    private static IdentityCheck Valid() => new() { Status = CheckDigitStatus.Valid, Rule = Rule };

    private static IdentityCheck Invalid(string reason) => new() { Status = CheckDigitStatus.Invalid, Rule = Rule, Reason = reason };
}
