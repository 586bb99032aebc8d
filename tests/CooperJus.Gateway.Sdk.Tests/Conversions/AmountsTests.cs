using System.Globalization;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Gateway.Sdk.Tests.Conversions;

public sealed class AmountsTests
{
    [TestCase("S/ 12.500,50", "12500.50", "PEN")]
    [TestCase("S/. 12.500,50", "12500.50", "PEN")]
    [TestCase("USD 3.000", "3000", "USD")]
    [TestCase("US$ 3.000", "3000", "USD")]
    [TestCase("usd 3.000", "3000", "USD")]
    [TestCase("R$ 1.234.567,89", "1234567.89", "BRL")]
    [TestCase("R$1.234.567,89", "1234567.89", "BRL")]
    [TestCase("1.000,00 €", "1000.00", "EUR")]
    [TestCase("1.000,00 EUR", "1000.00", "EUR")]
    [TestCase("€ 0,50", "0.50", "EUR")]
    [TestCase("Q 500", "500", "GTQ")]
    [TestCase("B/. 1.500", "1500", "PAB")]
    [TestCase("₲ 1.500.000", "1500000", "PYG")]
    [TestCase("CLP 15000", "15000", "CLP")]
    [TestCase("  UYU 007,5 ", "7.5", "UYU")]
    public void Parses_national_amounts_into_canonical_decimals(string text, string amount, string currency)
    {
        Assert.That(Amounts.TryParse(text, null, out var parsed, out var error), Is.True, error);
        Assert.That(parsed, Is.EqualTo(new MonetaryAmount { Amount = amount, Currency = currency }));
    }

    [Test]
    public void Uses_the_default_currency_when_the_text_has_none()
    {
        Assert.That(Amounts.TryParse("12.500,50", "PEN", out var parsed, out _), Is.True);
        Assert.That(parsed, Is.EqualTo(new MonetaryAmount { Amount = "12500.50", Currency = "PEN" }));
    }

    [Test]
    public void Amount_without_currency_and_no_default_is_an_error()
    {
        Assert.That(Amounts.TryParse("12.500,50", null, out var parsed, out var error), Is.False);
        Assert.That(parsed, Is.Null);
        Assert.That(error, Is.EqualTo("'12.500,50' has no currency."));
    }

    [TestCase("$ 100")]
    [TestCase("$100")]
    [TestCase("100 $")]
    public void Bare_dollar_sign_is_rejected_because_it_names_no_single_currency(string text)
    {
        Assert.That(Amounts.TryParse(text, "USD", out var parsed, out var error), Is.False);
        Assert.That(parsed, Is.Null);
        Assert.That(error, Does.Contain("'$'"));
    }

