using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Web;

namespace CooperJus.Gateway.IntegrationTests.Hosting;

/// <summary>
/// Behind a TLS proxy the gateway sees plain http from the proxy; <c>X-Forwarded-Proto: https</c> from a proxy named in
/// <c>ForwardedHeaders:KnownProxies</c> makes the request count as https, so the auditor view's cookies are marked
/// Secure, and <c>X-Forwarded-For</c> gives the client address that evidence, logs and rate limits name. The same
/// headers from anyone else are ignored: any client can write them.
/// </summary>
[TestFixture]
public sealed class ForwardedHeadersTests
{
    private TestGateway _gateway = null!;

    [SetUp]
    public void Create()
    {
        _gateway = TestGateway.Create("pe", "PE");
        foreach (var (key, value) in TestAccounts.Settings()) _gateway.Set(key, value);
    }

    [TearDown]
    public async Task Dispose() => await _gateway.DisposeAsync();

    [Test]
    public async Task A_named_proxy_that_says_https_gets_secure_cookies()
    {
        await _gateway.Set("ForwardedHeaders:KnownProxies:0", "127.0.0.1").StartAsync();

        var cookie = await FormCookieAsync(forwardedProto: "https");

        Assert.That(cookie, Does.Contain("secure").IgnoreCase);
    }

    [Test]
    public async Task Without_a_named_proxy_the_forwarded_protocol_is_ignored()
    {
        await _gateway.StartAsync();

        var cookie = await FormCookieAsync(forwardedProto: "https");

        Assert.That(cookie, Does.Not.Contain("secure").IgnoreCase);
    }

    [Test]
    public async Task A_client_that_is_not_the_named_proxy_is_not_believed()
    {
        await _gateway.Set("ForwardedHeaders:KnownNetworks:0", "10.20.0.0/16").StartAsync();

        var cookie = await FormCookieAsync(forwardedProto: "https");

        Assert.That(cookie, Does.Not.Contain("secure").IgnoreCase);
    }

    [TestCase("127.0.0.1", "203.0.113.9", TestName = "The_client_a_named_proxy_forwards_is_the_address_kept_as_evidence")]
    [TestCase(null, "127.0.0.1", TestName = "Without_a_named_proxy_the_forwarded_client_is_ignored_in_evidence")]
    public async Task Evidence_of_a_refused_message_names_the_client_address(string? proxy, string expected)
    {
        if (proxy is not null) _gateway.Set("ForwardedHeaders:KnownProxies:0", proxy);
        await _gateway.StartAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(_gateway.Url), CooperJus.Gateway.Core.Messaging.PartnerProtocol.MessagesPath.TrimStart('/')))
        {
            Content = new StringContent("not a JWS"),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        using var answer = await http.SendAsync(request);

        Assert.That((int)answer.StatusCode, Is.EqualTo(422));
        Assert.That(StoreInspector.Rejections(_gateway.StorePath).Select(r => r.ClientAddress), Is.EqualTo(new[] { expected }));
    }

    /// <summary>The antiforgery cookie the sign-in page sets, as its Set-Cookie header reads.</summary>
    private async Task<string> FormCookieAsync(string forwardedProto)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_gateway.InsideUrl + "audit/sign-in"));
        request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        using var answer = await http.SendAsync(request);
        answer.EnsureSuccessStatusCode();
        var cookies = answer.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, cookies));
        return cookies.Single(c => c.StartsWith("cooperjus.audit.form=", StringComparison.Ordinal));
    }
}
