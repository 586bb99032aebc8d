using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Hosting;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CooperJus.Gateway.Core.Intake;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Crash;

/// <summary>
/// Crash safety with real processes: Peru's gateway delivers 2,000 requests to Spain's while the test kills it with
/// SIGKILL at seeded random moments (during intake and during dispatch) and restarts it with the same configuration,
/// and kills Spain's once too. At the end Spain's national export holds every request exactly once, and Peru's outbox
/// shows every message delivered. Resends are allowed on the wire (answered <c>duplicate</c>) and counted in the log.
/// </summary>
[TestFixture]
[Category("Crash")]
[NonParallelizable]
public sealed class CrashSafetyTests
{
    private const int Requests = 2000;
    private const int Files = 4;
    private const int Seed = 20261128;
    private const int InFlight = 200;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(150);

    [Test]
    [CancelAfter(240_000)]
    public async Task Every_request_reaches_the_partner_exactly_once_although_both_gateways_are_killed_mid_run(CancellationToken cancellationToken)
    {
        using var folder = new TemporaryFolder();
        using var spain = LocalGateway.Create(folder.Path, "es", "ES", "ES", "crash");
        using var peru = LocalGateway.Create(folder.Path, "pe", "PE", "PE", "crash");
        spain.WriteConfig(spain.Settings(peru, RepositoryPaths.BuiltAdapters, LocalGateway.QuickTimings));
        peru.WriteConfig(peru.Settings(spain, RepositoryPaths.BuiltAdapters, LocalGateway.QuickTimings));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var receiver = new GatewayProcess(spain, http);
        using var sender = new GatewayProcess(peru, http);
        await Task.WhenAll(receiver.StartAsync(cancellationToken), sender.StartAsync(cancellationToken));
        var export = Generate(folder.Combine("staging"));
        var run = new CrashRun(peru, sender, spain, receiver, export.References, Stopwatch.StartNew());
        Drop(export, peru.IntakeFolder);

        var kills = new List<KillRecord>();
        foreach (var step in Plan(new Random(Seed))) kills.Add(await run.KillAsync(step, Deadline, cancellationToken));
        var finished = await run.WaitUntilCompleteAsync(Deadline, cancellationToken);
        sender.Kill();
        receiver.Kill();

        TestContext.Out.WriteLine($"Finished in {finished.TotalSeconds:0.0} s after the drop (seed {Seed}):");
        foreach (var kill in kills) TestContext.Out.WriteLine("  " + kill);
        Assert.That(kills.Count(k => !k.Step.KillsReceiver && k.Progress.IntakeUnderWay), Is.GreaterThanOrEqualTo(1), "the sender was killed during intake");
        Assert.That(kills.Count(k => !k.Step.KillsReceiver && k.Progress.DispatchUnderWay), Is.GreaterThanOrEqualTo(2), "the sender was killed during dispatch");
        AssertExportedExactlyOnce(spain, export, run);
        await AssertEverythingDeliveredAsync(peru, spain, run, cancellationToken);
        AssertIntakeFiledEveryFile(peru);
        await AssertAuditChainIntactAsync(peru, cancellationToken);
        await AssertAuditChainIntactAsync(spain, cancellationToken);
    }

    /// <summary>
    /// Events are written in the transactions of the changes they record, so no kill leaves a fork, a gap or a
    /// half-written event, and every checkpoint signed before a kill still matches.
    /// </summary>
    private static async Task AssertAuditChainIntactAsync(LocalGateway gateway, CancellationToken cancellationToken)
    {
        await using var store = await SqliteGatewayStore.OpenAsync(new StoreOptions { Path = gateway.StorePath }, TimeProvider.System, cancellationToken);
        var checkpoints = new AuditCheckpoints(new AuditOptions().CheckpointPath(gateway.StorePath), gateway.Key, gateway.Id);
        var result = await new AuditVerifier(store.Audit, checkpoints).VerifyAsync(cancellationToken);
        Assert.That(result.IsIntact, Is.True, $"{gateway.Id}'s audit log: {result.Problem}");
        Assert.That(result.CheckpointsChecked, Is.GreaterThan(0), $"{gateway.Id} signed no checkpoint");
    }

    /// <summary>
    /// Five kills of the sender and one of the receiver. The first waits until a file is being taken in; the others
    /// wait until the sender has delivered a seeded random share of the requests (spread over the first three quarters)
    /// and still has at least <see cref="InFlight"/> to deliver, so each lands while messages are in flight; each then
    /// waits a random 0 to 0.6 s more.
    /// </summary>
    private static List<KillStep> Plan(Random random)
    {
        KillStep After(bool receiver, double from, double to)
        {
            var threshold = random.Next((int)(from * Requests), (int)(to * Requests));
            return new KillStep(receiver, $"{threshold} deliveries with {InFlight}+ to go", p => p.Delivered >= threshold && p.SenderQueues is { Pending: >= InFlight },
                TimeSpan.FromMilliseconds(random.Next(0, 600)));
        }
        return
        [
            new KillStep(false, "an intake file was claimed", p => p.Claimed > 0, TimeSpan.FromMilliseconds(random.Next(300, 1200))),
            After(false, 0.05, 0.15),
            After(true, 0.20, 0.30),
            After(false, 0.35, 0.45),
            After(false, 0.50, 0.60),
            After(false, 0.65, 0.75),
        ];
    }

