using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>What operators see and do: list, show, counts, retry now, replay from dead letter.</summary>
public sealed class OutboxOperatorTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task Retry_now_makes_a_waiting_message_due_at_once_and_keeps_its_attempts()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1")], None);
        var lease = (await harness.Store.LeaseDueAsync("es", "a", 1, None))[0].Lease;
        await harness.Store.ScheduleRetryAsync(lease, StoreHarness.Attempt(AttemptOutcome.HttpError, 502), StoreHarness.Start.AddHours(1), None);

        var result = await harness.Store.RetryNowAsync("m1", "operator-test", None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.EqualTo(new OperatorActionResult(true, OutboxState.RetryWaiting)));
            Assert.That((await harness.Store.LeaseDueAsync("es", "a", 1, None)).Single().Attempts, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Retry_now_is_refused_for_messages_in_flight_delivered_or_dead_and_for_unknown_ids()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("sending"), StoreHarness.Message("delivered"), StoreHarness.Message("dead")], None);
        var leases = (await harness.Store.LeaseDueAsync("es", "a", 3, None)).ToDictionary(m => m.MessageId, m => m.Lease);
        await harness.Store.MarkDeliveredAsync(leases["delivered"], StoreHarness.Attempt(AttemptOutcome.Accepted), StoreHarness.Bytes("r"), None);
        await harness.Store.DeadLetterAsync(leases["dead"], null, "retry budget spent", None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await harness.Store.RetryNowAsync("sending", "operator-test", None), Is.EqualTo(new OperatorActionResult(false, OutboxState.Sending)));
            Assert.That(await harness.Store.RetryNowAsync("delivered", "operator-test", None), Is.EqualTo(new OperatorActionResult(false, OutboxState.Delivered)));
            Assert.That(await harness.Store.RetryNowAsync("dead", "operator-test", None), Is.EqualTo(new OperatorActionResult(false, OutboxState.DeadLettered)));
            Assert.That(await harness.Store.RetryNowAsync("unknown", "operator-test", None), Is.EqualTo(new OperatorActionResult(false, null)));
        }
    }

    [Test]
    public async Task Replay_puts_a_dead_letter_back_in_the_queue_with_a_fresh_budget_and_its_history()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1", request: StoreHarness.Request("r1"))], None);
        var lease = (await harness.Store.LeaseDueAsync("es", "a", 1, None))[0].Lease;
        await harness.Store.DeadLetterAsync(lease, StoreHarness.Attempt(AttemptOutcome.Rejected, 400), "rejected: unknown recipient", None);
        harness.Clock.Advance(TimeSpan.FromHours(2));

        var result = await harness.Store.ReplayDeadLetterAsync("m1", "operator-test", None);

        var detail = (await harness.Store.GetOutboxMessageAsync("m1", None))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.EqualTo(new OperatorActionResult(true, OutboxState.DeadLettered)));
            Assert.That(detail.Entry.State, Is.EqualTo(OutboxState.Queued));
            Assert.That(detail.Entry.Attempts, Is.Zero);
            Assert.That(detail.Entry.NextAttemptAt, Is.EqualTo(StoreHarness.Start.AddHours(2)));
            Assert.That(detail.Entry.DeadLetterReason, Is.Null);
            Assert.That(detail.History, Has.Count.EqualTo(1), "history is kept");
            Assert.That((await harness.Store.GetRequestAsync("r1", None))!.Status, Is.EqualTo(RequestStatus.Submitted));
            Assert.That(await harness.Store.ReplayDeadLetterAsync("m1", "operator-test", None), Is.EqualTo(new OperatorActionResult(false, OutboxState.Queued)));
        }
        var next = (await harness.Store.LeaseDueAsync("es", "a", 1, None)).Single();
        await harness.Store.RecordAttemptAsync(next.Lease, StoreHarness.Attempt(AttemptOutcome.Timeout), None);
        Assert.That((await harness.Store.GetOutboxMessageAsync("m1", None))!.History.Select(a => a.Number), Is.EqualTo(new[] { 1, 2 }), "numbers never restart");
    }

    [Test]
    public async Task Lists_by_state_and_partner_in_order_of_arrival_page_after_page()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync(Enumerable.Range(1, 7).Select(i => StoreHarness.Message($"m{i}", i % 2 == 0 ? "pt" : "es")).ToList(), None);
        await harness.Store.LeaseDueAsync("es", "a", 1, None);

        var firstPage = await harness.Store.ListOutboxAsync(new OutboxQuery(PartnerId: "es", Limit: 2), None);
        var secondPage = await harness.Store.ListOutboxAsync(new OutboxQuery(PartnerId: "es", AfterSequence: firstPage[^1].Sequence, Limit: 2), None);
        var queuedEs = await harness.Store.ListOutboxAsync(new OutboxQuery(OutboxState.Queued, "es"), None);
        var sending = await harness.Store.ListOutboxAsync(new OutboxQuery(OutboxState.Sending), None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(firstPage.Select(e => e.MessageId), Is.EqualTo(new[] { "m1", "m3" }));
            Assert.That(secondPage.Select(e => e.MessageId), Is.EqualTo(new[] { "m5", "m7" }));
            Assert.That(queuedEs.Select(e => e.MessageId), Is.EqualTo(new[] { "m3", "m5", "m7" }));
            Assert.That(sending.Select(e => e.MessageId), Is.EqualTo(new[] { "m1" }));
        }
    }

    [Test]
    public async Task Show_returns_null_for_an_unknown_message()
    {
        await using var harness = await StoreHarness.CreateAsync();
        Assert.That(await harness.Store.GetOutboxMessageAsync("nope", None), Is.Null);
    }

    [Test]
    public async Task Counts_what_waits_per_partner_without_the_delivered()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync(new[] { "q1", "q2", "s1", "r1", "d1", "x1" }.Select(id => StoreHarness.Message(id)).Append(StoreHarness.Message("pt1", "pt")).ToList(), None);
        var leases = (await harness.Store.LeaseDueAsync("es", "a", 6, None)).ToDictionary(m => m.MessageId, m => m.Lease);
        await harness.Store.ReleaseLeaseAsync(leases["q1"], None);
        await harness.Store.ReleaseLeaseAsync(leases["q2"], None);
        await harness.Store.ScheduleRetryAsync(leases["r1"], StoreHarness.Attempt(AttemptOutcome.Timeout), StoreHarness.Start.AddMinutes(1), None);
        await harness.Store.DeadLetterAsync(leases["x1"], null, "spent", None);
        await harness.Store.MarkDeliveredAsync(leases["d1"], StoreHarness.Attempt(AttemptOutcome.Accepted), StoreHarness.Bytes("r"), None);

        var counts = await harness.Store.CountByPartnerAsync(None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(counts, Is.EqualTo(new[] { new PartnerQueueCounts("es", 2, 1, 1, 1), new PartnerQueueCounts("pt", 1, 0, 0, 0) }));
            Assert.That(counts[0].Pending, Is.EqualTo(4));
        }
    }

    [TestCase(0)]
    [TestCase(1001)]
    public async Task Refuses_a_page_size_outside_one_to_a_thousand(int limit)
    {
        await using var harness = await StoreHarness.CreateAsync();
        Assert.That(() => harness.Store.ListOutboxAsync(new OutboxQuery(Limit: limit), None), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
