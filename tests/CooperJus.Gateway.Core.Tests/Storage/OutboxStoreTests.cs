using System.Text;
using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>The outbox as the dispatcher uses it: enqueue, lease, and each way an attempt ends.</summary>
public sealed class OutboxStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task Enqueued_messages_are_queued_and_due_at_once()
    {
        await using var harness = await StoreHarness.CreateAsync();

        var result = await harness.Store.EnqueueAsync([StoreHarness.Message("m1"), StoreHarness.Message("m2", "pt")], None);

        var entry = (await harness.Store.GetOutboxMessageAsync("m1", None))!.Entry;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.EqualTo(new EnqueueResult(2, [])).Using<EnqueueResult>((a, b) => a.Enqueued == b.Enqueued && a.AlreadyPresent.SequenceEqual(b.AlreadyPresent)));
            Assert.That(entry.State, Is.EqualTo(OutboxState.Queued));
            Assert.That(entry.NextAttemptAt, Is.EqualTo(StoreHarness.Start));
            Assert.That(entry.EnqueuedAt, Is.EqualTo(StoreHarness.Start));
            Assert.That(entry.Attempts, Is.Zero);
            Assert.That(await harness.Store.GetDuePartnersAsync(None), Is.EqualTo(new[] { "es", "pt" }));
        }
    }

    [Test]
    public async Task Enqueue_is_idempotent_on_the_message_id_and_never_resets_a_message()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1")], None);
        await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None);

        var again = await harness.Store.EnqueueAsync([StoreHarness.Message("m1"), StoreHarness.Message("m2")], None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.Enqueued, Is.EqualTo(1));
            Assert.That(again.AlreadyPresent, Is.EqualTo(new[] { "m1" }));
            Assert.That((await harness.Store.GetOutboxMessageAsync("m1", None))!.Entry.State, Is.EqualTo(OutboxState.Sending));
        }
    }

    [Test]
    public async Task Leases_due_messages_of_one_partner_oldest_first_up_to_the_maximum()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1"), StoreHarness.Message("other", "pt")], None);
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await harness.Store.EnqueueAsync([StoreHarness.Message("m2"), StoreHarness.Message("m3")], None);

        var leased = await harness.Store.LeaseDueAsync("es", "dispatcher-a", 2, None);

        var expires = harness.Clock.GetUtcNow() + TimeSpan.FromMinutes(2);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(leased.Select(m => m.MessageId), Is.EqualTo(new[] { "m1", "m2" }));
            Assert.That(leased.Select(m => m.Lease.Owner).Distinct(), Is.EqualTo(new[] { "dispatcher-a" }));
            Assert.That(leased.Select(m => m.Lease.ExpiresAt).Distinct(), Is.EqualTo(new[] { expires }));
            Assert.That(Encoding.ASCII.GetString(leased[0].SignedEnvelope.Span), Is.EqualTo("eyJhbGciOiJFUzI1NiJ9.m1.sig"), "the exact bytes enqueued");
            Assert.That(leased[0].Attempts, Is.Zero);
            var entry = (await harness.Store.GetOutboxMessageAsync("m1", None))!.Entry;
            Assert.That(entry.State, Is.EqualTo(OutboxState.Sending));
            Assert.That(entry.LeaseOwner, Is.EqualTo("dispatcher-a"));
            Assert.That(entry.LeaseExpiresAt, Is.EqualTo(expires));
            Assert.That(entry.NextAttemptAt, Is.Null);
        }
    }

    [Test]
    public async Task A_leased_message_is_not_leased_again_before_its_lease_expires()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1")], None);
        await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None);
        harness.Clock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromMilliseconds(1));

        Assert.That(await harness.Store.LeaseDueAsync("es", "dispatcher-b", 10, None), Is.Empty);
    }

    [Test]
    public async Task An_expired_lease_is_taken_over_and_the_old_holder_can_no_longer_complete()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1")], None);
        var stale = (await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None))[0].Lease;
        harness.Clock.Advance(TimeSpan.FromMinutes(2));

        var fresh = (await harness.Store.LeaseDueAsync("es", "dispatcher-b", 10, None)).Single().Lease;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fresh.Token, Is.GreaterThan(stale.Token));
            Assert.That(await harness.Store.MarkDeliveredAsync(stale, StoreHarness.Attempt(AttemptOutcome.Accepted, 200), StoreHarness.Bytes("receipt"), None), Is.False);
            Assert.That(await harness.Store.ScheduleRetryAsync(stale, StoreHarness.Attempt(AttemptOutcome.Timeout), StoreHarness.Start, None), Is.False);
            Assert.That(await harness.Store.DeadLetterAsync(stale, null, "no", None), Is.False);
            Assert.That(await harness.Store.RecordAttemptAsync(stale, StoreHarness.Attempt(AttemptOutcome.Timeout), None), Is.False);
            Assert.That(await harness.Store.ReleaseLeaseAsync(stale, None), Is.False);
            Assert.That(await harness.Store.RenewLeaseAsync(stale, None), Is.Null);
            Assert.That((await harness.Store.GetOutboxMessageAsync("m1", None))!.History, Is.Empty, "nothing of the stale holder was stored");
            Assert.That(await harness.Store.MarkDeliveredAsync(fresh, StoreHarness.Attempt(AttemptOutcome.Accepted, 200), StoreHarness.Bytes("receipt"), None), Is.True);
        }
    }

    [Test]
    public async Task The_same_owner_leasing_again_after_expiry_invalidates_its_own_old_lease()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1")], None);
        var first = (await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None))[0].Lease;
        harness.Clock.Advance(TimeSpan.FromMinutes(3));
        await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None);

        Assert.That(await harness.Store.MarkDeliveredAsync(first, StoreHarness.Attempt(AttemptOutcome.Accepted), StoreHarness.Bytes("r"), None), Is.False);
    }

    [Test]
    public async Task An_expired_lease_nobody_took_over_still_completes()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1")], None);
        var lease = (await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None))[0].Lease;
        harness.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.That(await harness.Store.MarkDeliveredAsync(lease, StoreHarness.Attempt(AttemptOutcome.Accepted), StoreHarness.Bytes("r"), None), Is.True);
    }

    [Test]
    public async Task Delivery_stores_the_receipt_and_the_attempt_and_moves_the_request_to_delivered()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1", request: StoreHarness.Request("r1"))], None);
        var lease = (await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None))[0].Lease;
        harness.Clock.Advance(TimeSpan.FromSeconds(3));

        var delivered = await harness.Store.MarkDeliveredAsync(lease, StoreHarness.Attempt(AttemptOutcome.Accepted, 200), StoreHarness.Bytes("signed receipt"), None);

        var detail = (await harness.Store.GetOutboxMessageAsync("m1", None))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(delivered, Is.True);
            Assert.That(detail.Entry.State, Is.EqualTo(OutboxState.Delivered));
            Assert.That(detail.Entry.DeliveredAt, Is.EqualTo(StoreHarness.Start.AddSeconds(3)));
            Assert.That(detail.Entry.LeaseOwner, Is.Null);
            Assert.That(detail.Entry.Attempts, Is.EqualTo(1));
            Assert.That(Encoding.UTF8.GetString(detail.Receipt!.Value.Span), Is.EqualTo("signed receipt"));
            Assert.That(detail.History, Is.EqualTo(new[] { new AttemptRecord(1, StoreHarness.Start, AttemptOutcome.Accepted, 200, null) }));
            Assert.That((await harness.Store.GetRequestAsync("r1", None))!.Status, Is.EqualTo(RequestStatus.Delivered));
            Assert.That(await harness.Store.MarkDeliveredAsync(lease, StoreHarness.Attempt(AttemptOutcome.Accepted), StoreHarness.Bytes("again"), None), Is.False, "delivered once");
            Assert.That(await harness.Store.GetEarliestDueAsync(null, None), Is.Null, "nothing pending");
        }
    }

    [Test]
    public async Task A_scheduled_retry_waits_until_its_time_then_is_leased_with_its_attempts_counted()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1")], None);
        var lease = (await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None))[0].Lease;
        var next = StoreHarness.Start.AddSeconds(30);

        var scheduled = await harness.Store.ScheduleRetryAsync(lease, StoreHarness.Attempt(AttemptOutcome.HttpError, 503), next, None);

        var entry = (await harness.Store.GetOutboxMessageAsync("m1", None))!.Entry;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(scheduled, Is.True);
            Assert.That(entry.State, Is.EqualTo(OutboxState.RetryWaiting));
            Assert.That(entry.NextAttemptAt, Is.EqualTo(next));
            Assert.That(entry.LastError, Is.EqualTo("http-error (HTTP 503)"));
            Assert.That(await harness.Store.GetEarliestDueAsync("es", None), Is.EqualTo(next));
            Assert.That(await harness.Store.GetDuePartnersAsync(None), Is.Empty);
            Assert.That(await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None), Is.Empty);
        }
        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        var again = await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None);
        Assert.That(again.Single().Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task Attempts_within_one_lease_are_recorded_and_the_lease_is_kept()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1")], None);
        var lease = (await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None))[0].Lease;

        await harness.Store.RecordAttemptAsync(lease, StoreHarness.Attempt(AttemptOutcome.NetworkError, error: "Connection refused"), None);
        await harness.Store.RecordAttemptAsync(lease, StoreHarness.Attempt(AttemptOutcome.Timeout), None);

        var detail = (await harness.Store.GetOutboxMessageAsync("m1", None))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(detail.Entry.State, Is.EqualTo(OutboxState.Sending));
            Assert.That(detail.Entry.Attempts, Is.EqualTo(2));
            Assert.That(detail.Entry.LastError, Is.EqualTo("timeout"));
            Assert.That(detail.History.Select(a => (a.Number, a.Outcome, a.Error)), Is.EqualTo(new[]
            {
                (1, AttemptOutcome.NetworkError, (string?)"Connection refused"), (2, AttemptOutcome.Timeout, null),
            }));
            Assert.That(await harness.Store.MarkDeliveredAsync(lease, StoreHarness.Attempt(AttemptOutcome.Duplicate, 200), StoreHarness.Bytes("original receipt"), None), Is.True);
        }
    }

    [Test]
    public async Task A_dead_letter_keeps_its_reason_is_never_leased_and_makes_the_request_undeliverable()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1", request: StoreHarness.Request("r1"))], None);
        var lease = (await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None))[0].Lease;

        await harness.Store.DeadLetterAsync(lease, StoreHarness.Attempt(AttemptOutcome.Rejected, 422, "schema: /persons/0/birthDate"), "rejected by es: schema: /persons/0/birthDate", None);
        harness.Clock.Advance(TimeSpan.FromDays(1));

        var entry = (await harness.Store.GetOutboxMessageAsync("m1", None))!.Entry;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.State, Is.EqualTo(OutboxState.DeadLettered));
            Assert.That(entry.DeadLetterReason, Is.EqualTo("rejected by es: schema: /persons/0/birthDate"));
            Assert.That(entry.LastError, Is.EqualTo("schema: /persons/0/birthDate"));
            Assert.That(entry.Attempts, Is.EqualTo(1));
            Assert.That(await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None), Is.Empty);
            Assert.That((await harness.Store.GetRequestAsync("r1", None))!.Status, Is.EqualTo(RequestStatus.Undeliverable));
        }
    }

    [Test]
    public async Task A_released_lease_makes_the_message_due_again_without_counting_an_attempt()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1")], None);
        var lease = (await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None))[0].Lease;

        Assert.That(await harness.Store.ReleaseLeaseAsync(lease, None), Is.True);

        var entry = (await harness.Store.GetOutboxMessageAsync("m1", None))!.Entry;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.State, Is.EqualTo(OutboxState.Queued));
            Assert.That(entry.Attempts, Is.Zero);
            Assert.That(await harness.Store.LeaseDueAsync("es", "dispatcher-b", 10, None), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task At_start_up_an_instance_releases_the_leases_its_previous_process_held()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1"), StoreHarness.Message("m2"), StoreHarness.Message("m3")], None);
        var crashed = await harness.Store.LeaseDueAsync("es", "gateway-pe-1", 2, None);
        await harness.Store.RecordAttemptAsync(crashed[1].Lease, StoreHarness.Attempt(AttemptOutcome.Timeout), None);
        await harness.Store.LeaseDueAsync("es", "gateway-pe-2", 1, None);

        await using var restarted = await harness.OpenAnotherAsync();
        var released = await restarted.ReleaseLeasesOfOwnerAsync("gateway-pe-1", None);

        var states = (await restarted.ListOutboxAsync(new OutboxQuery(), None)).Select(e => (e.MessageId, e.State));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(released, Is.EqualTo(2));
            Assert.That(states, Is.EqualTo(new[] { ("m1", OutboxState.Queued), ("m2", OutboxState.RetryWaiting), ("m3", OutboxState.Sending) }));
            Assert.That((await restarted.LeaseDueAsync("es", "gateway-pe-1", 10, None)).Select(m => m.MessageId), Is.EqualTo(new[] { "m1", "m2" }));
        }
    }

    [Test]
    public async Task A_renewed_lease_lasts_a_full_lease_duration_from_now()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1")], None);
        var lease = (await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None))[0].Lease;
        harness.Clock.Advance(TimeSpan.FromMinutes(1));

        var renewed = await harness.Store.RenewLeaseAsync(lease, None);
        harness.Clock.Advance(TimeSpan.FromMinutes(1.5));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(renewed, Is.EqualTo(lease with { ExpiresAt = StoreHarness.Start.AddMinutes(3) }));
            Assert.That(await harness.Store.LeaseDueAsync("es", "dispatcher-b", 10, None), Is.Empty);
            Assert.That(await harness.Store.GetEarliestDueAsync(null, None), Is.EqualTo(StoreHarness.Start.AddMinutes(3)), "the dispatcher wakes at the expiry");
        }
    }

    [Test]
    public async Task Uses_the_configured_lease_duration()
    {
        await using var harness = await StoreHarness.CreateAsync(options => options.LeaseDuration = TimeSpan.FromSeconds(15));
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1")], None);

        var lease = (await harness.Store.LeaseDueAsync("es", "dispatcher-a", 10, None))[0].Lease;

        Assert.That(lease.ExpiresAt, Is.EqualTo(StoreHarness.Start.AddSeconds(15)));
    }

    [Test]
    public async Task The_earliest_due_time_is_null_when_nothing_is_pending_and_per_partner_otherwise()
    {
        await using var harness = await StoreHarness.CreateAsync();
        Assert.That(await harness.Store.GetEarliestDueAsync(null, None), Is.Null);
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1")], None);
        var lease = (await harness.Store.LeaseDueAsync("es", "a", 1, None))[0].Lease;
        await harness.Store.ScheduleRetryAsync(lease, StoreHarness.Attempt(AttemptOutcome.Timeout), StoreHarness.Start.AddMinutes(10), None);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.Store.EnqueueAsync([StoreHarness.Message("m2", "pt")], None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await harness.Store.GetEarliestDueAsync(null, None), Is.EqualTo(StoreHarness.Start.AddMinutes(1)));
            Assert.That(await harness.Store.GetEarliestDueAsync("es", None), Is.EqualTo(StoreHarness.Start.AddMinutes(10)));
            Assert.That(await harness.Store.GetEarliestDueAsync("br", None), Is.Null);
            Assert.That(await harness.Store.GetDuePartnersAsync(None), Is.EqualTo(new[] { "pt" }));
        }
    }

    [TestCase(0)]
    [TestCase(1001)]
    public async Task Refuses_a_lease_size_outside_one_to_a_thousand(int maxCount)
    {
        await using var harness = await StoreHarness.CreateAsync();
        Assert.That(() => harness.Store.LeaseDueAsync("es", "a", maxCount, None), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
