using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>The partner directory: routing by id and by country, and start-up validation that lists every problem.</summary>
[TestFixture]
public sealed class PartnerDirectoryTests
{
    private GatewayKey _spain = null!;
    private GatewayKey _brazil = null!;

    [SetUp]
    public void CreateKeys()
    {
        _spain = GatewayKey.Generate("es-1");
        _brazil = GatewayKey.Generate("br-1");
    }

    [TearDown]
    public void DisposeKeys()
    {
        _spain.Dispose();
        _brazil.Dispose();
    }

    [Test]
    public void Finds_partners_by_id_and_by_country_served()
    {
        var brazil = Directories.Partner("br-mpf", "BR", (_brazil, null, null));
        brazil.Countries.Add("PY");
        var directory = Directories.Of(Directories.Partner("es-fge", "ES", (_spain, null, null)), brazil);

        Assert.Multiple(() =>
        {
            Assert.That(directory.TryGetPartner("es-fge", out var spain) ? spain.Countries : null, Is.EqualTo(new[] { "ES" }));
            Assert.That(directory.TryGetPartnerForCountry("PY", out var paraguay) ? paraguay.Id : null, Is.EqualTo("br-mpf"));
            Assert.That(directory.TryGetPartner("cl-fn", out _), Is.False);
            Assert.That(directory.TryGetPartnerForCountry("CL", out _), Is.False);
            Assert.That(directory.Partners.Select(p => p.Id), Is.EqualTo(new[] { "es-fge", "br-mpf" }));
        });
    }

    [TestCase("https://es.example.org/gateway/", "https://es.example.org/gateway/partner/v1/messages")]
    [TestCase("https://es.example.org/gateway", "https://es.example.org/gateway/partner/v1/messages")]
    [TestCase("http://127.0.0.1:5081", "http://127.0.0.1:5081/partner/v1/messages")]
    public void Messages_are_posted_under_the_partners_base_url(string url, string expected)
    {
        var options = Directories.Partner("es-fge", "ES", (_spain, null, null));
        options.Url = url;

        var partner = Directories.Of(options).Partners[0];

        Assert.That(partner.MessagesUrl.AbsoluteUri, Is.EqualTo(expected));
    }

    [TestCase("http://es.example.org/")]
    [TestCase("http://10.0.0.7:8080/")]
    public void Refuses_plain_http_to_another_machine(string url)
    {
        var options = Directories.Partner("es-fge", "ES", (_spain, null, null));
        options.Url = url;

        Assert.That(Options(options).Validate(), Is.EqualTo(new[]
        {
            $"Partners[0].Url '{url}' is plain http to another machine: the requests would cross the network unencrypted. "
                + "Use https, or set AllowPlainHttp to true where something else encrypts the path (a TLS proxy beside the gateway, a VPN).",
        }));
    }

    [TestCase("http://127.0.0.1:5081/")]
    [TestCase("http://localhost:5081/")]
    [TestCase("http://[::1]:5081/")]
    public void Accepts_plain_http_on_loopback(string url)
    {
        var options = Directories.Partner("es-fge", "ES", (_spain, null, null));
        options.Url = url;

        Assert.That(Options(options).Validate(), Is.Empty);
    }

    [Test]
    public void Accepts_plain_http_to_another_machine_when_allowed()
    {
        var partner = Directories.Partner("es-fge", "ES", (_spain, null, null));
        partner.Url = "http://es.example.org/";
        var options = Options(partner);
        options.AllowPlainHttp = true;

        Assert.That(options.Validate(), Is.Empty);
    }

    [Test]
    public void Plain_http_to_another_machine_is_refused_by_default() =>
        Assert.That(new PartnerDirectoryOptions().AllowPlainHttp, Is.False);

    [Test]
    public void Default_clock_skew_tolerance_is_five_minutes() =>
        Assert.That(new PartnerDirectoryOptions().ClockSkew, Is.EqualTo(TimeSpan.FromMinutes(5)));

    [Test]
    public void A_partner_that_lists_no_schema_versions_is_sent_version_1_0()
    {
        var partner = Directories.Of(Directories.Partner("es-fge", "ES", (_spain, null, null))).Partners[0];

        Assert.That(partner.SchemaVersions, Is.EqualTo(new[] { "1.0" }));
        Assert.That(partner.SendVersion, Is.EqualTo("1.0"));
    }

    [TestCase(new[] { "1.0", "2.0" }, "2.0")]
    [TestCase(new[] { "2.0" }, "2.0")]
    [TestCase(new[] { "1.0" }, "1.0")]
    public void A_partner_is_sent_the_highest_schema_version_both_sides_know(string[] versions, string sent)
    {
        var options = Directories.Partner("es-fge", "ES", (_spain, null, null));
        foreach (var version in versions) options.SchemaVersions.Add(version);

        var partner = Directories.Of(options).Partners[0];

        Assert.That(partner.SchemaVersions, Is.EqualTo(versions));
        Assert.That(partner.SendVersion, Is.EqualTo(sent));
    }

