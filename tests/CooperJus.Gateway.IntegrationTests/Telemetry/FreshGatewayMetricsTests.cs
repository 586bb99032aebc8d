using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;

namespace CooperJus.Gateway.IntegrationTests.Telemetry;

/// <summary>
/// What a gateway's <c>/metrics</c> shows from its start, before anything happened: every series an alert needs exists,
/// so an alert can fire on the first failure after a start (the checkpoint that is never signed, the first failed file).
/// </summary>
[TestFixture]
public sealed class FreshGatewayMetricsTests
{
    [Test]
    public async Task A_gateway_that_cannot_write_its_checkpoint_file_shows_a_checkpoint_age_that_grows()
    {
        await using var gateway = TestGateway.Create("pe", "PE");
        // A folder where the checkpoint file should be: every checkpoint pass fails, from the first one on.
        var notAFile = Directory.CreateDirectory(Path.Combine(gateway.Root, "checkpoints-here")).FullName;
        gateway.Set("Audit:CheckpointFile", notAFile);
        await gateway.StartAsync();
        using var http = new HttpClient();

        var first = Age(await ScrapeAsync(http, gateway));
        double? later = null;
        await Eventually.Until(async () => (later = Age(await ScrapeAsync(http, gateway))) > first, "the checkpoint age to grow while no checkpoint is signed");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.Not.Null, "the age is exported though no checkpoint pass succeeded");
            Assert.That(later, Is.GreaterThan(first ?? 0));
            Assert.That(File.Exists(notAFile), Is.False, "no checkpoint was written");
        }
    }

    [Test]
    public async Task A_gateway_that_cannot_sign_counts_the_checkpoint_age_from_the_last_checkpoint_in_the_file()
    {
        await using var gateway = TestGateway.Create("pe", "PE");
        // The file's last line: a checkpoint signed an hour ago with the gateway's key over a head its log does not
        // have, so every checkpoint pass refuses to sign (event 5004) and the age must count from that hour.
        var anHourAgo = TimeProvider.System.GetUtcNow().AddHours(-1);
        var file = Path.Combine(Path.GetDirectoryName(gateway.StorePath)!, "audit-checkpoints.jwsl");
        await File.WriteAllTextAsync(file, new AuditCheckpoints(file, gateway.Identity.Key, gateway.Id).Sign(1, new string('0', 64), anHourAgo).Jws + "\n");
        await gateway.StartAsync();
        using var http = new HttpClient();

        var age = Age(await ScrapeAsync(http, gateway));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(age, Is.GreaterThanOrEqualTo(3600), "counted from the checkpoint's time, not from the start");
            Assert.That(gateway.Services.Checkpoints.LastCheckpoint()?.At, Is.EqualTo(anHourAgo).Within(TimeSpan.FromSeconds(1)), "nothing was signed after it");
        }
    }

    [Test]
    public async Task A_fresh_gateway_shows_the_intake_counters_the_alerts_watch_at_zero()
    {
        await using var gateway = TestGateway.Create("pe", "PE");
        await gateway.StartAsync();
        using var http = new HttpClient();

        var metrics = await ScrapeAsync(http, gateway);
        string[] expected =
        [
            "cooperjus_intake_files_total{outcome=processed} 0", "cooperjus_intake_files_total{outcome=failed} 0",
            "cooperjus_intake_records_total{outcome=queued} 0", "cooperjus_intake_records_total{outcome=held} 0",
            "cooperjus_intake_records_total{outcome=rejected} 0",
        ];

        var shown = metrics.Samples.Where(s => s.Name.StartsWith("cooperjus_intake_", StringComparison.Ordinal))
            .Select(s => $"{s.Name}{{outcome={s.Labels.GetValueOrDefault("outcome")}}} {s.Value}");
        Assert.That(shown, Is.EquivalentTo(expected), "each series exists from the start, so increase() sees the first failure");
    }

    private static double? Age(PrometheusText metrics) =>
        metrics.Samples.SingleOrDefault(s => s.Name == "cooperjus_audit_checkpoint_age_seconds")?.Value;

    private static async Task<PrometheusText> ScrapeAsync(HttpClient http, TestGateway gateway) =>
        PrometheusText.Parse(await http.GetStringAsync(new Uri(new Uri(gateway.InsideUrl), "metrics")));
}
