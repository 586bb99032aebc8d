using System.Net;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;

namespace CooperJus.Gateway.IntegrationTests.Telemetry;

/// <summary>The <c>Telemetry</c> section: checked with every other setting at start, and an OTLP export that does not stop the gateway.</summary>
[TestFixture]
public sealed class TelemetrySettingsTests
{
    [Test]
    public async Task A_mistyped_OTLP_endpoint_and_protocol_are_named_among_the_start_up_problems()
    {
        await using var gateway = TestGateway.Create("pe", "PE")
            .Set("Telemetry:Otlp:Endpoint", "collector:4317")
            .Set("Telemetry:Otlp:Protocol", "udp");

        var failure = Assert.ThrowsAsync<StartupException>(() => gateway.StartAsync());

        Assert.That(failure!.Message, Does.Contain("  - Telemetry:Otlp:Endpoint: 'collector:4317' is not an http or https address (such as http://127.0.0.1:4317).")
            .And.Contain("  - Telemetry:Otlp:Protocol: 'udp' is not grpc or http/protobuf."));
    }

    [TestCase("grpc")]
    [TestCase("http/protobuf")]
    public async Task With_an_OTLP_endpoint_nobody_answers_the_gateway_still_serves_and_scrapes(string protocol)
    {
        // A port nothing listens on: the export fails in the background, which must cost the gateway nothing.
        var (unused, _) = LocalGateway.FreeLoopbackPorts();
        await using var gateway = TestGateway.Create("pe", "PE").WithSeparateListeners()
            .Set("Telemetry:Otlp:Endpoint", $"http://127.0.0.1:{unused}")
            .Set("Telemetry:Otlp:Protocol", protocol);
        await gateway.StartAsync();
        using var http = new HttpClient();

        using var health = await http.GetAsync(new Uri(gateway.Url + "health"));
        var metrics = await http.GetStringAsync(new Uri(gateway.InsideUrl + "metrics"));

        Assert.Multiple(() =>
        {
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(metrics, Does.Contain("cooperjus_requests_overdue"));
        });
    }
}
