using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Core.Telemetry;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Telemetry;

/// <summary>
/// The Grafana dashboard, the Prometheus rules and the alerts' documentation in <c>deploy/</c> name only metrics a
/// running gateway exports, under the names its <c>/metrics</c> gives them; and the alerts the issue asks for exist.
/// </summary>
[TestFixture]
public sealed partial class DeployedMonitoringTests
{
    private static readonly string[] MonitoringFiles = ["deploy/grafana-dashboard.json", "deploy/prometheus-alerts.yml", "deploy/alerts.md", "README.md"];

    [Test]
    public async Task Every_metric_the_dashboard_and_the_alerts_use_is_one_the_gateway_exports()
    {
        await using var gateway = TestGateway.Create("pe", "PE");
        await gateway.StartAsync();
        var exported = PrometheusNamesOf(gateway.Services.Metrics);
        using var http = new HttpClient();
        var scraped = PrometheusText.Parse(await http.GetStringAsync(new Uri(new Uri(gateway.InsideUrl), "metrics")));

        var used = MonitoringFiles.SelectMany(file => MetricName().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)))
            .Select(m => (File: file, Name: m.Value))).Distinct().ToList();
        var unknown = used.Where(u => !exported.Contains(FamilyOf(u.Name, exported))).Select(u => $"{u.File}: {u.Name}").ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scraped.Families.Where(f => f.StartsWith("cooperjus_", StringComparison.Ordinal)), Is.SubsetOf(exported),
                "the naming rule below gives the names /metrics really shows");
            Assert.That(scraped.Families, Is.SupersetOf(new[] { "cooperjus_requests_held", "cooperjus_requests_overdue", "cooperjus_audit_checkpoint_age_seconds" }),
                "gauges without groups are exported from the start");
            Assert.That(used.Select(u => u.Name), Has.Some.EqualTo("cooperjus_delivery_latency_seconds_bucket"), "the files were read");
            Assert.That(unknown, Is.Empty, "metric names used in deploy/ or the README that the gateway does not export");
        }
    }

    [Test]
    public void Every_alert_of_the_rules_is_documented_and_the_alerts_the_issue_asks_for_exist()
    {
        var rules = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "prometheus-alerts.yml"));
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "alerts.md"));
        var alerts = AlertRule().Matches(rules).Select(m => m.Groups[1].Value).ToList();
        var undocumented = alerts.Where(a => !doc.Contains($"## {a}\n", StringComparison.Ordinal) || !doc.Contains($"| {a} |", StringComparison.Ordinal)
            || !rules.Contains($"runbook: \"deploy/alerts.md#{a.ToLowerInvariant()}\"", StringComparison.Ordinal)).ToList();
        var documentedOnly = DocumentedAlert().Matches(doc).Select(m => m.Groups[1].Value).Except(alerts).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(alerts, Is.SupersetOf(new[]
            {
                "CooperJusDeadLetter", "CooperJusRequestsOverdue", "CooperJusRequestsHeld", "CooperJusCircuitOpen", "CooperJusDeliveryBacklog",
                "CooperJusCheckpointNotSigned", "CooperJusIntakeFailures", "CooperJusGatewayDown",
            }), "the alerts read from deploy/prometheus-alerts.yml");
            Assert.That(alerts, Is.Unique);
            Assert.That(undocumented, Is.Empty, "alerts without a row in the table, a section in deploy/alerts.md, or a runbook link to it");
            Assert.That(documentedOnly, Is.Empty, "sections of deploy/alerts.md for no alert of the rules");
        }
    }

    /// <summary>
    /// The names the OpenTelemetry Prometheus exporter gives the instruments of <paramref name="metrics"/>: dots become
    /// underscores, a unit of seconds adds <c>_seconds</c>, a counter ends in <c>_total</c>, a histogram has its
    /// <c>_bucket</c>, <c>_sum</c> and <c>_count</c> series (as the family's name plus those).
    /// </summary>
    private static HashSet<string> PrometheusNamesOf(GatewayMetrics metrics)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (!ReferenceEquals(instrument.Meter.Scope, metrics.Scope)) return;
                var name = instrument.Name.Replace('.', '_') + (instrument.Unit == "s" ? "_seconds" : "");
                names.Add(instrument.GetType().Name.StartsWith("Counter", StringComparison.Ordinal) ? name + "_total" : name);
            },
        };
        listener.Start();
        return names;
    }

    private static string FamilyOf(string series, HashSet<string> families) =>
        families.Contains(series) ? series : HistogramSuffix().Replace(series, "");

    [GeneratedRegex(@"\bcooperjus_[a-z0-9_]+")]
    private static partial Regex MetricName();

    [GeneratedRegex(@"^\s*- alert: (\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex AlertRule();

    [GeneratedRegex(@"^## (CooperJus\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex DocumentedAlert();

    [GeneratedRegex("_(bucket|sum|count)$")]
    private static partial Regex HistogramSuffix();
}
