using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Tests.Identity;

public sealed class IdentityNumbersTests
{
    [TestCase("PE", "DNI", "10117410", "pe.dni")]
    [TestCase("PE", "DNI", "10117410-2", "pe.dni")]
    [TestCase("PE", "DNI", "10117410-G", "pe.dni")]
    [TestCase("PE", "DNI", "10117410g", "pe.dni")]
    [TestCase("PE", "RUC", "20512333797", "pe.ruc")]
    [TestCase("BR", "CPF", "390.533.447-05", "br.cpf")]
    [TestCase("BR", "CPF", "39053344705", "br.cpf")]
    [TestCase("BR", "CNPJ", "16.727.230/0001-97", "br.cnpj")]
    [TestCase("BR", "CNPJ", "16727230000197", "br.cnpj")]
    [TestCase("BR", "CNPJ", "12.ABC.345/01DE-35", "br.cnpj")]
    [TestCase("BR", "CNPJ", "12.abc.345/01de-35", "br.cnpj")]
    [TestCase("CL", "RUT", "12.531.909-2", "cl.rut")]
    [TestCase("CL", "RUN", "76.086.428-5", "cl.rut")]
    [TestCase("CL", "RUT", "10.000.013-K", "cl.rut")]
    [TestCase("CL", "RUT", "10000013-k", "cl.rut")]
    [TestCase("CL", "RUT", "10.000.004-0", "cl.rut")]
    [TestCase("EC", "CEDULA", "1714307103", "ec.cedula")]
    [TestCase("SV", "DUI", "00016297-5", "sv.dui")]
    [TestCase("GT", "DPI", "1587564440904", "gt.cui")]
    [TestCase("GT", "CUI", "1587 56444 0904", "gt.cui")]
    [TestCase("HN", "DNI", "0801-1990-12345", "hn.dni")]
    [TestCase("HN", "DNI", "0801199012345", "hn.dni")]
    [TestCase("PA", "CEDULA", "8-123-456", "pa.cedula")]
    [TestCase("PA", "CEDULA", "PE-12-345", "pa.cedula")]
    [TestCase("PA", "CEDULA", "8AV-12-345", "pa.cedula")]
    [TestCase("PA", "CEDULA", "8-AV-12-345", "pa.cedula")]
    [TestCase("PA", "CEDULA", "13PI-1234-123456", "pa.cedula")]
    [TestCase("PA", "CEDULA", "E-8-157", "pa.cedula")]
    [TestCase("PA", "CEDULA", "n 1 1", "pa.cedula")]
    [TestCase("PY", "CI", "3785123", "py.cedula")]
    [TestCase("PY", "CI", "3.785.123", "py.cedula")]
    [TestCase("PY", "RUC", "80028061-0", "py.ruc")]
    [TestCase("UY", "CI", "1.234.567-2", "uy.cedula")]
    [TestCase("CU", "CARNE", "91021027775", "cu.carne")]
    [TestCase("ES", "DNI", "12345678Z", "es.dni")]
    [TestCase("ES", "DNI", "12.345.678-z", "es.dni")]
    [TestCase("ES", "NIE", "X2482300W", "es.nie")]
    [TestCase("ES", "NIE", "X-2482300-W", "es.nie")]
    [TestCase("ES", "NIF", "12345678Z", "es.dni")]
    [TestCase("ES", "NIF", "X2482300W", "es.nie")]
    public void Accepts_the_valid_examples_of_the_domain_notes(string country, string type, string number, string rule)
    {
        var check = IdentityNumbers.Check(country, type, number);

        Assert.That(check, Is.EqualTo(new IdentityCheck { Status = CheckDigitStatus.Valid, Rule = rule }));
    }

