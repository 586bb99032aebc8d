using CooperJus.Adapters.BR.Conversions;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Adapters.BR.Tests.Support;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>The adapter's own conversions: CNJ numbers, offence keys, addresses, instants.</summary>
public sealed class ConversionTests
{
    [TestCase("005896720168190000", "77")]
    [TestCase("501234520234047000", "07")]
    [TestCase("503487120244047000", "31")]
    public void Computes_CNJ_check_digits_as_98_minus_mod_97(string eighteen, string expected)
    {
        Assert.That(CnjNumber.CheckDigits(eighteen), Is.EqualTo(expected));
    }

    [Test]
    public void Formats_and_validates_a_CNJ_number_both_ways()
    {
        var number = CnjNumber.Format("005896720168190000");
        Assert.That(number, Is.EqualTo("0058967-77.2016.8.19.0000"));
        Assert.That(CnjNumber.Validate(number, out _, out _), Is.True);
    }

    [TestCase("Lei 9.613/1998", "1º", "Lei 9.613/1998 art. 1º")]
    [TestCase("Código Penal", "art. 317", "Código Penal art. 317")]
    [TestCase("Lei 12.850/2013", null, "Lei 12.850/2013")]
    public void Joins_statute_and_article_as_written(string diploma, string? artigo, string nationalCode)
    {
        Assert.That(OffenceKeys.NationalCode(diploma, artigo), Is.EqualTo(nationalCode));
        Assert.That(OffenceKeys.Split(nationalCode), Is.EqualTo((diploma, artigo?.Replace("art. ", "", StringComparison.Ordinal))));
    }

    [TestCase("Lei nº 9.613/1998", "1º, § 1º", "Lei 9613/1998 art. 1")]
    [TestCase("Código Penal", "149-a", "CP art. 149-A")]
    [TestCase("Decreto-Lei 2.848/1940", "Artigo 317", "CP art. 317")]
    [TestCase("Lei 11.343/06", "33, caput", "Lei 11343/2006 art. 33")]
    [TestCase("Lei 9.605/1998", "62", "Lei 9605/1998 art. 62")]
    public void Normalises_statute_and_article_into_the_offence_key(string diploma, string artigo, string key)
    {
        var diplomas = new CodeListSource(TestAdapter.CodeListDirectory).Load("diplomas");
        Assert.That(OffenceKeys.LookupKey(diploma, artigo, diplomas), Is.EqualTo(key));
    }

    [TestCase("Rua Augusta, 1500, conj. 12 - Consolação, São Paulo - SP, CEP 01304-001", "São Paulo", "Rua Augusta, 1500, conj. 12 - Consolação", "SP", "01304-001")]
    [TestCase("Av. Larco 1301, Lima", "Lima", "Av. Larco 1301", null, null)]
    [TestCase("Av. Larco 1301", "Lima", "Av. Larco 1301", null, null)]
    public void Splits_an_address_line_back_at_its_city(string text, string city, string street, string? state, string? postalCode)
    {
        var (s, c, uf, cep) = AddressText.Decompose(text, city);
        Assert.That((s, c, uf, cep), Is.EqualTo((street, city, state, postalCode)));
    }

    [TestCase("2024-05-20T14:32:05-03:00")]
    [TestCase("2024-05-20T17:32:05Z")]
    [TestCase("2024-05-20T14:32:05.1234567+05:45")]
    public void Reads_an_instant_with_offset(string text)
    {
        Assert.That(IsoInstant.TryParse(text, out var instant), Is.True);
        Assert.That(IsoInstant.TryParse(IsoInstant.Format(instant), out var again) && again == instant && again.Offset == instant.Offset, Is.True);
    }

    [TestCase("2024-05-20T14:32:05")]
    [TestCase("2024-05-20")]
    [TestCase("2024-02-30T10:00:00Z")]
    [TestCase("")]
    public void Refuses_an_instant_without_offset_or_that_does_not_exist(string text)
    {
        Assert.That(IsoInstant.TryParse(text, out _), Is.False);
    }
}
