using System.Net;
using System.Text;
using System.Text.Json;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Web;

namespace CooperJus.Gateway.IntegrationTests.Hosting;

/// <summary>
/// Each surface on its own listener (<c>Kestrel:Endpoints:Partner</c> and <c>Kestrel:Endpoints:Inside</c>): whoever
/// reaches the partner port gets the partner protocol and a liveness answer, nothing else; the intake API, the auditor
/// view and detailed health answer on the inside port only. Which listener a request belongs to is the socket its
/// connection came in on, so a forged Host header changes nothing.
/// </summary>
[TestFixture]
public sealed class ListenerSeparationTests
{
    private TestGateway _peru = null!;
    private TestGateway _spain = null!;
    private HttpClient _http = null!;

    [SetUp]
    public async Task StartSpain()
    {
        _peru = TestGateway.Create("pe", "PE").WithSeparateListeners();
        _spain = TestGateway.Create("es", "ES").WithSeparateListeners();
        foreach (var (key, value) in TestAccounts.Settings()) _spain.Set(key, value);
        await _spain.StartAsync(_peru.AsPartner());
        _http = new HttpClient();
    }

    [TearDown]
    public async Task Stop()
    {
        _http.Dispose();
        await _peru.DisposeAsync();
        await _spain.DisposeAsync();
    }

    [TestCase("GET", "/audit")]
    [TestCase("GET", "/audit/sign-in")]
    [TestCase("POST", "/audit/sign-in")]
    [TestCase("GET", "/health/detail")]
    [TestCase("POST", "/intake/v1/files?name=solicitudes_2026_listener.csv")]
    [TestCase("POST", "/intake/v1/responses")]
    public async Task An_inside_route_does_not_answer_on_the_partner_listener_whatever_the_host_header(string method, string path)
    {
        using var onPartner = await SendAsync(_spain.Url, method, path);
        using var forgedHost = await SendAsync(_spain.Url, method, path, host: new Uri(_spain.InsideUrl).Authority);
        var written = IntakeFiles();
        using var onInside = await SendAsync(_spain.InsideUrl, method, path);

        Assert.Multiple(() =>
        {
            Assert.That(onPartner.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "on the partner listener");
            Assert.That(forgedHost.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "on the partner listener, with the inside listener's Host header");
            Assert.That(written, Is.Empty, "nothing reached the intake folder through the partner listener (the API key was valid)");
            Assert.That(onInside.StatusCode, Is.Not.EqualTo(HttpStatusCode.NotFound), "the same request on the inside listener reaches the route");
        });
    }

    [Test]
    public async Task The_partner_protocol_does_not_answer_on_the_inside_listener()
    {
        using var toInside = new PartnerClient(_spain.AsPartner(_spain.InsideUrl));
        using var toPartner = new PartnerClient(_spain.AsPartner());
        var envelope = toPartner.Seal(_peru.Identity, CanonicalRequests.Peruvian("SGF-LISTENER-1"));

        var (onInside, _) = await toInside.PostAsync(envelope.Body);
        var (onPartner, receipt) = await toPartner.PostAsync(envelope.Body);

        var verified = await toPartner.VerifyReceiptAsync(receipt, envelope.Body, _peru.Id, envelope.Envelope.MessageId);
        Assert.Multiple(() =>
        {
            Assert.That(onInside, Is.EqualTo(404), "on the inside listener");
            Assert.That(onPartner, Is.EqualTo(200), "on the partner listener");
            Assert.That(verified.Receipt?.Outcome, Is.EqualTo(ReceiptOutcome.Accepted), "accepted, not a duplicate: the inside listener stored nothing");
        });
    }

    [Test]
    public async Task Both_listeners_answer_liveness_and_only_the_inside_one_the_detail()
    {
        using var partnerHealth = await _http.GetAsync(new Uri(_spain.Url + "health"));
        using var insideHealth = await _http.GetAsync(new Uri(_spain.InsideUrl + "health"));
        using var detail = await _http.GetAsync(new Uri(_spain.InsideUrl + "health/detail"));

        var partnerBody = await partnerHealth.Content.ReadAsStringAsync();
        var insideBody = await insideHealth.Content.ReadAsStringAsync();
        using var detailBody = JsonDocument.Parse(await detail.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(partnerHealth.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(partnerBody, Is.EqualTo("""{"status":"healthy"}"""), "no gateway id, queues or audit state for whoever reaches the partner port");
            Assert.That(insideBody, Is.EqualTo("""{"status":"healthy"}"""));
            Assert.That(detailBody.RootElement.GetProperty("gateway").GetString(), Is.EqualTo("es"));
            Assert.That(detailBody.RootElement.GetProperty("queues").ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(detailBody.RootElement.GetProperty("audit").GetProperty("checkpointSigning").GetString(), Is.EqualTo("ok"));
        });
    }

    [Test]
    public async Task A_file_pushed_on_the_inside_listener_reaches_the_partner_through_its_partner_listener()
    {
        await _peru.StartAsync(_spain.AsPartner());

        using var answer = await SendAsync(_peru.InsideUrl, "POST", "/intake/v1/files?name=solicitudes_2026_listeners.csv",
            SgfExport.File(SgfExport.Rows("SGF-LISTENERS", 2, "ESPAÑA")));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        await Eventually.Until(() => _spain.ExportedFiles().Count == 2, "both requests to reach Spain's national export");
    }

    private async Task<HttpResponseMessage> SendAsync(string baseUrl, string method, string path, string content = "x", string? host = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(new Uri(baseUrl), path));
        if (method == "POST") request.Content = new StringContent(content, Encoding.UTF8, "text/csv");
        request.Headers.Add(GatewayEndpoints.ApiKeyHeader, TestGateway.ApiKey);
        if (host is not null) request.Headers.Host = host;
        return await _http.SendAsync(request);
    }

    private List<string> IntakeFiles() =>
        Directory.Exists(_spain.IntakeFolder) ? [.. Directory.EnumerateFiles(_spain.IntakeFolder, "*", SearchOption.AllDirectories)] : [];
}
