using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Adapters.CL.Tests;

/// <summary>Pesos are written <c>$ 12.500.000</c>; other currencies with their ISO code and a decimal comma.</summary>
public sealed class PesoAmountsTests
{
    [TestCase("$ 12.500.000", "12500000")]
    [TestCase("$12.500.000", "12500000")]
    [TestCase("$ 950", "950")]
    [TestCase("$ 1000000", "1000000")]
    public void Reads_pesos_with_dot_thousands_as_CLP(string text, string amount)
    {
        Assert.That(PesoAmounts.TryParse(text, out var parsed, out _), Is.True);
        Assert.That(parsed, Is.EqualTo(new MonetaryAmount { Amount = amount, Currency = "CLP" }));
    }

    [TestCase("$ 12.500,50", Description = "pesos have no decimals")]
    [TestCase("$ 12,500,000", Description = "comma thousands")]
    [TestCase("$ 12.50.000", Description = "a group of two")]
    public void Rejects_a_peso_amount_not_written_as_SAF_writes_it(string text)
    {
        Assert.That(PesoAmounts.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain("not an amount in pesos"));
    }

    [Test]
    public void Reads_another_currency_by_its_ISO_code_and_decimal_comma()
    {
        Assert.That(PesoAmounts.TryParse("USD 215.400,50", out var parsed, out _), Is.True);
        Assert.That(parsed, Is.EqualTo(new MonetaryAmount { Amount = "215400.50", Currency = "USD" }));
    }

    [Test]
    public void Writes_whole_pesos_with_the_peso_sign_and_others_with_their_code()
    {
        Assert.That(PesoAmounts.Format(new MonetaryAmount { Amount = "482350000", Currency = "CLP" }), Is.EqualTo("$ 482.350.000"));
        Assert.That(PesoAmounts.Format(new MonetaryAmount { Amount = "187300.5", Currency = "EUR" }), Is.EqualTo("EUR 187.300,5"));
    }

    [Test]
    public void Any_whole_number_of_pesos_reads_back_as_written()
    {
        Gen.Long[0, 999_999_999_999_999].Sample(pesos =>
        {
            var amount = new MonetaryAmount { Amount = pesos.ToString(System.Globalization.CultureInfo.InvariantCulture), Currency = "CLP" };
            return PesoAmounts.TryParse(PesoAmounts.Format(amount), out var reread, out _) && reread == amount;
        }, iter: 2_000);
    }
}