    [TestCase("BR", "CPF", "390.533.447-0", "CPF must have 11 digits, got 10")]
    [TestCase("BR", "CPF", "390.533.447-04", "check digits should be 05, not 04")]
    [TestCase("BR", "CPF", "390.533.A47-05", "CPF must contain only digits, but has 'A'")]
    [TestCase("BR", "CPF", "111.111.111-11", "a CPF of one repeated digit (11111111111) is a placeholder, never issued")]
    [TestCase("BR", "CNPJ", "16.727.230/0001-98", "check digits should be 97, not 98")]
    [TestCase("BR", "CNPJ", "16.727.230/0001", "CNPJ must have 14 characters, got 12")]
    [TestCase("BR", "CNPJ", "16.727.230/0001-9X", "the last two characters of a CNPJ are check digits, not '9X'")]
    [TestCase("BR", "CNPJ", "16.727.230/00#1-97", "CNPJ may contain only digits and letters, but has '#'")]
    [TestCase("PE", "DNI", "10117410-3", "check character should be 2 or G, not 3")]
    [TestCase("PE", "DNI", "1011741", "DNI must have 8 digits, got 7")]
    [TestCase("PE", "DNI", "101174102X", "DNI must contain only digits, but has 'X'")]
    [TestCase("PE", "RUC", "20512333798", "check digit should be 7, not 8")]
    [TestCase("PE", "RUC", "2051233379", "RUC must have 11 digits, got 10")]
    [TestCase("CL", "RUT", "12.531.909-3", "check character should be 2, not 3")]
    [TestCase("CL", "RUT", "531.909-2", "RUT must have 7 or 8 digits, got 6 before the check character")]
    [TestCase("EC", "CEDULA", "1714307104", "check digit should be 3, not 4")]
    [TestCase("EC", "CEDULA", "2514307103", "province code 25 does not exist (01 to 24, or 30 for Ecuadorians abroad)")]
    [TestCase("EC", "CEDULA", "1764307103", "the third digit of a person's cédula is 0 to 5, not 6")]
    [TestCase("EC", "CEDULA", "171430710", "cédula must have 10 digits, got 9")]
    [TestCase("SV", "DUI", "00016297-4", "check digit should be 5, not 4")]
    [TestCase("GT", "DPI", "1587564450904", "check digit should be 4, not 5")]
    [TestCase("GT", "DPI", "1587564442304", "department 23 does not exist (01 to 22)")]
    [TestCase("GT", "DPI", "1587564440925", "municipality 25 does not exist in department 09, which has 24")]
    [TestCase("GT", "DPI", "1587564440900", "municipality 00 does not exist in department 09, which has 24")]
    [TestCase("HN", "DNI", "1901-1990-12345", "department 19 does not exist (01 to 18)")]
    [TestCase("HN", "DNI", "0829-1990-12345", "municipality 29 does not exist in department 08, which has 28")]
    [TestCase("HN", "DNI", "0801-1850-12345", "1850 is not a plausible year of birth")]
    [TestCase("HN", "DNI", "0801-1990-1234", "DNI must have 13 digits, got 12")]
    [TestCase("PA", "CEDULA", "14-123-456", "a cédula is written PREFIX-TOMO-ASIENTO, such as 8-123-456 or PE-12-345, not '14-123-456'")]
    [TestCase("PY", "CI", "12.345.678", "cédula must have 5 to 7 digits, got 8")]
    [TestCase("PY", "RUC", "80028061-1", "check digit should be 0, not 1")]
    [TestCase("UY", "CI", "1.234.567-3", "check digit should be 2, not 3")]
    [TestCase("UY", "CI", "11.234.567-2", "cédula must have 2 to 8 digits, got 9 (up to 7 and a check digit)")]
    [TestCase("CU", "CARNE", "91023027775", "the first six digits should be a birth date, but 30/02/1991 does not exist")]
    [TestCase("CU", "CARNE", "9102102777", "carné must have 11 digits, got 10")]
    [TestCase("ES", "DNI", "12345678A", "control letter should be Z, not A")]
    [TestCase("ES", "DNI", "1234567Z", "DNI must have 8 digits and a letter, got 8 characters")]
    [TestCase("ES", "DNI", "X2482300W", "a number starting with X, Y or Z is a NIE, not a DNI")]
    [TestCase("ES", "NIE", "X2482300A", "control letter should be W, not A")]
    [TestCase("ES", "NIE", "A2482300W", "NIE must start with X, Y or Z, not 'A'")]
    public void Rejects_with_the_reason_in_words(string country, string type, string number, string reason)
    {
        var check = IdentityNumbers.Check(country, type, number);

        Assert.That(check.Status, Is.EqualTo(CheckDigitStatus.Invalid));
        Assert.That(check.Reason, Is.EqualTo(reason));
    }

    [TestCase("PE", "RUC", "20512333801")]
    [TestCase("BR", "CPF", "390.533.441-01")]
    [TestCase("PY", "RUC", "1000007-0")]
    public void Reads_a_remainder_of_zero_as_the_issuing_authority_does(string country, string type, string number)
    {
        // PE (SUNAT) turns 11 − 0 into 1; BR and PY turn a remainder of 0 into 0. Each number here has remainder 0.
        Assert.That(IdentityNumbers.Check(country, type, number).Status, Is.EqualTo(CheckDigitStatus.Valid));
    }

    [TestCase("00022961234", CheckDigitStatus.Valid)]
    [TestCase("00022901234", CheckDigitStatus.Invalid)]
    [TestCase("00022991234", CheckDigitStatus.Invalid)]
    public void Cuban_century_digit_decides_whether_29_February_exists(string number, CheckDigitStatus expected)
    {
        // 6 → 2000 (a leap year); 0 → 1900 and 9 → 1800 (not leap years).
        Assert.That(IdentityNumbers.Check("CU", "CI", number).Status, Is.EqualTo(expected));
    }

