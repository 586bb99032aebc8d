using CooperJus.Adapters.UY.Mapping;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Adapters.UY.Tests;

/// <summary>Amounts as Uruguay writes them: $ is the peso uruguayo, U$S the dollar.</summary>
public sealed class AmountTests
{
    [TestCase("$ 1.250.000,50", "1250000.50", "UYU")]
    [TestCase("$U 980", "980", "UYU")]
    [TestCase("U$S 25.000", "25000", "USD")]
    [TestCase("u$s 25.000,75", "25000.75", "USD")]
    [TestCase("EUR 3.000,00", "3000.00", "EUR")]
    public void Reads_the_Uruguayan_currency_signs_and_ISO_codes(string text, string amount, string currency)
    {
        Assert.That(UruguayanAmounts.TryParse(text, out var parsed, out var error), Is.True, error);
        Assert.That(parsed, Is.EqualTo(new MonetaryAmount { Amount = amount, Currency = currency }));
    }

    [TestCase("25.000,00")]
    [TestCase("pesos 100")]
    [TestCase("")]
    public void Refuses_an_amount_without_a_currency_it_knows(string text) =>
        Assert.That(UruguayanAmounts.TryParse(text, out _, out var error), Is.False, error);

    [Test]
    public void An_amount_written_reads_back_as_the_same_amount()
    {
        var currency = Gen.OneOfConst("UYU", "USD", "EUR", "BRL", "ARS");
        var amount = Gen.Select(Gen.Long[0, 9_999_999_999L], Gen.Int[0, 99], (units, cents) => cents == 0 ? $"{units}" : $"{units}.{cents:00}".TrimEnd('0'));
        Gen.Select(amount, currency).Sample((a, c) =>
        {
            var written = UruguayanAmounts.Format(new MonetaryAmount { Amount = a, Currency = c });
            Assert.That(UruguayanAmounts.TryParse(written, out var read, out var error), Is.True, error);
            Assert.That(read, Is.EqualTo(new MonetaryAmount { Amount = a, Currency = c }), written);
        }, iter: 500);
    }

    [Test]
    public void Pesos_are_written_with_the_peso_sign_and_dollars_with_U_S() =>
        Assert.That(
            new[] { UruguayanAmounts.Format(new MonetaryAmount { Amount = "1250000.50", Currency = "UYU" }), UruguayanAmounts.Format(new MonetaryAmount { Amount = "25000", Currency = "USD" }) },
            Is.EqualTo(new[] { "$ 1.250.000,50", "U$S 25.000" }));
}
