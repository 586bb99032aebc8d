using CooperJus.Adapters.EC.Mapping;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Adapters.EC.Tests;

/// <summary>The RUC, which the adapter checks itself (the SDK has no rule): python-stdnum's <c>ec.ruc</c>.</summary>
public sealed class RucNumberTests
{
    [TestCase("1792060346001", Description = "a private company (python-stdnum's example)")]
    [TestCase("1792060346-001", Description = "with a dash before the establishment")]
    [TestCase("1791234561001")]
    [TestCase("0990654328001")]
    [TestCase("1760001200001", Description = "a public entity")]
    [TestCase("1714307103001", Description = "a natural person: a cédula and an establishment")]
    public void Accepts_a_RUC_whose_check_digit_is_right(string ruc) =>
        Assert.That(RucNumbers.Check(ruc).Status, Is.EqualTo(CheckDigitStatus.Valid));

    [TestCase("1763154690001", "check digit", Description = "python-stdnum's invalid example")]
    [TestCase("1791234562001", "check digit")]
    [TestCase("1760001210001", "check digit")]
    [TestCase("1714307104001", "cédula")]
    [TestCase("1791234561000", "establishment")]
    [TestCase("1760001200000", "establishment")]
    [TestCase("2591234561001", "province")]
    [TestCase("1781234561001", "third digit")]
    [TestCase("179123456001", "13 digits")]
    public void Rejects_a_RUC_whose_check_digit_or_structure_is_wrong(string ruc, string reason)
    {
        var check = RucNumbers.Check(ruc);

        Assert.That(check.Status, Is.EqualTo(CheckDigitStatus.Invalid));
        Assert.That(check.Reason, Does.Contain(reason));
        Assert.That(check.Rule, Is.EqualTo("ec.ruc"));
    }

    [Test]
    public void A_company_RUC_built_with_its_mod_11_check_digit_is_valid_and_any_other_digit_is_not()
    {
        int[] weights = [4, 3, 2, 7, 6, 5, 4, 3, 2];
        Gen.Select(Gen.Int[1, 24], Gen.Int[0, 999_999], Gen.Int[1, 999]).Sample((province, body, establishment) =>
        {
            var first = $"{province:00}9{body:000000}";
            var remainder = first.Select((c, i) => weights[i] * (c - '0')).Sum() % 11;
            if (remainder == 1) return; // 11 − 1 = 10 is no digit: no company gets such a body.
            var check = remainder == 0 ? 0 : 11 - remainder;
            var ruc = $"{first}{check}{establishment:000}";
            var wrong = $"{first}{(check + 1) % 10}{establishment:000}";

            Assert.That(RucNumbers.Check(ruc).Status, Is.EqualTo(CheckDigitStatus.Valid), ruc);
            Assert.That(RucNumbers.Check(wrong).Status, Is.EqualTo(CheckDigitStatus.Invalid), wrong);
        }, iter: 2000);
    }
}
