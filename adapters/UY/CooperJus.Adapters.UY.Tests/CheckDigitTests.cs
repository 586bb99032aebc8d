using CooperJus.Adapters.UY.Mapping;
using CooperJus.Adapters.UY.Tests.Support;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Adapters.UY.Tests;

/// <summary>The RUT rule the adapter checks itself (uy.rut) and the CI rule it takes from the SDK.</summary>
public sealed class CheckDigitTests
{
    [TestCase("21-100342-001-7")]
    [TestCase("UY 21 140634 001 1")]
    [TestCase("211003420017")]
    public void Accepts_the_RUTs_python_stdnum_gives_as_valid(string rut) =>
        Assert.That(RutNumbers.Check(rut).Status, Is.EqualTo(CheckDigitStatus.Valid));

    [TestCase("210303670014", "check digit")]
    [TestCase("21-100342-001-6", "check digit")]
    [TestCase("12345678", "twelve digits")]
    [TestCase("23-100342-001-7", "01 to 22")]
    [TestCase("21-000000-001-7", "all zeros")]
    [TestCase("21-100342-002-7", "001")]
    public void Rejects_a_RUT_whose_form_or_check_digit_is_wrong(string rut, string reason)
    {
        var check = RutNumbers.Check(rut);

        Assert.That(check.Status, Is.EqualTo(CheckDigitStatus.Invalid));
        Assert.That(check.Reason, Does.Contain(reason));
    }

    [Test]
    public void A_RUT_is_valid_with_its_computed_check_digit_and_with_no_other()
    {
        var prefix = Gen.Select(Gen.Int[1, 22], Gen.Int[1, 999_999], (a, b) => $"{a:00}{b:000000}001");
        prefix.Where(p => RutNumbers.CheckDigit(p) < 10).Select(Gen.Int[0, 9]).Sample((p, digit) =>
        {
            var expected = digit == RutNumbers.CheckDigit(p) ? CheckDigitStatus.Valid : CheckDigitStatus.Invalid;
            Assert.That(RutNumbers.Check(p + digit).Status, Is.EqualTo(expected));
        }, iter: 500);
    }

    [Test]
    public void Rejects_a_solicitud_whose_empresa_has_a_wrong_RUT_and_names_the_property()
    {
        var solicitud = Uruguay.Solicitud();
        solicitud["empresas"]![0]!["rut"] = "21-100342-001-6";

        var result = Uruguay.ReadLines(Uruguay.Line(solicitud)).Single();

        var error = result.Problems.Single(p => p.IsError);
        Assert.That(error.Rule, Is.EqualTo("identity.check-digit"));
        Assert.That(error.Source!.Path, Is.EqualTo("/empresas/0"));
        Assert.That(error.Source.Field, Is.EqualTo("rut"));
        Assert.That(result.Request, Is.Null);
    }

    [Test]
    public void Rejects_a_CI_with_a_wrong_check_digit_and_accepts_it_with_the_right_one()
    {
        var solicitud = Uruguay.Solicitud();
        solicitud["personas"]![0]!["documento"]!["numero"] = "1.234.567-3";
        var wrong = Uruguay.ReadLines(Uruguay.Line(solicitud)).Single();
        solicitud["personas"]![0]!["documento"]!["numero"] = "1.234.567-2";
        var right = Uruguay.ReadLines(Uruguay.Line(solicitud)).Single();

        Assert.That(wrong.Problems.Where(p => p.IsError).Select(p => p.Rule), Is.EqualTo(new[] { "identity.check-digit" }));
        Assert.That(right.Request!.Persons[0].IdentityDocuments[0].CheckDigit, Is.EqualTo(CheckDigitStatus.Valid));
        Assert.That(right.Request.Organisations[0].RegistrationNumbers[0].CheckDigit, Is.EqualTo(CheckDigitStatus.Valid));
    }
}
