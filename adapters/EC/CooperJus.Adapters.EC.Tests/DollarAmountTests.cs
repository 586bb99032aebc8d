using System.Globalization;
using CooperJus.Adapters.EC.Tests.Support;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Adapters.EC.Tests;

/// <summary>Amounts in US dollars with decimal comma: <c>USD 12.500,50</c> and the bare <c>$</c> Ecuador writes.</summary>
public sealed class DollarAmountTests
{
    [TestCase("USD 12.500,50", "12500.50", "USD")]
    [TestCase("$ 1.234,56", "1234.56", "USD")]
    [TestCase("$1.234,56", "1234.56", "USD")]
    [TestCase("EUR 640.000,00", "640000.00", "EUR")]
    public void Reads_a_bien_value_as_a_canonical_amount(string valor, string amount, string currency)
    {
        var asset = ReadAsset(valor);

        Assert.That(asset.Value, Is.EqualTo(new MonetaryAmount { Amount = amount, Currency = currency }));
    }

    [TestCase("doce mil dólares")]
    [TestCase("$ doce mil")]
    [TestCase("12.500,50", Description = "no currency: a sum of money without one means nothing abroad")]
    public void Rejects_a_value_that_is_no_amount(string valor)
    {
        var results = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud().With(s => s["bienes"]![0]!["valor"] = valor)));

        Assert.That(Ecuador.ErrorRules(results), Is.EqualTo(new[] { "amount.invalid" }));
        Assert.That(results.Single().Problems.Single(p => p.IsError).Source!.Value, Is.EqualTo(valor));
    }

    [Test]
    public void A_written_amount_reads_back_as_the_same_amount()
    {
        Gen.Long[0, 9_999_999_999].Select(cents => cents / 100m).Sample(value =>
        {
            var amount = new MonetaryAmount { Amount = value.ToString("0.00", CultureInfo.InvariantCulture), Currency = "USD" };

            var asset = ReadAsset(CooperJus.Adapters.EC.Mapping.DollarAmounts.Format(amount));

            Assert.That(decimal.Parse(asset.Value!.Amount, CultureInfo.InvariantCulture), Is.EqualTo(value));
            Assert.That(asset.Value.Currency, Is.EqualTo("USD"));
        }, iter: 300);
    }

    private static Asset ReadAsset(string valor)
    {
        var results = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud().With(s => s["bienes"]![0]!["valor"] = valor)));
        Assert.That(Ecuador.ErrorRules(results), Is.Empty);
        return results.Single().Request!.Assets.Single();
    }
}
