using CooperJus.Adapters.ES.Mapping;
using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>The Spanish CIF rule the adapter applies because the SDK has none (python-stdnum's examples among them).</summary>
public sealed class CifNumbersTests
{
    [TestCase("A13585625")]
    [TestCase("A1358562E")]
    [TestCase("B46123873")]
    [TestCase("B4612387C")]
    [TestCase("Q2826000H")]
    [TestCase("b-46.123.873")]
    [TestCase("B 4612387 3")]
    [TestCase("K0867756N")]
    public void Valid_CIF_passes(string number)
    {
        Assert.That(CifNumbers.Check(number), Is.EqualTo(new IdentityCheck { Status = CheckDigitStatus.Valid, Rule = "es.cif" }));
    }

    [TestCase("B46123874", "control should be 3 or C, not 4")]
    [TestCase("Q2826000J", "control should be 8 or H, not J")]
    [TestCase("I46123873", "'I' is not a CIF organisation letter")]
    [TestCase("B4612387", "a CIF is a letter, seven digits and a control digit or letter")]
    [TestCase("146123873", "a CIF is a letter, seven digits and a control digit or letter")]
    [TestCase("K0867756Q", "control letter should be N, not Q")]
    [TestCase("", "a CIF is a letter, seven digits and a control digit or letter")]
    public void Invalid_CIF_fails_with_the_reason(string number, string reason)
    {
        Assert.That(CifNumbers.Check(number), Is.EqualTo(new IdentityCheck { Status = CheckDigitStatus.Invalid, Rule = "es.cif", Reason = reason }));
    }

    [Test]
    public void SDK_still_has_no_CIF_rule_so_the_adapter_needs_its_own()
    {
        Assert.That(IdentityNumbers.Check("ES", "CIF", "B46123873").Status, Is.EqualTo(CheckDigitStatus.Unverified));
    }
}
