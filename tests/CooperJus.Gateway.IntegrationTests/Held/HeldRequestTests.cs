using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Intake;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Held;

/// <summary>
/// A request for a country no partner serves yet: held (listed by the real CLI with its reason), then delivered exactly
/// once when a partner serving the country is added, by a reload of the configuration file or by a restart, with an
/// audit event for every step. Peru's partner directory is in its configuration file (not in the test's overrides),
/// so editing the file is what changes it, as for an operator.
/// </summary>
[TestFixture]
public sealed class HeldRequestTests
{
    private TestGateway _peru = null!;
    private TestGateway _spain = null!;
    private TestGateway _brazil = null!;

    private string ConfigFile => Path.Combine(_peru.Root, "gateway.json");

    [SetUp]
    public async Task StartSpain()
    {
        _peru = TestGateway.Create("pe", "PE");
        _spain = TestGateway.Create("es", "ES");
        _brazil = TestGateway.Create("br", "BR"); // Listed, never started: Peru serves some country, but not Spain.
        await _spain.StartAsync(_peru.AsPartner());
        _peru.ConfigFile = ConfigFile;
        WriteConfig(_brazil.AsPartner());
    }

    [TearDown]
    public async Task Stop()
    {
        await _peru.DisposeAsync();
        await _spain.DisposeAsync();
        await _brazil.DisposeAsync();
    }

    [Test]
    public async Task A_held_request_is_listed_then_delivered_once_when_a_reload_adds_its_partner()
    {
        await _peru.StartAsync();
        var requestId = await DropHeldAsync("SGF-HELD-1");

        var listed = CliRunner.Run("requests", "--status", "held", "--config", ConfigFile);
        Assert.That(listed.ExitCode, Is.EqualTo(0), listed.All);
        Assert.That(listed.Output, Does.Contain(requestId).And.Contain("held: no partner gateway serves the requested country ES"));
        Assert.That(listed.Output, Does.Contain("1 request(s), 0 overdue, 1 held."));

        WriteConfig(_brazil.AsPartner(), _spain.AsPartner());

        await AssertDeliveredOnceAsync(requestId, AuditActors.Gateway);
        var reloaded = (await _peru.Store.Audit.GetLastAsync(AuditEventKinds.ConfigurationChanged, CancellationToken.None))!;
        var settings = System.Text.Encoding.UTF8.GetString((await _peru.Store.Audit.GetBodyAsync(reloaded.Sequence, CancellationToken.None))!);
        var release = (await _peru.Store.Audit.GetEventsAsync(requestId, null, CancellationToken.None)).Single(e => e.Kind == AuditEventKinds.RequestReleased);
        Assert.That(reloaded.Fact("reloaded"), Is.EqualTo("PartnerDirectory"), "the reload that changed the trusted partners is audited");
        Assert.That(settings, Does.Contain("PartnerDirectory:Partners:1:Id=es\n").And.Contain($"PartnerDirectory:Partners:1:Keys:0:Jwk:X={_spain.AsPartner().Jwk.X}"));
        Assert.That(reloaded.Sequence, Is.LessThan(release.Sequence), "the change is audited before the directory it brings is used");
        var again = CliRunner.Run("requests", "release", "--config", ConfigFile);
        Assert.That(again.Output, Does.Contain("0 released, 0 still held."), again.All);
        Assert.That(await _peru.OutboxAsync(), Has.Count.EqualTo(1), "a release after the reload queued nothing");
    }

    [Test]
    public async Task A_partner_directory_with_a_problem_is_refused_on_reload_and_the_held_request_waits_for_a_good_one()
    {
        await _peru.Set("Logging:LogLevel:CooperJus.Gateway.Hosting.HeldRequestWorker", "Information").StartAsync();
        using var log = CapturedLog.Of(_peru.Host!);
        var requestId = await DropHeldAsync("SGF-HELD-4");

        WriteConfig(_brazil.AsPartner(), _spain.AsPartner(), _spain.AsPartner()); // Spain twice: one partner per id and per country.
        var refused = await Eventually.Get(() => Task.FromResult(log.Lines.FirstOrDefault(l => l.EventId == 8103)), "the gateway to refuse the changed directory");
        var stillHeld = (await _peru.Store.GetRequestAsync(requestId, CancellationToken.None))!.Status;
        WriteConfig(_brazil.AsPartner(), _spain.AsPartner());

        Assert.That(refused.Message, Does.Contain("'es' is used by another partner too"));
        Assert.That(stillHeld, Is.EqualTo(RequestStatus.Held));
        await AssertDeliveredOnceAsync(requestId, AuditActors.Gateway);
    }

    [Test]
    public async Task A_held_request_is_delivered_once_when_the_gateway_restarts_with_its_partner()
    {
        await _peru.StartAsync();
        var requestId = await DropHeldAsync("SGF-HELD-2");
        await _peru.StopAsync();

        WriteConfig(_brazil.AsPartner(), _spain.AsPartner());
        await _peru.StartAsync();

        await AssertDeliveredOnceAsync(requestId, AuditActors.Gateway);
    }

