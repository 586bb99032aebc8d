using System.Diagnostics;
using System.Net;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Telemetry;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace CooperJus.Gateway.IntegrationTests.Telemetry;

/// <summary>
/// Two real gateways in this process, each with a partner listener and an inside listener, run what the demo runs:
/// Peru sends two requests to Spain, Spain answers one. Each gateway's <c>/metrics</c> on its inside listener then
/// shows its own figures (and not the other's, though both meters share a name in this process), and one trace joins
/// Peru's intake, sealing and delivery with Spain's receipt.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class MetricsAndTracesTests
{
    private readonly List<Activity> _spans = [];
    private TracerProvider _tracing = null!;
    private TestGateway _peru = null!;
    private TestGateway _spain = null!;
    private HttpClient _http = null!;

    [SetUp]
    public async Task StartGateways()
    {
        lock (_spans) _spans.Clear();
        // What an OTLP collector would receive from both gateways, captured in memory: their spans and ASP.NET Core's.
        _tracing = OpenTelemetry.Sdk.CreateTracerProviderBuilder()
            .AddSource(GatewayTelemetry.SourceName)
            .AddAspNetCoreInstrumentation()
            .AddInMemoryExporter(_spans)
            .Build();
        _http = new HttpClient();
        _peru = TestGateway.Create("pe", "PE").WithSeparateListeners();
        _spain = TestGateway.Create("es", "ES").WithSeparateListeners();
        await _spain.StartAsync(_peru.AsPartner());
        await _peru.StartAsync(_spain.AsPartner());
    }

    [TearDown]
    public async Task StopGateways()
    {
        await _peru.DisposeAsync();
        await _spain.DisposeAsync();
        _tracing.Dispose();
        _http.Dispose();
    }

    [Test]
    public async Task After_a_demo_run_the_inside_metrics_show_delivered_messages_responses_and_requests_by_status()
    {
        var answered = await RunDemoAsync();

        var peru = await Eventually.Get(async () =>
        {
            var m = await ScrapeAsync(_peru);
            return m.Sum("cooperjus_outbox_messages", ("state", "delivered")) == 2 && m.Sum("cooperjus_requests", ("status", "in-progress")) == 1
                && m.Sum("cooperjus_inbox_messages", ("type", "cooperation-response")) == 1 ? m : null;
        }, $"Peru's metrics to show two delivered messages, the answered request {answered} in progress and the response received");
        var spain = await Eventually.Get(async () =>
        {
            var m = await ScrapeAsync(_spain);
            return m.Sum("cooperjus_outbox_messages", ("state", "delivered"), ("type", "cooperation-response")) == 1 ? m : null;
        }, "Spain's metrics to show its response delivered");

        Assert.Multiple(() =>
        {
            Assert.That(peru.Sum("cooperjus_delivery_delivered_total", ("partner", "es"), ("outcome", "accepted")), Is.EqualTo(2), "delivered");
            Assert.That(peru.Sum("cooperjus_delivery_attempts_total", ("partner", "es"), ("outcome", "accepted")), Is.EqualTo(2), "attempts");
            Assert.That(peru.Sum("cooperjus_delivery_latency_seconds_count", ("partner", "es")), Is.EqualTo(2), "latency observations");
            Assert.That(peru.Sum("cooperjus_requests", ("status", "delivered"), ("direction", "outgoing")), Is.EqualTo(1), "requests delivered, not answered");
            Assert.That(peru.Sum("cooperjus_requests", ("status", "in-progress"), ("partner", "es")), Is.EqualTo(1), "requests answered in progress");
            Assert.That(peru.Sum("cooperjus_requests_held"), Is.Zero, "held");
            Assert.That(peru.Sum("cooperjus_requests_overdue"), Is.Zero, "overdue");
            Assert.That(peru.Sum("cooperjus_intake_files_total", ("outcome", "processed")), Is.EqualTo(1), "intake files");
            Assert.That(peru.Sum("cooperjus_intake_records_total", ("outcome", "queued")), Is.EqualTo(2), "intake records");
            Assert.That(peru.Sum("cooperjus_inbound_messages_total", ("outcome", "accepted")), Is.EqualTo(1), "the response received");
            Assert.That(peru.Samples.Any(s => s.Name == "cooperjus_delivery_circuit_state" && s.Labels["partner"] == "es" && s.Value == 0), "circuit to es closed");
            Assert.That(peru.Samples.Single(s => s.Name == "cooperjus_audit_checkpoint_age_seconds").Value, Is.GreaterThanOrEqualTo(0), "checkpoint age");

            Assert.That(spain.Sum("cooperjus_inbound_messages_total", ("outcome", "accepted")), Is.EqualTo(2), "Spain received two requests");
            Assert.That(spain.Sum("cooperjus_requests", ("direction", "incoming")), Is.EqualTo(2), "Spain's incoming requests");
            Assert.That(spain.Sum("cooperjus_delivery_delivered_total", ("partner", "pe")), Is.EqualTo(1), "Spain delivered its response");
            Assert.That(spain.Sum("cooperjus_delivery_delivered_total", ("partner", "es")), Is.Zero, "Peru's deliveries are not in Spain's figures");
        });
    }

    [Test]
    public async Task A_refused_envelope_is_counted_by_outcome_and_by_the_rule_that_refused_it()
    {
        using var client = new PartnerClient(_spain.AsPartner());

        var (status, _) = await client.PostAsync("not a JWS at all"u8.ToArray());

        var spain = await Eventually.Get(async () =>
        {
            var m = await ScrapeAsync(_spain);
            return m.Sum("cooperjus_inbound_messages_total", ("outcome", "rejected")) == 1 ? m : null;
        }, "Spain's metrics to count the refused envelope");
        var rules = spain.Samples.Where(s => s.Name == "cooperjus_validation_rejections_total" && s.Labels["source"] == "inbound").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(422));
            Assert.That(rules.Select(r => r.Labels["rule"]), Is.Not.Empty.And.All.StartsWith("envelope."), "counted under the rule its signed rejection names");
            Assert.That(rules.Sum(r => r.Value), Is.EqualTo(rules.Count), "once each");
        });
    }

    [Test]
    public async Task Metrics_answer_on_the_inside_listener_and_not_on_the_partner_listener()
    {
        using var partner = await _http.GetAsync(new Uri(new Uri(_peru.Url), "metrics"));
        using var inside = await _http.GetAsync(new Uri(new Uri(_peru.InsideUrl), "metrics"));
        using var partnerUpper = await _http.GetAsync(new Uri(new Uri(_peru.Url), "METRICS/"));

        Assert.Multiple(() =>
        {
            Assert.That(partner.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(partnerUpper.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(inside.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(inside.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        });
    }

    [Test]
    public async Task One_trace_joins_the_sending_gateway_spans_and_the_receiving_gateway_spans_of_a_request()
    {
        _peru.Drop("solicitudes_traza.csv", SgfExport.File(SgfExport.Row("SGF-TRACE-1", "ESPAÑA")));
        var sent = await Eventually.Get(async () => (await _peru.OutboxAsync()).SingleOrDefault(e => e.State == OutboxState.Delivered), "Peru's request to be delivered");

        var deliver = await Eventually.Get(() => Task.FromResult(Spans().FirstOrDefault(s => s.DisplayName == GatewayTelemetry.Deliver && Tag(s, "cooperjus.message.id") == sent.MessageId)),
            "the delivery span");
        var trace = deliver.TraceId;
        var inTrace = Spans().Where(s => s.TraceId == trace).ToList();
        var seal = inTrace.Single(s => s.DisplayName == GatewayTelemetry.SealRequest);
        var intake = inTrace.Single(s => s.DisplayName == GatewayTelemetry.IntakeFile);
        var client = inTrace.Single(s => s.DisplayName == GatewayTelemetry.SendAttempt && s.ParentSpanId == deliver.SpanId);
        var server = await Eventually.Get(() => Task.FromResult(Spans().FirstOrDefault(s => s.Kind == ActivityKind.Server && s.ParentSpanId == client.SpanId)),
            "Spain's server span, continued from the traceparent Peru sent");
        var receive = await Eventually.Get(() => Task.FromResult(Spans().FirstOrDefault(s => s.DisplayName == GatewayTelemetry.Receive && s.ParentSpanId == server.SpanId)),
            "Spain's processing span under its server span");

        Assert.Multiple(() =>
        {
            Assert.That(seal.ParentSpanId, Is.EqualTo(intake.SpanId), "the request is sealed inside the intake file's span");
            Assert.That(deliver.ParentSpanId, Is.EqualTo(seal.SpanId), "the delivery continues the context stored with the message");
            Assert.That(client.Kind, Is.EqualTo(ActivityKind.Client));
            Assert.That(server.TraceId, Is.EqualTo(trace), "the receiver's server span is in the sender's trace");
            Assert.That(receive.TraceId, Is.EqualTo(trace));
            Assert.That(Tag(receive, "cooperjus.inbound.outcome"), Is.EqualTo("accepted"));
            Assert.That(deliver.Events.Select(e => e.Name), Does.Contain("receipt verified"));
            Assert.That(intake.Events.Select(e => e.Name), Does.Contain("queued"), "the file's messages entered the outbox");
        });
    }

    private List<Activity> Spans()
    {
        _tracing.ForceFlush();
        lock (_spans) return [.. _spans];
    }

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();

    /// <summary>The demo's steps: two requests to Spain, Spain answers one; returns the answered request's id.</summary>
    private async Task<string> RunDemoAsync()
    {
        _peru.Drop("solicitudes_demo.csv", SgfExport.File(SgfExport.Row("SGF-METRICS-1", "ESPAÑA"), SgfExport.Row("SGF-METRICS-2", "ESPAÑA")));
        var received = await Eventually.Get(async () =>
        {
            var list = await _spain.Store.ListRequestsAsync(new RequestQuery(Direction: RequestDirection.Incoming), CancellationToken.None);
            return list.Count == 2 ? list : null;
        }, "Spain to receive both requests");
        var requestId = received.Select(r => r.Request.RequestId).Order(StringComparer.Ordinal).First();
        _spain.Drop("contestacion.response.json", CanonicalJson.Serialize(new CooperationResponse
        {
            ResponseId = Guid.CreateVersion7().ToString("D"),
            InResponseTo = requestId,
            Status = ResponseStatus.InProgress,
            CreatedAt = TimeProvider.System.GetUtcNow(),
            RespondingAuthority = new Authority { Country = "ES", Name = "Fiscalía General del Estado, Unidad de Cooperación Internacional" },
            Message = "Diligencias en curso.",
            Language = "es",
        }));
        await Eventually.Until(async () => await _peru.Store.GetRequestAsync(requestId, CancellationToken.None) is { Status: RequestStatus.InProgress },
            "Peru to show the answered request in progress");
        return requestId;
    }

    private async Task<PrometheusText> ScrapeAsync(TestGateway gateway) =>
        PrometheusText.Parse(await _http.GetStringAsync(new Uri(new Uri(gateway.InsideUrl), "metrics")));
}
