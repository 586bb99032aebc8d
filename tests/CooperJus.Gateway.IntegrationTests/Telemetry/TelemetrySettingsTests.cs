using System.Collections.Concurrent;
using System.Net;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

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

    [Test]
    public async Task Over_http_protobuf_metrics_and_traces_go_to_their_OTLP_paths_and_logs_are_not_sent()
    {
        var (port, _) = LocalGateway.FreeLoopbackPorts();
        var paths = new ConcurrentQueue<string>();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/otlp/");
        collector.Start();
        var receiving = Task.Run(async () =>
        {
            while (true)
            {
                HttpListenerContext context;
                try
                {
                    context = await collector.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                paths.Enqueue(context.Request.Url!.AbsolutePath);
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });
        await using var gateway = TestGateway.Create("pe", "PE").WithSeparateListeners()
            .Set("Telemetry:Otlp:Endpoint", $"http://127.0.0.1:{port}/otlp")
            .Set("Telemetry:Otlp:Protocol", "http/protobuf");
        await gateway.StartAsync();
        using var http = new HttpClient();

        // Not a probe: a request the traces keep (a 404 is still a server span).
        using var _ = await http.GetAsync(new Uri(gateway.Url + "no-such-route"));
        var services = gateway.Host!.Services;
        services.GetRequiredService<TracerProvider>().ForceFlush();
        services.GetRequiredService<MeterProvider>().ForceFlush();
        await Eventually.Until(() => paths.Contains("/otlp/v1/traces") && paths.Contains("/otlp/v1/metrics"), "the collector to receive metrics and traces");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(services.GetService<LoggerProvider>(), Is.Null, "no OpenTelemetry logging: the logs go to the console only");
            Assert.That(paths, Has.None.EqualTo("/otlp/v1/logs"));
        }
        collector.Stop();
        await receiving;
    }

    [Test]
    public async Task The_OTLP_endpoint_is_logged_without_the_user_and_password_written_in_it()
    {
        var (unused, _) = LocalGateway.FreeLoopbackPorts();
        await using var gateway = TestGateway.Create("pe", "PE")
            .Set("Telemetry:Otlp:Endpoint", $"http://collector-user:s3cret-word@127.0.0.1:{unused}/otlp")
            .Set($"Logging:LogLevel:{TelemetryLog.Category}", "Information");
        // Built and started here rather than by the test gateway: the line is logged as the host starts.
        await using var host = await GatewayHost.BuildAsync(null, gateway.Settings([]), CancellationToken.None);
        var log = CapturedLog.Of(host);
        await host.StartAsync();
        await host.StopAsync();

        var line = log.Lines.Single(l => l.EventId == 8001);
        Assert.That(line.Message, Is.EqualTo($"Metrics and traces are exported over OTLP (grpc) to http://127.0.0.1:{unused}/otlp"));
    }
}