    [Test]
    public async Task Requests_release_sends_a_held_request_while_the_gateway_is_stopped_and_the_next_start_finds_it_released()
    {
        await _peru.StartAsync();
        var requestId = await DropHeldAsync("SGF-HELD-3");
        await _peru.StopAsync();
        WriteConfig(_brazil.AsPartner(), _spain.AsPartner());

        var released = CliRunner.Run("requests", "release", "--country", "es", "--config", ConfigFile);
        var twice = CliRunner.Run("requests", "release", "--request", requestId, "--config", ConfigFile);
        await _peru.StartAsync();

        Assert.That(released.ExitCode, Is.EqualTo(0), released.All);
        Assert.That(released.Output, Does.Contain($"{requestId}  released: queued for es"));
        Assert.That(twice.ExitCode, Is.EqualTo(2), twice.All);
        Assert.That(twice.Error, Does.Contain($"Request {requestId} is not held (it is submitted)."));
        await AssertDeliveredOnceAsync(requestId, $"{Environment.UserName}@{Environment.MachineName} (cli)");
    }

    private async Task<string> DropHeldAsync(string record)
    {
        _peru.Drop("solicitudes_2026_espera.csv", SgfExport.File(SgfExport.Row(record, "ESPAÑA")));
        var processed = await Eventually.Get(() => Task.FromResult(_peru.IntakeFiled(IntakeFolder.ProcessedFolder, "solicitudes_2026_espera.csv").SingleOrDefault()),
            "the file to be filed under processed/");
        Assert.That(File.ReadAllText(processed + ".report.txt"), Does.Contain($"record {record} (").And.Contain("held: no partner gateway serves the requested country ES"));
        var held = await _peru.Store.ListRequestsAsync(new RequestQuery(Status: RequestStatus.Held), CancellationToken.None);
        Assert.That(await _peru.OutboxAsync(), Is.Empty, "nothing was sent");
        return held.Single().RequestId;
    }

    private async Task AssertDeliveredOnceAsync(string requestId, string releasedBy)
    {
        await Eventually.Until(async () => (await _peru.Store.GetRequestAsync(requestId, CancellationToken.None))?.Status == RequestStatus.Delivered,
            "the held request to be delivered to Spain");
        await Eventually.Until(() => _spain.ExportedFiles().Count == 1, "Spain's national export to hold it");
        var outbox = await _peru.OutboxAsync();
        var kinds = (await _peru.Store.Audit.GetEventsAsync(requestId, null, CancellationToken.None)).Select(e => e.Kind).ToList();
        var released = (await _peru.Store.Audit.GetEventsAsync(requestId, null, CancellationToken.None)).Single(e => e.Kind == AuditEventKinds.RequestReleased);
        Assert.Multiple(() =>
        {
            Assert.That(outbox, Has.Count.EqualTo(1));
            Assert.That(outbox.Single().RequestId, Is.EqualTo(requestId));
            Assert.That(_spain.ExportedFiles(), Is.EqualTo(new[] { _spain.ExportNameOf(outbox.Single().RequestId!) }));
            Assert.That(kinds, Is.SupersetOf(new[]
            {
                AuditEventKinds.RecordParsed, AuditEventKinds.RequestTranslated, AuditEventKinds.LineageRecorded, AuditEventKinds.RequestValidated,
                AuditEventKinds.RequestHeld, AuditEventKinds.RequestReleased, AuditEventKinds.MessageSealed, AuditEventKinds.ReceiptReceived,
            }));
            Assert.That(kinds.Count(k => k == AuditEventKinds.RequestHeld), Is.EqualTo(1));
            Assert.That(kinds.Count(k => k == AuditEventKinds.RequestReleased), Is.EqualTo(1));
            Assert.That(kinds.Count(k => k == AuditEventKinds.MessageSealed), Is.EqualTo(1));
            Assert.That(kinds.IndexOf(AuditEventKinds.RequestHeld), Is.LessThan(kinds.IndexOf(AuditEventKinds.RequestReleased)));
            Assert.That(kinds.IndexOf(AuditEventKinds.RequestReleased), Is.LessThan(kinds.IndexOf(AuditEventKinds.MessageSealed)));
            Assert.That(released.PartnerId, Is.EqualTo("es"));
            Assert.That(released.Actor, Is.EqualTo(releasedBy));
        });
    }

    /// <summary>Peru's configuration file: every setting it starts with, and <paramref name="partners"/> as its directory.</summary>
    private void WriteConfig(params PartnerEntry[] partners)
    {
        var root = new JsonObject();
        foreach (var (key, value) in _peru.Settings(partners).Where(s => s.Value is not null))
        {
            var parts = key.Split(':');
            var node = root;
            foreach (var part in parts[..^1]) node = node[part] as JsonObject ?? (JsonObject)(node[part] = new JsonObject());
            node[parts[^1]] = value;
        }
        // Write then rename, as an editor does: the reload never reads half a file.
        File.WriteAllText(ConfigFile + ".tmp", root.ToJsonString());
        File.Move(ConfigFile + ".tmp", ConfigFile, overwrite: true);
    }
}
