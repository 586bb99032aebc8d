using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Web;

namespace CooperJus.Gateway.IntegrationTests.Hosting;

/// <summary>
/// Behind a TLS proxy the gateway sees plain http from the proxy; <c>X-Forwarded-Proto: https</c> from a proxy named in
/// <c>ForwardedHeaders:KnownProxies</c> makes the request count as https, so the auditor view's cookies are marked
/// Secure. The same header from anyone else is ignored: any client can write it.
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