    [TestCase("XYZ 100", "'XYZ' in 'XYZ 100' is not a known currency symbol or ISO 4217 code.")]
    [TestCase("USD 1.5", "'USD 1.5' is not an amount (expected a currency and a number with decimal comma, such as 'S/ 12.500,50').")]
    [TestCase("USD 12,500.50", "'USD 12,500.50' is not an amount (expected a currency and a number with decimal comma, such as 'S/ 12.500,50').")]
    [TestCase("USD -3", "'USD -3' is not an amount (expected a currency and a number with decimal comma, such as 'S/ 12.500,50').")]
    [TestCase("USD ١٢", "'USD ١٢' is not an amount (expected a currency and a number with decimal comma, such as 'S/ 12.500,50').")]
    [TestCase("", "'' is not an amount (expected a currency and a number with decimal comma, such as 'S/ 12.500,50').")]
    public void Rejects_malformed_amounts_with_words(string text, string expected)
    {
        Assert.That(Amounts.TryParse(text, null, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(expected));
    }

    [TestCase("AUD 5.000", "AUD")]
    [TestCase("RUB 1.000.000", "RUB")]
    [TestCase("1.000 CNY", "CNY")]
    public void Accepts_any_active_ISO_4217_code_written_out(string text, string currency)
    {
        Assert.That(Amounts.TryParse(text, null, out var parsed, out var error), Is.True, error);
        Assert.That(parsed!.Currency, Is.EqualTo(currency));
    }

    [Test]
    public void Formats_with_dot_thousands_and_decimal_comma()
    {
        var amount = new MonetaryAmount { Amount = "1234567.89", Currency = "BRL" };

        Assert.That(Amounts.Format(amount), Is.EqualTo("BRL 1.234.567,89"));
        Assert.That(Amounts.Format(amount, new Dictionary<string, string> { ["BRL"] = "R$" }), Is.EqualTo("R$ 1.234.567,89"));
        Assert.That(Amounts.Format(amount with { Amount = "100" }), Is.EqualTo("BRL 100"));
    }

    [TestCase("0", true)]
    [TestCase("1234.5", true)]
    [TestCase("12500.50", true)]
    [TestCase("01", false)]
    [TestCase("1.234,5", false)]
    [TestCase("-1", false)]
    [TestCase("1.", false)]
    [TestCase("١٢", false)]
    public void Recognises_canonical_amounts(string amount, bool expected) => Assert.That(Amounts.IsCanonical(amount), Is.EqualTo(expected));

    [Test]
    public void Format_then_TryParse_is_identity_for_canonical_amounts()
    {
        var integer = Gen.OneOf(Gen.Const("0"), Gen.ULong.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Where(s => s != "0"));
        var fraction = Gen.OneOf(Gen.Const(""), Gen.String["0123456789"].Where(s => s.Length > 0).Select(s => "." + s));
        var symbols = Amounts.Symbols.GroupBy(s => s.Value).ToDictionary(g => g.Key, g => g.First().Key);
        Gen.Select(integer, fraction, Gen.OneOfConst([.. Amounts.IsoCodes]), Gen.Bool).Sample((whole, part, currency, useSymbol) =>
        {
            var amount = new MonetaryAmount { Amount = whole + part, Currency = currency };
            Assert.That(Amounts.IsCanonical(amount.Amount), Is.True, amount.Amount);
            var text = Amounts.Format(amount, useSymbol ? symbols : null);
            Assert.That(Amounts.TryParse(text, null, out var back, out var error), Is.True, $"{text}: {error}");
            Assert.That(back, Is.EqualTo(amount), text);
        }, iter: 500);
    }

    [Test]
    public void TryParse_never_throws_on_arbitrary_text()
    {
        Gen.OneOf(Gen.String, Gen.String["0123456789.,S/R$€ USD"]).Sample(text =>
        {
            if (Amounts.TryParse(text, "PEN", out var amount, out _)) Assert.That(Amounts.IsCanonical(amount.Amount), Is.True, text);
        }, iter: 1000);
    }

    // Plain amounts (symbol, one space, number, nothing around) are split without the regex. A leading space sends
    // the same text through the regex, which skips it: both must give the same amount, or the same error (whose
    // quote of the text is the only difference).
    [Test]
    public void Plain_amount_fast_path_agrees_with_the_regex()
    {
        var prefix = Gen.OneOfConst("", "R$", "US$", "€", "£", "₲", "S/", "S/.", "B/.", "Q", "L", "EUR", "usd", "Brl", "XYZ", "$", "r$", "QQ");
        var space = Gen.OneOfConst("", " ", "  ");
        var number = Gen.OneOf(
            Gen.String[Gen.Char["0123456789.,"], 0, 14],
            Gen.Select(Gen.Long[0, 999_999_999_999], Gen.Int[0, 99]).Select((n, cents) =>
                n.ToString("N0", CultureInfo.GetCultureInfo("pt-BR")) + "," + cents.ToString("D2", CultureInfo.InvariantCulture)));
        var suffix = Gen.OneOfConst("", "", "", " €", "EUR", " ", "x");
        Gen.Select(prefix, space, number, suffix).Sample((p, sp, n, sf) =>
        {
            var text = p + sp + n + sf;
            var fast = Amounts.TryParse(text, "BRL", out var fastAmount, out var fastError);
            var general = Amounts.TryParse(" " + text, "BRL", out var generalAmount, out var generalError);
            Assert.That(fast, Is.EqualTo(general), text);
            Assert.That(fastAmount, Is.EqualTo(generalAmount), text);
            Assert.That(fastError, Is.EqualTo(generalError?.Replace($"' {text}'", $"'{text}'", StringComparison.Ordinal)), text);
        }, iter: 1000);
    }
}
