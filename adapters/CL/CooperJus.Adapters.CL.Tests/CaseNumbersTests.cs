using CsCheck;

namespace CooperJus.Adapters.CL.Tests;

/// <summary>The RUC (form unconfirmed, README "Case numbers") and the RIT, checked by the adapter itself.</summary>
public sealed class CaseNumbersTests
{
    [TestCase("2600412378-5")]
    [TestCase("2500931266-0")]
    [TestCase("2600719035-1")]
    public void Accepts_a_RUC_whose_check_character_matches_its_digits(string ruc)
    {
        Assert.That(CaseNumbers.RucProblem(ruc), Is.Null);
    }

    [Test]
    public void Rejects_a_RUC_whose_check_character_is_wrong()
    {
        Assert.That(CaseNumbers.RucProblem("2600412378-4"), Does.Contain("its digits give 5"));
    }

    [TestCase("260041237-5", Description = "nine digits")]
    [TestCase("26004123785", Description = "no dash")]
    [TestCase("2600412378-X", Description = "not a check character")]
    [TestCase("26.004.123.785-5", Description = "RUT-style dots")]
    public void Rejects_a_RUC_not_of_ten_digits_dash_and_check_character(string ruc)
    {
        Assert.That(CaseNumbers.RucProblem(ruc), Does.Contain("is not a RUC"));
    }

    [Test]
    public void The_check_character_is_K_when_the_remainder_leaves_ten()
    {
        var bodyWithK = Enumerable.Range(0, 10_000).Select(n => $"26{n:D8}").First(body => CaseNumbers.CheckCharacter(body) == 'K');

        Assert.That(CaseNumbers.IsRuc(bodyWithK + "-K"), Is.True);
        Assert.That(CaseNumbers.IsRuc(bodyWithK + "-k"), Is.True, "a lower-case k is the same character");
    }

    [Test]
    public void Any_ten_digits_with_their_own_check_character_are_a_RUC_and_with_any_other_are_not()
    {
        var digits = Gen.Char['0', '9'].Array[10].Select(chars => new string(chars));
        var check = Gen.OneOfConst('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'K');

        Gen.Select(digits, check).Sample((body, written) =>
            CaseNumbers.IsRuc($"{body}-{written}") == (written == CaseNumbers.CheckCharacter(body)), iter: 2_000);
    }

    [TestCase("O-4512-2026", true)]
    [TestCase("C-1234-2024", true)]
    [TestCase("RUC-1-2019", true)]
    [TestCase("4512-2026", false)]
    [TestCase("O-4512/2026", false)]
    [TestCase("o-4512-2026", false)]
    [TestCase("O-4512-26", false)]
    public void A_RIT_is_the_letter_of_the_court_book_the_number_and_the_year(string rit, bool isRit)
    {
        Assert.That(CaseNumbers.IsRit(rit), Is.EqualTo(isRit));
    }
}