    [Test]
    public void Guatemalan_remainder_of_ten_is_unverified_not_guessed()
    {
        var check = IdentityNumbers.Check("GT", "CUI", "1587564100101");

        Assert.That(check.Status, Is.EqualTo(CheckDigitStatus.Unverified));
        Assert.That(check.Rule, Is.EqualTo("gt.cui"));
        Assert.That(check.Reason, Does.Contain("remainder is 10"));
    }

    [TestCase("GT", "DPI", "1587564440514")]
    [TestCase("GT", "DPI", "1587564441333")]
    public void Guatemalan_municipalities_created_in_2015_are_accepted(string country, string type, string number)
    {
        // Sipacate is Escuintla's 14th municipality and Petatán Huehuetenango's 33rd.
        Assert.That(IdentityNumbers.Check(country, type, number).Status, Is.EqualTo(CheckDigitStatus.Valid));
    }

    [TestCase("PE", "PASAPORTE", "AB123456")]
    [TestCase("PE", "CE", "001234567")]
    [TestCase("BR", "Passaporte", "FZ123456")]
    [TestCase("BR", "RG", "12.345.678-9")]
    [TestCase("ES", "CIF", "B12345678")]
    [TestCase("ES", "NIF", "B12345678")]
    [TestCase("ZZ", "DNI", "10117410")]
    [TestCase("Atlantis", "DNI", "10117410")]
    [TestCase("", "", "")]
    public void Documents_without_a_rule_are_unverified_with_rule_none(string country, string type, string number)
    {
        var check = IdentityNumbers.Check(country, type, number);

        Assert.That(check.Status, Is.EqualTo(CheckDigitStatus.Unverified));
        Assert.That(check.Rule, Is.EqualTo("none"));
    }

    [TestCase("pe", "dni", "10117410-2")]
    [TestCase("PER", "Dni", "10117410-2")]
    [TestCase("Perú", "D.N.I.", "10117410-2")]
    [TestCase("CL", "C.I.", "12.531.909-2")]
    [TestCase("CL", "Cédula de identidad", "12.531.909-2")]
    [TestCase("EC", "Cédula", "1714307103")]
    [TestCase("EC", "CÉDULA", "1714307103")]
    [TestCase("GT", "dpi", "1587564440904")]
    [TestCase("PY", "c.i.", "3785123")]
    [TestCase("CU", "Carné de identidad", "91021027775")]
    [TestCase("CU", "CI", "91021027775")]
    [TestCase("Brasil", "cpf", "390.533.447-05")]
    public void Matches_country_and_document_type_ignoring_case_accents_and_punctuation(string country, string type, string number)
    {
        Assert.That(IdentityNumbers.Check(country, type, number).Status, Is.EqualTo(CheckDigitStatus.Valid));
    }

    [Test]
    public void Null_number_is_invalid_not_an_exception()
    {
        var check = IdentityNumbers.Check("BR", "CPF", null!);

        Assert.That(check.Reason, Is.EqualTo("CPF must have 11 digits, got 0"));
    }

    [TestCase("PE", "DNI", true)]
    [TestCase("Perú", "d.n.i.", true)]
    [TestCase("UY", "Cédula de Identidad", true)]
    [TestCase("BRA", "cpf", true)]
    [TestCase("PE", "CE", false)]
    [TestCase("PE", "Pasaporte", false)]
    [TestCase("UY", "Cédula de Identidad Uruguaya", false)]
    [TestCase("XX", "DNI", false)]
    public void Says_whether_a_document_type_has_a_rule_as_check_matches_it(string country, string type, bool hasRule)
    {
        Assert.That(IdentityNumbers.HasRule(country, type), Is.EqualTo(hasRule));
        Assert.That(IdentityNumbers.Check(country, type, "1").Rule == "none", Is.EqualTo(!hasRule));
    }

    [Test]
    public void Lists_the_document_type_names_that_have_a_rule_in_a_country()
    {
        Assert.That(IdentityNumbers.TypesWithRules("PE"), Is.EqualTo(new[] { "DNI", "Documento Nacional de Identidad", "RUC", "Registro Único de Contribuyentes" }));
        Assert.That(IdentityNumbers.TypesWithRules("Peru"), Is.EqualTo(IdentityNumbers.TypesWithRules("PE")));
        Assert.That(IdentityNumbers.TypesWithRules("US"), Is.Empty);
        Assert.That(IdentityNumbers.TypesWithRules("nowhere"), Is.Empty);
    }
}
