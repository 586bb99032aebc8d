using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Hosting;

/// <summary>
/// Settings that would expose a gateway stop its start, each named in the one message that lists every configuration
/// problem: a placeholder or short API key, a development listener beyond loopback, plain http on a network address,
/// https without a certificate, plain http to a partner on another machine, the sample configuration as shipped.
/// </summary>
[TestFixture]
public sealed class InsecureConfigurationTests
{
    private const string KeyAdvice = "set at least 32 random characters (for example the output of `openssl rand -base64 32`), or leave it empty to turn the HTTP intake off.";

    private const string ListenerAdvice = "Give the partner protocol and the inside surfaces listeners of their own with "
        + "Kestrel:Endpoints:Partner:Url and Kestrel:Endpoints:Inside:Url (see deploy/gateway.sample.json).";

    private TestGateway _gateway = null!;

    [SetUp]
    public void Create() => _gateway = TestGateway.Create("pe", "PE");

    [TearDown]
    public async Task Dispose() => await _gateway.DisposeAsync();

    [TestCase("change-me-to-a-long-random-secret")]
    [TestCase("x")]
    [TestCase("changeme")]
    [TestCase("CHANGE_ME")]
    [TestCase("<at least 32 random characters: openssl rand -base64 32>")]
    [TestCase("please-replace-me-with-a-long-random-secret-value")]
    [TestCase("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public void A_placeholder_api_key_stops_the_start(string apiKey)
    {
        _gateway.Set("Gateway:ApiKey", apiKey);

        Assert.That(ProblemsAtStart(), Is.EqualTo(new[] { "Gateway:ApiKey is a placeholder, not a key; " + KeyAdvice }));
    }

    [Test]
    public void A_short_api_key_stops_the_start()
    {
        _gateway.Set("Gateway:ApiKey", RandomKey(31));

        Assert.That(ProblemsAtStart(), Is.EqualTo(new[] { "Gateway:ApiKey has 31 characters; " + KeyAdvice }));
    }

    [Test]
    public async Task A_random_key_of_32_characters_guards_the_http_intake()
    {
        var apiKey = RandomKey(32);
        await _gateway.Set("Gateway:ApiKey", apiKey).StartAsync();

        using var accepted = await PostIntakeAsync(apiKey);
        using var refused = await PostIntakeAsync(TestGateway.ApiKey);

        Assert.That((accepted.StatusCode, refused.StatusCode), Is.EqualTo((HttpStatusCode.Accepted, HttpStatusCode.Unauthorized)));
    }

    [Test]
    public async Task An_empty_api_key_turns_the_http_intake_off()
    {
        await _gateway.Set("Gateway:ApiKey", "").StartAsync();

        using var withoutKey = await PostIntakeAsync(null);
        using var withEmptyKey = await PostIntakeAsync("");

        Assert.That((withoutKey.StatusCode, withEmptyKey.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)));
    }

    [TestCase("http://0.0.0.0:{0}")]
    [TestCase("http://*:{0}")]
    [TestCase("http://[::]:{0}")]
    [TestCase("http://gateway.example.org:{0}")]
    public void A_development_listener_beyond_loopback_stops_the_start(string shape)
    {
        var url = string.Format(CultureInfo.InvariantCulture, shape, _gateway.Port);
        _gateway.Set("Urls", url);

        Assert.That(ProblemsAtStart(), Is.EqualTo(new[]
        {
            $"Urls: '{url}' listens beyond this machine; Urls puts every surface (partner protocol, intake API, auditor view, detailed health) on one listener and is for development on loopback only. " + ListenerAdvice,
        }));
    }

    [Test]
    public void Http_ports_without_urls_stop_the_start_since_they_listen_on_every_address()
    {
        _gateway.Set("Urls", null).Set("HTTP_PORTS", "8080");

        Assert.That(ProblemsAtStart(), Is.EqualTo(new[]
        {
            "HTTP_PORTS/HTTPS_PORTS ('8080') listen on every address of this machine, with every surface (partner protocol, intake API, auditor view, detailed health) on one listener. " + ListenerAdvice,
        }));
    }

    [Test]
    public void An_endpoint_that_is_neither_the_partner_nor_the_inside_listener_stops_the_start()
    {
        _gateway.WithSeparateListeners().Set("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:9/");

        Assert.That(ProblemsAtStart(), Is.EqualTo(new[]
        {
            "Kestrel:Endpoints:Http: the gateway has two listeners, Partner (the partner protocol) and Inside (intake API, auditor view, detailed health); name each endpoint after one of them.",
        }));
    }

    [Test]
    public void Plain_http_on_a_network_address_stops_the_start()
    {
        var url = $"http://0.0.0.0:{_gateway.Port}";
        _gateway.WithSeparateListeners().Set("Kestrel:Endpoints:Partner:Url", url);

        Assert.That(ProblemsAtStart(), Is.EqualTo(new[]
        {
            $"Kestrel:Endpoints:Partner:Url '{url}' is plain http on a network address: partners' cooperation requests would cross the network unencrypted. "
                + "Use https:// with a Certificate:Path, or put a TLS proxy in front and name it in ForwardedHeaders:KnownProxies or KnownNetworks.",
        }));
    }

    [Test]
    public void Plain_http_on_a_network_address_is_allowed_behind_a_named_tls_proxy()
    {
        // Another problem stops the start, so the test never listens beyond loopback; the listener is not among the problems.
        _gateway.WithSeparateListeners()
            .Set("Kestrel:Endpoints:Partner:Url", $"http://0.0.0.0:{_gateway.Port}")
            .Set("ForwardedHeaders:KnownProxies:0", "10.0.0.5")
            .Set("Delivery:MaxAttempts", "0");

        Assert.That(ProblemsAtStart(), Has.Count.EqualTo(1).And.All.StartWith("Delivery:MaxAttempts"));
    }

    [Test]
    public void Https_without_a_certificate_stops_the_start()
    {
        _gateway.WithSeparateListeners().Set("Kestrel:Endpoints:Partner:Url", $"https://127.0.0.1:{_gateway.Port}");

        Assert.That(ProblemsAtStart(), Is.EqualTo(new[]
        {
            "Kestrel:Endpoints:Partner: https needs a certificate; give Certificate:Path (a PEM or PFX file) and, for PEM, Certificate:KeyPath.",
        }));
    }

    [Test]
    public void A_certificate_file_that_does_not_exist_stops_the_start()
    {
        var certificate = Path.Combine(_gateway.Root, "tls", "partner.crt.pem");
        var key = Path.Combine(_gateway.Root, "tls", "partner.key.pem");
        _gateway.WithSeparateListeners()
            .Set("Kestrel:Endpoints:Partner:Url", $"https://127.0.0.1:{_gateway.Port}")
            .Set("Kestrel:Endpoints:Partner:Certificate:Path", certificate)
            .Set("Kestrel:Endpoints:Partner:Certificate:KeyPath", key);

        Assert.That(ProblemsAtStart(), Is.EqualTo(new[]
        {
            $"Kestrel:Endpoints:Partner:Certificate:Path '{certificate}' does not exist.",
            $"Kestrel:Endpoints:Partner:Certificate:KeyPath '{key}' does not exist.",
        }));
    }

    [Test]
    public void Plain_http_to_a_partner_on_another_machine_stops_the_start()
    {
        using var spain = new PartnerIdentity("es", "ES");

        var failure = Assert.ThrowsAsync<StartupException>(() => _gateway.StartAsync(spain.AsPartner("http://gateway.example-fiscal.es/")));

        Assert.That(Problems(failure), Is.EqualTo(new[]
        {
            "PartnerDirectory: Partners[0].Url 'http://gateway.example-fiscal.es/' is plain http to another machine: the requests would cross the network unencrypted. "
                + "Use https, or set AllowPlainHttp to true where something else encrypts the path (a TLS proxy beside the gateway, a VPN).",
        }));
    }

    [Test]
    public async Task Plain_http_to_a_partner_on_another_machine_is_allowed_when_the_setting_says_so()
    {
        using var spain = new PartnerIdentity("es", "ES");
        _gateway.Set("PartnerDirectory:AllowPlainHttp", "true");

        await _gateway.StartAsync(spain.AsPartner("http://gateway.example-fiscal.es/"));

        Assert.That(_gateway.Services.Partners.Partners.Single().MessagesUrl.AbsoluteUri, Is.EqualTo("http://gateway.example-fiscal.es/partner/v1/messages"));
    }

    [Test]
    public void Forwarded_headers_from_any_address_or_a_proxy_that_is_no_address_stop_the_start()
    {
        _gateway.Set("ForwardedHeaders_Enabled", "true").Set("ForwardedHeaders:KnownProxies:0", "proxy.inside").Set("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33");

        Assert.That(ProblemsAtStart(), Is.EqualTo(new[]
        {
            "ForwardedHeaders:KnownProxies: 'proxy.inside' is not an IP address.",
            "ForwardedHeaders:KnownNetworks: '10.0.0.0/33' is not a network in CIDR notation (such as 10.0.0.0/24).",
            "ForwardedHeaders_Enabled would trust forwarded headers from any address; name the proxies in ForwardedHeaders:KnownProxies or KnownNetworks instead.",
        }));
    }

    [Test]
    public void The_sample_configuration_does_not_start_until_its_placeholders_are_replaced()
    {
        var sample = Path.Combine(RepositoryPaths.Root, "deploy", "gateway.sample.json");

        var failure = Assert.ThrowsAsync<StartupException>(() => GatewayHost.BuildAsync(sample, [new("Adapters:Path", RepositoryPaths.BuiltAdapters)], CancellationToken.None));

        var problems = Problems(failure);
        TestContext.Out.WriteLine(failure.Message);
        Assert.That(problems, Does.Contain("Gateway:ApiKey is a placeholder, not a key; " + KeyAdvice)
            .And.Contain("PartnerDirectory: Partners[0].Keys[0].Jwk.X is the placeholder '<from the partner>'; paste the public JWK the partner's `cooperjus keys generate` printed.")
            .And.Contain("PartnerDirectory: Partners[0].Keys[0].Jwk.Y is the placeholder '<from the partner>'; paste the public JWK the partner's `cooperjus keys generate` printed.")
            .And.Contain("Kestrel:Endpoints:Partner:Certificate:Path '/etc/cooperjus/tls/partner.crt.pem' does not exist."));
        Assert.That(problems, Has.None.StartsWith("Urls").And.None.Contains("plain http"), "the sample's listeners themselves are the production shape");
    }

    private List<string> ProblemsAtStart() => Problems(Assert.ThrowsAsync<StartupException>(() => _gateway.StartAsync()));

    /// <summary>The problems of the one start-up message, one per line without the list's dash.</summary>
    private static List<string> Problems(StartupException? failure) =>
        [.. failure!.Message.Split(Environment.NewLine).Skip(1).Select(line => line.TrimStart() is ['-', ' ', .. var problem] ? problem : line)];

    private async Task<HttpResponseMessage> PostIntakeAsync(string? apiKey)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_gateway.Url + "intake/v1/files?name=solicitudes_2026_key.csv"));
        request.Content = new StringContent(SgfExport.File(SgfExport.Row("SGF-KEY-1", "ESPAÑA")), Encoding.UTF8, "text/csv");
        if (apiKey is not null) request.Headers.Add(GatewayEndpoints.ApiKeyHeader, apiKey);
        return await http.SendAsync(request);
    }

    private static string RandomKey(int length) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(length))[..length];
}
