using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;

namespace CooperJus.Gateway.IntegrationTests.Audit;

/// <summary>
/// `audit verify` and the auditor view's "verify the chain" button on a gateway that is working: requests arriving,
/// checkpoints signed every second. The gateway writes a checkpoint line and then records it in the log; a verifier that
/// read the file and then the events could see the record without its line and cry "lines were removed" (about one run
/// in fifteen during traffic, found by the crash test). A false alarm costs an auditor's trust as much as a missed one.
/// </summary>
[TestFixture]
public sealed class LiveVerifyTests
{
    /// <summary>Checkpoints signed while the verifier runs: each is one chance for the race.</summary>
    private const int CheckpointsDuringVerification = 20;

    private const int Senders = 1;

    private const int Verifiers = 4;

    [Test]
    public async Task Verifying_in_a_loop_during_traffic_never_reports_a_break()
    {
        await using var spain = TestGateway.Create("es", "ES").Set("Audit:CheckpointInterval", "00:00:01");
        using var brazil = new PartnerIdentity("br", "BR");
        await spain.StartAsync(brazil.AsPartner("http://127.0.0.1:9/"));
        using var toSpain = new PartnerClient(spain.AsPartner());
        using var stop = new CancellationTokenSource();
        var sent = 0;
        // Several partners' worth of requests at once keep the store's writer busy, so the record of a checkpoint waits
        // behind other writes after its line is in the file: the window the old verifier fell into.
        var traffic = Task.WhenAll(Enumerable.Range(0, Senders).Select(sender => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var request = CanonicalRequests.Peruvian($"SGF-LIVE-{sender}-{n}");
                var (status, _) = await toSpain.PostAsync(toSpain.Seal(brazil, request).Body);
                Assert.That(status, Is.EqualTo(200));
                Interlocked.Increment(ref sent);
            }
        })));

        var firstCheckpoint = await Eventually.Get(() => spain.Store.Audit.GetLastAsync(AuditEventKinds.CheckpointWritten, CancellationToken.None),
            "the first checkpoint to be signed");
        var runs = 0;
        var breaks = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var enough = new CancellationTokenSource();
        // Auditors at several desks pressing "verify" at once: each run is one more chance to straddle a checkpoint.
        var verifiers = Enumerable.Range(0, Verifiers).Select(_ => Task.Run(async () =>
        {
            while (!enough.IsCancellationRequested)
            {
                var result = await spain.Services.AuditVerifier.VerifyAsync(CancellationToken.None);
                var run = Interlocked.Increment(ref runs);
                if (!result.IsIntact) breaks.Enqueue($"run {run}: {result.Problem}");
            }
        })).ToList();
        await Eventually.Until(async () => await CountCheckpointsAfterAsync(spain, firstCheckpoint.Sequence) >= CheckpointsDuringVerification,
            $"{CheckpointsDuringVerification} checkpoints to be signed during the verifications", TimeSpan.FromMinutes(2));
        await enough.CancelAsync();
        await Task.WhenAll(verifiers);
        await stop.CancelAsync();
        await traffic;

        TestContext.Out.WriteLine($"{runs} verifications during {sent} requests and {CheckpointsDuringVerification} checkpoints: {breaks.Count} reported a break");
        Assert.That(breaks, Is.Empty, $"{breaks.Count} of {runs} verifications reported a break that is not there");
        Assert.That(sent, Is.GreaterThan(CheckpointsDuringVerification), "requests kept arriving during the verifications");
        var atRest = await spain.Services.AuditVerifier.VerifyAsync(CancellationToken.None);
        Assert.That(atRest.IsIntact, Is.True, atRest.Problem);
    }

    private static async Task<int> CountCheckpointsAfterAsync(TestGateway gateway, long sequence) =>
        await Task.Run(() => gateway.Store.Audit.ReadRows(sequence + 1, null, CancellationToken.None).Count(r => r.Kind == AuditEventKinds.CheckpointWritten));
}
