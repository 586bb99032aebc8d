using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Tests.Storage;

namespace CooperJus.Gateway.Core.Tests.Audit;

/// <summary>Retention removes the stored copies of old messages too, not only the audit bodies, and nothing breaks.</summary>
public sealed class RetentionTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task Old_delivered_and_exported_messages_lose_their_bodies_but_keep_their_receipts()
    {
        await using var audit = await AuditHarness.CreateAsync();
        var store = audit.Store.Store;
        await store.EnqueueAsync([StoreHarness.Message("m1", requestId: "r1")], None);
        var lease = (await store.LeaseDueAsync("es", "d", 1, None))[0].Lease;
        await store.MarkDeliveredAsync(lease, StoreHarness.Attempt(AttemptOutcome.Accepted, 202), StoreHarness.Bytes("their-receipt"), None);
        await store.StoreInboundAsync(StoreHarness.Inbound("in1"), StoreHarness.Bytes("our-receipt"), None);
        await store.MarkExportedAsync("in1", "/export/in1.xml", "ab", None);
        await audit.CheckpointAsync();
        audit.Store.Clock.Advance(TimeSpan.FromDays(40));

        await audit.Log.PruneBodiesAsync(audit.Store.Clock.GetUtcNow().AddDays(-30), "gateway", None);
        var detail = (await store.GetOutboxMessageAsync("m1", None))!;
        var resend = await store.StoreInboundAsync(StoreHarness.Inbound("in1"), StoreHarness.Bytes("our-receipt"), None);

        Assert.Multiple(async () =>
        {
            Assert.That(detail.SignedEnvelope.IsEmpty, Is.True, "the envelope is gone");
            Assert.That(detail.Receipt?.ToArray(), Is.EqualTo(StoreHarness.Bytes("their-receipt")), "the partner's receipt stays");
            Assert.That(RawDatabase.Scalar(audit.DatabasePath, "SELECT length(payload) + length(envelope) FROM inbox_content"), Is.EqualTo(0L));
            Assert.That((resend.IsDuplicate, resend.Receipt.ToArray()), Is.EqualTo((true, StoreHarness.Bytes("our-receipt"))), "a late resend still gets the original receipt");
            Assert.That((await audit.VerifyAsync()).IsIntact, Is.True);
        });
    }

    [Test]
    public async Task Messages_still_pending_keep_their_envelopes_whatever_their_age()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.Store.Store.EnqueueAsync([StoreHarness.Message("waiting", requestId: "r1")], None);
        audit.Store.Clock.Advance(TimeSpan.FromDays(40));

        await audit.Log.PruneBodiesAsync(audit.Store.Clock.GetUtcNow().AddDays(-30), "gateway", None);

        Assert.That((await audit.Store.Store.GetOutboxMessageAsync("waiting", None))!.SignedEnvelope.IsEmpty, Is.False);
    }
}
