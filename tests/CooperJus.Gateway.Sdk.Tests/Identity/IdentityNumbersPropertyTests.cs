using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Tests.Support;
using CsCheck;

namespace CooperJus.Gateway.Sdk.Tests.Identity;

/// <summary>
/// Numbers generated with the formulas of docs/identity-numbers.md (see <see cref="DomainFormulas"/>) must check Valid, and the same
/// number with any other check character must check Invalid.
/// </summary>
public sealed class IdentityNumbersPropertyTests
{
    private const int Iterations = 300;

    private static readonly Gen<string> Digits8 = Gen.Char['0', '9'].Array[8].Select(c => new string(c));
    private static readonly Gen<string> Digits9 = Gen.Char['0', '9'].Array[9].Select(c => new string(c));

    [Test]
    public void Generated_CPF_is_valid_and_any_other_check_digits_are_invalid()
    {
        Gen.Select(Digits9.Where(d => d.Distinct().Count() > 1), Gen.Int[1, 99]).Sample((nine, delta) =>
        {
            var check = DomainFormulas.CpfCheckDigits(nine);
            var formatted = $"{nine[..3]}.{nine[3..6]}.{nine[6..9]}-{check}";
            AssertValid("BR", "CPF", formatted);
            AssertInvalid("BR", "CPF", nine + OtherNumber(check, delta));
        }, iter: Iterations);
    }

    [Test]
    public void Generated_CNPJ_numeric_or_alphanumeric_is_valid_and_any_other_check_digits_are_invalid()
    {
        var twelve = Gen.Char["0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"].Array[12].Select(c => new string(c)).Where(t => t.Distinct().Count() > 1);
        Gen.Select(twelve, Gen.Int[1, 99]).Sample((body, delta) =>
        {
            var check = DomainFormulas.CnpjCheckDigits(body);
            AssertValid("BR", "CNPJ", $"{body[..2]}.{body[2..5]}.{body[5..8]}/{body[8..12]}-{check}");
            AssertInvalid("BR", "CNPJ", body + OtherNumber(check, delta));
        }, iter: Iterations);
    }

    [Test]
    public void Generated_RUT_is_valid_and_any_other_check_character_is_invalid()
    {
        var body = Gen.Int[1_000_000, 99_999_999].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Gen.Select(body, Gen.Int[1, 10]).Sample((digits, shift) =>
        {
            const string checks = "0123456789K";
            var check = DomainFormulas.RutCheck(digits);
            AssertValid("CL", "RUT", $"{digits}-{check}");
            AssertInvalid("CL", "RUT", $"{digits}-{checks[(checks.IndexOf(check, StringComparison.Ordinal) + shift) % checks.Length]}");
        }, iter: Iterations);
    }

    [Test]
    public void Generated_Peruvian_DNI_is_valid_with_digit_or_letter_and_any_other_digit_is_invalid()
    {
        Gen.Select(Digits8, Gen.Int[1, 9]).Sample((eight, delta) =>
        {
            var (digit, letter) = DomainFormulas.PeruDniCheck(eight);
            AssertValid("PE", "DNI", $"{eight}-{digit}");
            AssertValid("PE", "DNI", $"{eight}-{letter}");
            AssertInvalid("PE", "DNI", $"{eight}-{(char)('0' + ((digit - '0' + delta) % 10))}");
        }, iter: Iterations);
    }

    [Test]
    public void Generated_Spanish_DNI_and_NIE_are_valid_and_any_other_letter_is_invalid()
    {
        Gen.Select(Gen.Int[0, 99_999_999], Gen.Int[0, 2], Gen.Int[1, 22]).Sample((number, prefix, shift) =>
        {
            const string letters = "TRWAGMYFPDXBNJZSQVHLCKE";
            var dni = number.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            var letter = DomainFormulas.SpainLetter(number);
            AssertValid("ES", "DNI", dni + letter);
            AssertInvalid("ES", "DNI", dni + letters[(letters.IndexOf(letter, StringComparison.Ordinal) + shift) % 23]);

            var seven = dni[1..];
            var nieLetter = DomainFormulas.SpainLetter((prefix * 10_000_000L) + (number % 10_000_000));
            AssertValid("ES", "NIE", $"{"XYZ"[prefix]}{seven}{nieLetter}");
            AssertInvalid("ES", "NIE", $"{"XYZ"[prefix]}{seven}{letters[(letters.IndexOf(nieLetter, StringComparison.Ordinal) + shift) % 23]}");
        }, iter: Iterations);
    }

