using System.Text;
using CooperJus.Gateway.Sdk.Conversions;
using CsCheck;

namespace CooperJus.Gateway.Sdk.Tests.Conversions;

public sealed class CountriesTests
{
    [TestCase("ES", "ES")]
    [TestCase("es", "ES")]
    [TestCase("ESP", "ES")]
    [TestCase("724", "ES")]
    [TestCase("España", "ES")]
    [TestCase("ESPAÑA", "ES")]
    [TestCase("Espana", "ES")]
    [TestCase("  españa ", "ES")]
    [TestCase("Reino de España", "ES")]
    [TestCase("Espanha", "ES")]
    [TestCase("Spain", "ES")]
    [TestCase("ESPAÑOLA", "ES")]
    [TestCase("espanhol", "ES")]
    [TestCase("Perú", "PE")]
    [TestCase("Peru", "PE")]
    [TestCase("PER", "PE")]
    [TestCase("604", "PE")]
    [TestCase("PERUANA", "PE")]
    [TestCase("Brasil", "BR")]
    [TestCase("BRASILEIRA", "BR")]
    [TestCase("brasileño", "BR")]
    [TestCase("Estados Unidos", "US")]
    [TestCase("EEUU", "US")]
    [TestCase("EE.UU.", "US")]
    [TestCase("EE. UU.", "US")]
    [TestCase("EUA", "US")]
    [TestCase("Uruguai", "UY")]
    [TestCase("República Oriental del Uruguay", "UY")]
    [TestCase("Guatemalteca", "GT")]
    [TestCase("SALVADOREÑO", "SV")]
    [TestCase("Panameña", "PA")]
    [TestCase("Cubano", "CU")]
    [TestCase("Chile", "CL")]
    [TestCase("Equador", "EC")]
    [TestCase("Paraguaya", "PY")]
    [TestCase("Hondureña", "HN")]
    [TestCase("Alemanha", "DE")]
    [TestCase("Países Bajos", "NL")]
    [TestCase("Holanda", "NL")]
    [TestCase("Turquía", "TR")]
    [TestCase("Türkiye", "TR")]
    [TestCase("Côte d'Ivoire", "CI")]
    [TestCase("Cote d Ivoire", "CI")]
    [TestCase("Guinea-Bissau", "GW")]
    [TestCase("Guinea Bissau", "GW")]
    [TestCase("Nigeria", "NG")]
    [TestCase("Níger", "NE")]
    [TestCase("China", "CN")]
    [TestCase("chinesa", "CN")]
    [TestCase("japonés", "JP")]
    [TestCase("coreana", "KR")]
    [TestCase("Rusia", "RU")]
    [TestCase("ruso", "RU")]
    [TestCase("Israelí", "IL")]
    [TestCase("libanesa", "LB")]
    [TestCase("hindú", "IN")]
    [TestCase("4", "AF")]
    [TestCase("004", "AF")]
    public void Normalizes_names_demonyms_and_codes_to_alpha2(string text, string expected)
    {
        var found = Countries.TryNormalize(text, out var alpha2);

        Assert.That(found, Is.True, text);
        Assert.That(alpha2, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("Atlántida")]
    [TestCase("ZZ")]
    [TestCase("999")]
    [TestCase("España y Portugal")]
    public void Unknown_or_empty_text_is_not_a_country(string? text)
    {
        Assert.That(Countries.TryNormalize(text, out var alpha2), Is.False);
        Assert.That(alpha2, Is.Null);
    }

    [TestCase("PE", "PER")]
    [TestCase("es", "ESP")]
    [TestCase("BR", "BRA")]
    [TestCase("GB", "GBR")]
    public void Alpha3_of_alpha2(string alpha2, string expected) => Assert.That(Countries.Alpha3(alpha2), Is.EqualTo(expected));

    [Test]
    public void Alpha3_of_unknown_code_is_null() => Assert.That(Countries.Alpha3("ZZ"), Is.Null);

    [TestCase("ES", "es", "España")]
    [TestCase("ES", "pt", "Espanha")]
    [TestCase("ES", "en", "Spain")]
    [TestCase("PE", "es", "Perú")]
    [TestCase("PE", "pt", "Peru")]
    [TestCase("BR", "es", "Brasil")]
    [TestCase("US", "es", "Estados Unidos")]
    [TestCase("UY", "pt", "Uruguai")]
    [TestCase("DE", "pt-BR", "Alemanha")]
    [TestCase("pa", "ES", "Panamá")]
    public void NameIn_gives_the_common_name_with_accents(string alpha2, string language, string expected) =>
        Assert.That(Countries.NameIn(alpha2, language), Is.EqualTo(expected));

    [TestCase("ZZ", "es")]
    [TestCase("ES", "fr")]
    [TestCase("ES", "")]
    public void NameIn_is_null_for_unknown_country_or_language(string alpha2, string language) =>
        Assert.That(Countries.NameIn(alpha2, language), Is.Null);

    [Test]
    public void Covers_every_ISO_3166_country_with_names_in_three_languages()
    {
        var rows = DataRows();

        Assert.That(rows, Has.Count.EqualTo(249));
        Assert.That(rows.Select(r => r[0]), Is.Unique);
        foreach (var row in rows)
        {
            Assert.That(row[0], Does.Match("^[A-Z]{2}$"));
            Assert.That(row[1], Does.Match("^[A-Z]{3}$"));
            Assert.That(row[2], Does.Match("^[0-9]{3}$"));
            Assert.That(row[3..6], Has.All.Not.Empty, row[0]);
        }
    }

    [Test]
    public void Every_code_name_and_demonym_leads_back_to_its_own_country()
    {
        // Matching ignores case, accents and punctuation, so two countries sharing a word would make one unreachable.
        foreach (var row in DataRows())
        {
            var words = row.Take(3).Concat(row.Skip(3).SelectMany(f => f.Split('|', StringSplitOptions.RemoveEmptyEntries)));
            foreach (var word in words)
            {
                Assert.That(Countries.TryNormalize(word, out var alpha2), Is.True, word);
                Assert.That(alpha2, Is.EqualTo(row[0]), word);
            }
        }
    }

    [Test]
    public void Has_demonyms_for_the_countries_the_region_names_most()
    {
        string[] required =
        [
            "AR", "BO", "BR", "CA", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "MX", "NI", "PA", "PY", "PE", "PR", "UY", "VE", "US",
            "ES", "PT", "AD", "FR", "DE", "IT", "GB", "IE", "NL", "BE", "CH", "AT", "PL", "RO", "RU", "UA", "SE", "NO", "DK", "FI", "GR",
            "CN", "JP", "KR", "IN", "NG", "LB", "IL", "TR",
        ];
        var withDemonyms = DataRows().Where(r => r[6].Length > 0).Select(r => r[0]).ToHashSet();

        Assert.That(required.Where(c => !withDemonyms.Contains(c)), Is.Empty);
    }

    [Test]
    public void TryNormalize_never_throws_on_arbitrary_text()
    {
        Gen.OneOf(Gen.String, Gen.String["ESPAÑAperuÇ .-|0123456789"]).Sample(text =>
        {
            Countries.TryNormalize(text, out _);
        }, iter: 1000);
    }

    [Test]
    public void TryNormalize_survives_a_lone_surrogate()
    {
        // Regression: string.Normalize throws on invalid UTF-16, which used to escape from TextKeys.Normalize.
        Assert.That(() => Countries.TryNormalize("Espa\uD800ña", out _), Throws.Nothing);
    }

    [Test]
    public void Is_safe_to_use_from_many_threads_at_once()
    {
        var results = new string?[64];
        Parallel.For(0, results.Length, i => results[i] = Countries.TryNormalize(i % 2 == 0 ? "España" : "Perú", out var a) ? a : null);

        Assert.That(results.Where((r, i) => r != (i % 2 == 0 ? "ES" : "PE")), Is.Empty);
    }

    private static List<string[]> DataRows()
    {
        var assembly = typeof(Countries).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("countries.csv", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("alpha2;", StringComparison.Ordinal)) continue;
            rows.Add(line.Split(';'));
        }
        return rows;
    }

    // Answers are remembered per text as written; a text padded with a space is a new key, normalised afresh. The
    // remembered answer (asked twice) must be the fresh one.
    [Test]
    public void A_remembered_answer_is_the_answer_worked_out_afresh()
    {
        var words = Gen.OneOfConst("España", "ESPAÑA", "PERUANA", "Brasil", "BRA", "076", "EE.UU.", "Atlantis", "pe", "xx", "");
        var text = Gen.OneOf(words, Gen.String[Gen.Char["ABCDEPRSUabcdeñ .0123"], 0, 8]);
        text.Sample(t =>
        {
            var first = Countries.TryNormalize(t, out var firstCode);
            var again = Countries.TryNormalize(t, out var againCode);
            var fresh = Countries.TryNormalize(t + " ", out var freshCode);
            Assert.That((first, firstCode), Is.EqualTo((fresh, freshCode)), t);
            Assert.That((again, againCode), Is.EqualTo((fresh, freshCode)), t);
        }, iter: 500);
    }
}
