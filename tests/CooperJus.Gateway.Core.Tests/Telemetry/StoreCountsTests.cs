using System.Diagnostics;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Tests.Storage;

namespace CooperJus.Gateway.Core.Tests.Telemetry;

/// <summary>What the store keeps for telemetry: the counts behind the gauges, and the trace context of each message.</summary>
public sealed class StoreCountsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task Counts_messages_by_partner_state_and_type_and_requests_by_status_with_the_overdue_ones()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var late = StoreHarness.Request("r-late", respondBy: DateOnly.FromDateTime(StoreHarness.Start.UtcDateTime).AddDays(-1));
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1", requestId: "r-late", request: late), StoreHarness.Message("m2"), StoreHarness.Message("m3", "pt")], None);
        var leased = await harness.Store.LeaseDueAsync("es", "dispatcher-a", 1, None);
        await harness.Store.MarkDeliveredAsync(leased[0].Lease, StoreHarness.Attempt(AttemptOutcome.Accepted, 200), StoreHarness.Bytes("receipt"), None);

        var counts = harness.Store.CountForMetrics();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(counts.Outbox.Select(c => (c.PartnerId, c.State, c.Kind, c.Count)), Is.EquivalentTo(new[]
            {
                ("es", "delivered", (string?)"cooperation-request", 1L), ("es", "queued", "cooperation-request", 1L), ("pt", "queued", "cooperation-request", 1L),
            }));
            Assert.That(counts.Requests.Select(c => (c.PartnerId, c.State, c.Kind, c.Count)), Is.EquivalentTo(new[] { ("es", "delivered", (string?)"outgoing", 1L) }));
            Assert.That(counts.Overdue, Is.EqualTo(1), "respond-by yesterday, not final");
            Assert.That(counts.Inbox, Is.Empty);
        }
    }

    [Test]
    public async Task The_trace_context_a_message_was_sealed_in_is_leased_with_it_by_a_store_opened_later()
    {
        await using var harness = await StoreHarness.CreateAsync();
        using var source = new ActivitySource("CooperJus.Gateway.Tests.Seal");
        using var listener = new ActivityListener { ShouldListenTo = s => s == source, Sample = (ref _) => ActivitySamplingResult.AllData };
        ActivitySource.AddActivityListener(listener);
        string sealedIn;
        OutgoingMessage message;
        using (var seal = source.StartActivity("seal")!)
        {
            sealedIn = seal.Id!;
            message = StoreHarness.Message("m1");
        }
        var untraced = StoreHarness.Message("m2");
        await harness.Store.EnqueueAsync([message, untraced], None);

        var restarted = await harness.OpenAnotherAsync();
        var leased = await restarted.LeaseDueAsync("es", "dispatcher-b", 10, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.TraceParent, Is.EqualTo(sealedIn).And.StartsWith("00-"), "taken from the current span when the message is made");
            Assert.That(leased.Single(m => m.MessageId == "m1").TraceParent, Is.EqualTo(sealedIn));
            Assert.That(leased.Single(m => m.MessageId == "m2").TraceParent, Is.Null, "made outside any span");
        }
    }
}