    private static GeneratedExport Generate(string staging)
    {
        Directory.CreateDirectory(staging);
        var (_, generator) = SgfExportGeneratorTests.Generator();
        var respondBy = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(200);
        return generator.Write(staging, Requests, Files, Seed, respondBy);
    }

    /// <summary>Moves each complete file into the intake folder (an atomic rename), then writes its <c>.done</c> marker.</summary>
    private static void Drop(GeneratedExport export, string intake)
    {
        Directory.CreateDirectory(intake);
        foreach (var file in export.Files)
        {
            var target = Path.Combine(intake, Path.GetFileName(file));
            File.Move(file, target);
            File.WriteAllText(target + ".done", "");
        }
    }

    private static void AssertExportedExactlyOnce(LocalGateway spain, GeneratedExport export, CrashRun run)
    {
        var (found, unreadable) = FortunyExport.References(spain.ExportFolder);
        var missing = export.References.Where(r => !found.ContainsKey(r)).ToList();
        var duplicated = found.Where(f => f.Value.Count > 1).Select(f => $"{f.Key} in {string.Join(", ", f.Value)}").ToList();
        var unexpected = found.Keys.Except(export.References, StringComparer.Ordinal).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(unreadable, Is.Empty, "national files that do not parse");
            Assert.That(missing, Is.Empty, $"{missing.Count} requests missing from Spain's export{Environment.NewLine}{run.Processes()}");
            Assert.That(duplicated, Is.Empty, $"{duplicated.Count} requests exported more than once");
            Assert.That(unexpected, Is.Empty, "requests exported that were never dropped");
        });
    }

    private static async Task AssertEverythingDeliveredAsync(LocalGateway peru, LocalGateway spain, CrashRun run, CancellationToken cancellationToken)
    {
        await using (var store = await SqliteGatewayStore.OpenAsync(new StoreOptions { Path = peru.StorePath }, TimeProvider.System, cancellationToken))
        {
            var outbox = await AllOutboxAsync(store, cancellationToken);
            var undelivered = outbox.Where(e => e.State != OutboxState.Delivered)
                .Select(e => $"{e.RequestId} {e.State} after {e.Attempts} attempts: {e.DeadLetterReason ?? e.LastError}").ToList();
            Assert.That(outbox.Select(e => e.RequestId).Distinct().Count(), Is.EqualTo(Requests), "one outbox message per request");
            Assert.That(undelivered, Is.Empty, $"messages not delivered{Environment.NewLine}{run.Processes()}");
            await LogResendsAsync(store, outbox, cancellationToken);
        }
        await using var inbox = await SqliteGatewayStore.OpenAsync(new StoreOptions { Path = spain.StorePath }, TimeProvider.System, cancellationToken);
        Assert.That(await inbox.ListUnexportedInboundAsync(0, 10, cancellationToken), Is.Empty, "Spain stored messages it did not export");
    }

    private static async Task<List<OutboxEntry>> AllOutboxAsync(SqliteGatewayStore store, CancellationToken cancellationToken)
    {
        var all = new List<OutboxEntry>();
        for (IReadOnlyList<OutboxEntry> page; (page = await store.ListOutboxAsync(new OutboxQuery(AfterSequence: all.LastOrDefault()?.Sequence ?? 0, Limit: 1000), cancellationToken)).Count > 0;)
            all.AddRange(page);
        return all;
    }

    /// <summary>
    /// How many messages went out more than once: those with a failed attempt on record, and those Spain answered
    /// <c>duplicate</c> (a resend after a crash that left no attempt on record, because the sender died mid-flight).
    /// </summary>
    private static async Task LogResendsAsync(SqliteGatewayStore store, List<OutboxEntry> outbox, CancellationToken cancellationToken)
    {
        int retried = 0, answeredDuplicate = 0;
        foreach (var entry in outbox)
        {
            var history = (await store.GetOutboxMessageAsync(entry.MessageId, cancellationToken))!.History;
            if (history.Count > 1) retried++;
            if (history.Any(a => a.Outcome == AttemptOutcome.Duplicate)) answeredDuplicate++;
        }
        TestContext.Out.WriteLine($"Outbox: {outbox.Count} delivered; {retried} after a failed attempt; {answeredDuplicate} answered 'duplicate' by Spain (resent after a crash).");
    }

    private static void AssertIntakeFiledEveryFile(LocalGateway peru)
    {
        var failed = Path.Combine(peru.IntakeFolder, IntakeFolder.FailedFolder);
        var reports = new StringBuilder();
        foreach (var report in Directory.EnumerateFiles(failed, "*.report.txt")) reports.AppendLine(File.ReadAllText(report));
        Assert.That(Directory.EnumerateFiles(failed, "*.csv"), Is.Empty, $"intake files that failed:{Environment.NewLine}{reports}");
        Assert.That(Directory.EnumerateFiles(Path.Combine(peru.IntakeFolder, IntakeFolder.ProcessedFolder), "*.csv").Count(), Is.EqualTo(Files),
            string.Create(CultureInfo.InvariantCulture, $"each of the {Files} intake files processed once"));
    }
}