    [Test]
    public void Refuses_a_schema_version_this_gateway_does_not_know()
    {
        var options = Directories.Partner("es-fge", "ES", (_spain, null, null));
        options.SchemaVersions.Add("2.0");
        options.SchemaVersions.Add("2");

        Assert.That(Options(options).Validate(), Is.EqualTo(new[]
        {
            "Partners[0].SchemaVersions: '2' is not a canonical version this gateway knows; use \"1.0\" or \"2.0\" (absent means \"1.0\" only).",
        }));
    }

    [Test]
    public void Valid_options_have_no_problems() =>
        Assert.That(Options(Directories.Partner("es-fge", "ES", (_spain, null, null))).Validate(), Is.Empty);

    [Test]
    public void Lists_every_problem_of_a_partner_at_once()
    {
        var partner = new PartnerOptions { Id = "Spain", Url = "ftp://es.example.org" };
        partner.Countries.Add("Spain");
        partner.Keys.Add(new PartnerKeyOptions { Kid = "es 1", NotBefore = new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), NotAfter = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        Assert.That(Options(partner).Validate(), Is.EqualTo(new[]
        {
            "Partners[0].Id 'Spain' is not a gateway id: use 1 to 64 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit.",
            "Partners[0].Url 'ftp://es.example.org' is not an absolute http or https URL.",
            "Partners[0].Countries: 'Spain' is not an ISO 3166-1 alpha-2 code in capitals (such as ES).",
            "Partners[0].Keys[0].Kid 'es 1' is not a key id: use 1 to 128 letters, digits, dots, underscores, colons or hyphens.",
            "Partners[0].Keys[0]: NotAfter (2025-01-01T00:00:00.0000000+00:00) must be later than NotBefore (2025-02-01T00:00:00.0000000+00:00).",
            "Partners[0].Keys[0].Jwk is missing; paste the partner's public JWK object.",
        }));
    }

    [Test]
    public void A_partner_needs_countries_and_keys()
    {
        var partner = new PartnerOptions { Id = "es-fge", Url = "https://es.example.org" };

        Assert.That(Options(partner).Validate(), Is.EqualTo(new[]
        {
            "Partners[0].Countries is empty; list the ISO 3166-1 alpha-2 codes the partner serves.",
            "Partners[0].Keys is empty; a partner needs at least one public key.",
        }));
    }

    [Test]
    public void Ids_countries_and_key_ids_are_unique_across_partners()
    {
        var first = Directories.Partner("es-fge", "ES", (_spain, null, null));
        var second = Directories.Partner("es-fge", "ES", (_spain, null, null));

        Assert.That(Options(first, second).Validate(), Is.EqualTo(new[]
        {
            "Partners[1].Id 'es-fge' is used by another partner too.",
            "Partners[1].Countries: 'ES' is already served by partner 'es-fge'; a country goes to one partner only.",
            "Partners[1].Keys[0].Kid 'es-1' is already a key of partner 'es-fge'; a key id names one key in the whole directory.",
        }));
    }

    [TestCase(-1, "ClockSkew is -00:00:01; it must be between 00:00:00 and 01:00:00.")]
    [TestCase(3601, "ClockSkew is 01:00:01; it must be between 00:00:00 and 01:00:00.")]
    public void Clock_skew_must_be_between_zero_and_an_hour(int seconds, string expected)
    {
        var options = Options(Directories.Partner("es-fge", "ES", (_spain, null, null)));
        options.ClockSkew = TimeSpan.FromSeconds(seconds);

        Assert.That(options.Validate(), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Create_refuses_invalid_options_listing_every_problem()
    {
        var partner = new PartnerOptions { Id = "es-fge", Url = "not a url" };

        Assert.That(() => PartnerDirectory.Create(Options(partner)), Throws.InvalidOperationException.With.Message.EqualTo(
            "The partner directory is not valid:" + Environment.NewLine
            + "- Partners[0].Url 'not a url' is not an absolute http or https URL." + Environment.NewLine
            + "- Partners[0].Countries is empty; list the ISO 3166-1 alpha-2 codes the partner serves." + Environment.NewLine
            + "- Partners[0].Keys is empty; a partner needs at least one public key."));
    }

    [Test]
    public void An_empty_directory_is_valid() =>
        Assert.That(PartnerDirectory.Create(new PartnerDirectoryOptions()).Partners, Is.Empty);

    private static PartnerDirectoryOptions Options(params PartnerOptions[] partners)
    {
        var options = new PartnerDirectoryOptions();
        foreach (var partner in partners) options.Partners.Add(partner);
        return options;
    }
}