    [Test]
    public void Generated_single_check_digit_numbers_are_valid_and_any_other_digit_is_invalid()
    {
        var cases = Gen.OneOf(
            Gen.Char['0', '9'].Array[10].Select(c => new string(c)).Select(ten => ("PE", "RUC", ten, DomainFormulas.PeruRucCheck(ten))),
            Gen.Select(Gen.Int[1, 24], Gen.Int[0, 5], Gen.Char['0', '9'].Array[6]).Select((p, third, rest) =>
            {
                var nine = $"{p:00}{third}{new string(rest)}";
                return ("EC", "CEDULA", nine, DomainFormulas.EcuadorCheck(nine));
            }),
            Digits8.Select(eight => ("SV", "DUI", eight, DomainFormulas.DuiCheck(eight))),
            Gen.Int[1, 9_999_999].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(body => ("UY", "CI", body, DomainFormulas.UruguayCheck(body))),
            Gen.Int[10_000, 99_999_999].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(body => ("PY", "RUC", body, DomainFormulas.ParaguayRucCheck(body))));
        Gen.Select(cases, Gen.Int[1, 9]).Sample((c, delta) =>
        {
            var (country, type, body, check) = c;
            AssertValid(country, type, $"{body}-{check}");
            AssertInvalid(country, type, $"{body}-{(check + delta) % 10}");
        }, iter: Iterations);
    }

    [Test]
    public void Generated_Guatemalan_CUI_is_valid_and_any_other_check_digit_is_invalid()
    {
        var serial = Digits8.Where(s => DomainFormulas.CuiRemainder(s) != 10);
        Gen.Select(serial, Gen.Int[1, 9]).Sample((eight, delta) =>
        {
            var check = DomainFormulas.CuiRemainder(eight);
            AssertValid("GT", "DPI", $"{eight}{check}0101");
            AssertInvalid("GT", "DPI", $"{eight}{(check + delta) % 10}0101");
        }, iter: Iterations);
    }

    [Test]
    public void Never_throws_on_arbitrary_text_for_any_country_and_type()
    {
        string[] countries = ["PE", "BR", "CL", "EC", "SV", "GT", "HN", "PA", "PY", "UY", "CU", "ES", "XX", ""];
        string[] types = ["DNI", "RUC", "CPF", "CNPJ", "RUT", "RUN", "CEDULA", "CI", "DUI", "DPI", "CUI", "CARNE", "NIE", "NIF", "PASAPORTE", ""];
        var number = Gen.OneOf(Gen.String, Gen.String["0123456789.-/ KXYZAV"], Gen.String["0123456789"]);
        Gen.Select(Gen.OneOfConst(countries), Gen.OneOf(Gen.OneOfConst(types), Gen.String), number).Sample((country, type, text) =>
        {
            var check = IdentityNumbers.Check(country, type, text);
            // Invalid always says why; Valid never carries a reason (Unverified may or may not).
            if (check.Status == CheckDigitStatus.Invalid) Assert.That(check.Reason, Is.Not.Null.And.Not.Empty, $"{country} {type} '{text}'");
            if (check.Status == CheckDigitStatus.Valid) Assert.That(check.Reason, Is.Null, $"{country} {type} '{text}'");
        }, iter: 2000);
    }

    private static string OtherNumber(string check, int delta)
    {
        var value = (int.Parse(check, System.Globalization.CultureInfo.InvariantCulture) + delta) % 100;
        return value.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void AssertValid(string country, string type, string number)
    {
        var check = IdentityNumbers.Check(country, type, number);
        Assert.That(check.Status, Is.EqualTo(CheckDigitStatus.Valid), $"{country} {type} {number}: {check.Reason}");
    }

    private static void AssertInvalid(string country, string type, string number) =>
        Assert.That(IdentityNumbers.Check(country, type, number).Status, Is.EqualTo(CheckDigitStatus.Invalid), $"{country} {type} {number}");

    // A number that is already compact (digits and capitals) is checked as written, without the copy that removing
    // separators makes; a leading space sends the same number through that copy. Both must give the same verdict.
    [TestCase("BR", "CPF")]
    [TestCase("BR", "CNPJ")]
    [TestCase("PE", "DNI")]
    [TestCase("PE", "RUC")]
    [TestCase("CL", "RUT")]
    [TestCase("ES", "NIE")]
    [TestCase("EC", "Cédula")]
    public void An_already_compact_number_gets_the_verdict_of_the_general_path(string country, string type)
    {
        var number = Gen.OneOf(
            Gen.String[Gen.Char["0123456789"], 0, 15],
            Gen.String[Gen.Char["0123456789ABKXYZ"], 0, 15],
            Gen.String[Gen.Char["0123456789abk.-/ "], 0, 15]);
        number.Sample(text =>
        {
            var fast = IdentityNumbers.Check(country, type, text);
            var general = IdentityNumbers.Check(country, type, " " + text);
            Assert.That((fast.Status, fast.Rule, fast.Reason), Is.EqualTo((general.Status, general.Rule, general.Reason)), text);
        }, iter: Iterations);
    }
}
