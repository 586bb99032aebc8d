using System.Diagnostics;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Tests.Support;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>
/// Durable-commit figures of this machine, printed, never asserted (timings are not a specification). Run with
/// <c>dotnet test --filter "FullyQualifiedName~StoreThroughputMeasurements"</c>.
/// </summary>
[Explicit("Measurement: prints figures, takes half a minute")]
public sealed class StoreThroughputMeasurements
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly byte[] Envelope = new byte[3000];

    [Test]
    public void Disk_fsync_rate()
    {
        using var folder = new TemporaryFolder();
        using var file = new FileStream(folder.Combine("fsync.bin"), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
        {
            file.Write(Envelope, 0, 512);
            file.Flush(flushToDisk: true);
        }
        Report("fsync of a 512-byte append", 1000, watch.Elapsed);
    }

    [Test]
    public async Task Enqueue_one_message_per_commit_sequentially()
    {
        await using var store = await OpenAsync();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++) await store.Store.EnqueueAsync([Message(i)], None);
        Report("sequential single enqueues (1 message per commit)", 1000, watch.Elapsed);
    }

    [TestCase(10)]
    [TestCase(100)]
    [TestCase(1000)]
    public async Task Enqueue_in_batches(int batchSize)
    {
        await using var store = await OpenAsync();
        var total = Math.Max(10_000, batchSize * 10);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < total; i += batchSize) await store.Store.EnqueueAsync(Enumerable.Range(i, batchSize).Select(Message).ToList(), None);
        Report($"batched enqueues ({batchSize} messages per call)", total, watch.Elapsed);
    }

    [TestCase(8)]
    [TestCase(64)]
    public async Task Enqueue_one_message_per_call_from_concurrent_callers(int callers)
    {
        await using var store = await OpenAsync();
        const int Total = 5000;
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Total) await store.Store.EnqueueAsync([Message(i)], None);
        })));
        Report($"single enqueues from {callers} concurrent callers (group commit)", Total, watch.Elapsed);
    }

    [TestCase(1)]
    [TestCase(64)]
    public async Task Inbound_store_with_receipt_from_concurrent_callers(int callers)
    {
        await using var store = await OpenAsync();
        var total = callers == 1 ? 1000 : 5000;
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                await store.Store.StoreInboundAsync(new InboundMessage($"in-{i}", "pe", "cooperation-request", null, Envelope, Envelope), Envelope, None);
            }
        })));
        Report($"inbound stores with receipt, {callers} concurrent callers", total, watch.Elapsed);
    }

    [TestCase(1)]
    [TestCase(32)]
    public async Task Lease_and_mark_delivered(int inFlight)
    {
        await using var store = await OpenAsync();
        const int Total = 5000;
        for (var i = 0; i < Total; i += 1000) await store.Store.EnqueueAsync(Enumerable.Range(i, 1000).Select(Message).ToList(), None);
        var watch = Stopwatch.StartNew();
        var delivered = 0;
        while (delivered < Total)
        {
            var leased = await store.Store.LeaseDueAsync("es", "bench", Math.Max(inFlight, 1) * 4, None);
            using var gate = new SemaphoreSlim(inFlight);
            await Task.WhenAll(leased.Select(async message =>
            {
                await gate.WaitAsync();
                try
                {
                    await store.Store.MarkDeliveredAsync(message.Lease, new DeliveryAttempt(TimeProvider.System.GetUtcNow(), AttemptOutcome.Accepted, 200), Envelope, None);
                }
                finally
                {
                    gate.Release();
                }
            }));
            delivered += leased.Count;
        }
        Report($"lease + mark delivered, {inFlight} deliveries in flight", Total, watch.Elapsed);
    }

    [Test]
    public async Task Restart_to_first_lease_with_100000_messages_queued()
    {
        using var folder = new TemporaryFolder();
        var options = new StoreOptions { Path = folder.Combine("gateway.db") };
        await using (var store = await SqliteGatewayStore.OpenAsync(options, TimeProvider.System, None))
        {
            for (var i = 0; i < 100_000; i += 1000)
            {
                await store.EnqueueAsync(Enumerable.Range(i, 1000).Select(n => Message(n) with { PartnerId = n % 10 == 0 ? "pt" : "es" }).ToList(), None);
            }
        }
        var watch = Stopwatch.StartNew();
        await using var restarted = await SqliteGatewayStore.OpenAsync(options, TimeProvider.System, None);
        var opened = watch.Elapsed;
        var released = await restarted.ReleaseLeasesOfOwnerAsync("bench", None);
        var partners = await restarted.GetDuePartnersAsync(None);
        var leased = await restarted.LeaseDueAsync(partners[0], "bench", 32, None);
        var firstLease = watch.Elapsed;
        var counts = await restarted.CountByPartnerAsync(None);
        var counted = watch.Elapsed;
        await TestContext.Out.WriteLineAsync(
            $"restart with 100,000 queued: open+migrate check {opened.TotalMilliseconds:F0} ms, first lease of {leased.Count} after " +
            $"{firstLease.TotalMilliseconds:F0} ms (released {released}, {partners.Count} partners due), counts in " +
            $"{(counted - firstLease).TotalMilliseconds:F0} ms ({counts.Sum(c => c.Pending)} pending), file {new FileInfo(options.Path).Length / 1_000_000} MB");
    }

    private static async Task<StoreHarness> OpenAsync() => await StoreHarness.CreateAsync();

    private static OutgoingMessage Message(int i) => new($"m{i}", "es", "cooperation-request", null, Envelope);

    private static void Report(string what, int count, TimeSpan elapsed) =>
        TestContext.Out.WriteLine($"{what}: {count} in {elapsed.TotalMilliseconds:F0} ms = {count / elapsed.TotalSeconds:F0}/s");
}
