using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>
/// Several threads and two "processes" (two stores, each with its own writer and connections, on one file) at once.
/// </summary>
public sealed class StoreConcurrencyTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task Two_processes_leasing_at_once_never_hand_out_the_same_message()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await using var second = await harness.OpenAnotherAsync();
        await harness.Store.EnqueueAsync(Enumerable.Range(0, 300).Select(i => StoreHarness.Message($"m{i}")).ToList(), None);

        var leased = await Task.WhenAll(
            Task.Run(() => LeaseUntilEmptyAsync(harness.Store, "process-a")),
            Task.Run(() => LeaseUntilEmptyAsync(second, "process-b")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(leased[0].Intersect(leased[1]), Is.Empty, "no message held by both");
            Assert.That(leased[0].Concat(leased[1]).Order(), Is.EquivalentTo(Enumerable.Range(0, 300).Select(i => $"m{i}")), "every message leased once");
            Assert.That((await harness.Store.CountByPartnerAsync(None)).Single(), Is.EqualTo(new PartnerQueueCounts("es", 0, 300, 0, 0)));
        }
    }

    [Test]
    public async Task Concurrent_writers_in_two_processes_all_commit()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await using var second = await harness.OpenAnotherAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => (i % 2 == 0 ? harness.Store : second).EnqueueAsync([StoreHarness.Message($"m{i}")], None))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Sum(r => r.Enqueued), Is.EqualTo(200));
            Assert.That(RawDatabase.Count(harness.Options.Path, "outbox"), Is.EqualTo(200));
            Assert.That(RawDatabase.Count(harness.Options.Path, "outbox_envelopes"), Is.EqualTo(200));
        }
    }

    [Test]
    public async Task A_write_that_fails_never_undoes_or_fails_the_writes_committed_with_it()
    {
        await using var harness = await StoreHarness.CreateAsync();
        FaultInjection.FailInsertOf(harness.Options.Path, "m25");

        // Issued together, so the writer commits many of them in one transaction; m25 fails after its request was written.
        var writes = Enumerable.Range(0, 50)
            .Select(i => harness.Store.EnqueueAsync([StoreHarness.Message($"m{i}", request: i == 25 ? StoreHarness.Request("r25") : null)], None))
            .ToList();
        var outcomes = await Task.WhenAll(writes.Select(async write =>
        {
            try
            {
                await write;
                return true;
            }
            catch (Microsoft.Data.Sqlite.SqliteException error) when (error.Message.Contains(FaultInjection.Message, StringComparison.Ordinal))
            {
                return false;
            }
        }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes.Select((ok, i) => (ok, i)).Where(o => !o.ok).Select(o => o.i), Is.EqualTo(new[] { 25 }));
            Assert.That(RawDatabase.Count(harness.Options.Path, "outbox"), Is.EqualTo(49));
            Assert.That(RawDatabase.Count(harness.Options.Path, "requests"), Is.Zero);
        }
    }

    [Test]
    public async Task A_write_cancelled_before_it_starts_is_not_made()
    {
        await using var harness = await StoreHarness.CreateAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.That(() => harness.Store.EnqueueAsync([StoreHarness.Message("m1")], cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => harness.Store.ListOutboxAsync(new OutboxQuery(), cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(RawDatabase.Count(harness.Options.Path, "outbox"), Is.Zero);
    }

    [Test]
    public async Task Writes_queued_before_disposal_are_committed_and_later_ones_refused()
    {
        var harness = await StoreHarness.CreateAsync();
        var store = harness.Store;
        var pending = Enumerable.Range(0, 20).Select(i => store.EnqueueAsync([StoreHarness.Message($"m{i}")], None)).ToList();

        await store.DisposeAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await Task.WhenAll(pending)).Sum(r => r.Enqueued), Is.EqualTo(20));
            Assert.That(() => store.EnqueueAsync([StoreHarness.Message("late")], None), Throws.InstanceOf<ObjectDisposedException>());
            Assert.That(RawDatabase.Count(harness.Options.Path, "outbox"), Is.EqualTo(20));
        }
        await harness.DisposeAsync();
    }

    private static async Task<List<string>> LeaseUntilEmptyAsync(IGatewayStore store, string owner)
    {
        var mine = new List<string>();
        while (true)
        {
            var batch = await store.LeaseDueAsync("es", owner, 7, None);
            if (batch.Count == 0) return mine;
            mine.AddRange(batch.Select(m => m.MessageId));
        }
    }
}
