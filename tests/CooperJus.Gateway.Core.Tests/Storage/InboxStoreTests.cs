using System.Text;
using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>The inbox: store with the receipt, de-duplicate on the message id, export exactly what was not exported.</summary>
public sealed class InboxStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task Stores_a_message_with_the_receipt_to_answer_with()
    {
        await using var harness = await StoreHarness.CreateAsync();

        var result = await harness.Store.StoreInboundAsync(StoreHarness.Inbound("m1"), StoreHarness.Bytes("receipt accepted"), None);

        var stored = (await harness.Store.ListUnexportedInboundAsync(0, 10, None)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsDuplicate, Is.False);
            Assert.That(result.PartnerId, Is.EqualTo("pe"));
            Assert.That(Encoding.UTF8.GetString(result.Receipt.Span), Is.EqualTo("receipt accepted"));
            Assert.That(stored.Sequence, Is.EqualTo(result.Sequence));
            Assert.That(stored.Message.MessageId, Is.EqualTo("m1"));
            Assert.That(stored.Message.RequestId, Is.EqualTo("req-m1"));
            Assert.That(Encoding.ASCII.GetString(stored.Message.SignedEnvelope.Span), Is.EqualTo("jws-of-m1"));
            Assert.That(Encoding.UTF8.GetString(stored.Message.Payload.Span), Is.EqualTo("""{"requestId":"req-m1"}"""));
            Assert.That(Encoding.UTF8.GetString(stored.Receipt.Span), Is.EqualTo("receipt accepted"));
            Assert.That(stored.StoredAt, Is.EqualTo(StoreHarness.Start));
        }
    }

    [Test]
    public async Task A_message_received_again_stores_nothing_and_returns_the_original_receipt()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var original = await harness.Store.StoreInboundAsync(StoreHarness.Inbound("m1"), StoreHarness.Bytes("original receipt"), None);
        harness.Clock.Advance(TimeSpan.FromMinutes(5));

        var resent = await harness.Store.StoreInboundAsync(StoreHarness.Inbound("m1") with { Payload = StoreHarness.Bytes("{}") }, StoreHarness.Bytes("new receipt"), None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resent.IsDuplicate, Is.True);
            Assert.That(resent.Sequence, Is.EqualTo(original.Sequence));
            Assert.That(Encoding.UTF8.GetString(resent.Receipt.Span), Is.EqualTo("original receipt"));
            Assert.That(RawDatabase.Count(harness.Options.Path, "inbox"), Is.EqualTo(1));
            Assert.That(RawDatabase.Count(harness.Options.Path, "inbox_content"), Is.EqualTo(1));
            Assert.That(Encoding.UTF8.GetString((await harness.Store.ListUnexportedInboundAsync(0, 10, None)).Single().Message.Payload.Span),
                Is.EqualTo("""{"requestId":"req-m1"}"""));
        }
    }

    [Test]
    public async Task A_message_id_replayed_by_another_partner_names_the_original_partner()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.StoreInboundAsync(StoreHarness.Inbound("m1", "pe"), StoreHarness.Bytes("r"), None);

        var replay = await harness.Store.StoreInboundAsync(StoreHarness.Inbound("m1", "br"), StoreHarness.Bytes("r2"), None);

        Assert.That((replay.IsDuplicate, replay.PartnerId), Is.EqualTo((true, "pe")));
    }

    [Test]
    public async Task Concurrent_copies_of_one_message_are_stored_once_and_all_answered_with_the_same_receipt()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await using var other = await harness.OpenAnotherAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? harness.Store : other).StoreInboundAsync(StoreHarness.Inbound("m1"), StoreHarness.Bytes($"receipt {i}"), None)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Count(r => !r.IsDuplicate), Is.EqualTo(1));
            Assert.That(results.Select(r => Encoding.UTF8.GetString(r.Receipt.Span)).Distinct().Count(), Is.EqualTo(1));
            Assert.That(RawDatabase.Count(harness.Options.Path, "inbox"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task After_a_restart_only_the_messages_not_yet_exported_are_listed()
    {
        await using var harness = await StoreHarness.CreateAsync();
        foreach (var id in new[] { "m1", "m2", "m3", "m4" }) await harness.Store.StoreInboundAsync(StoreHarness.Inbound(id), StoreHarness.Bytes("r"), None);
        await harness.Store.MarkExportedAsync("m2", "out/ES-2025-000117.xml", null, None);

        await using var restarted = await harness.OpenAnotherAsync();
        var firstPage = await restarted.ListUnexportedInboundAsync(0, 2, None);
        var secondPage = await restarted.ListUnexportedInboundAsync(firstPage[^1].Sequence, 2, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(firstPage.Select(m => m.Message.MessageId), Is.EqualTo(new[] { "m1", "m3" }));
            Assert.That(secondPage.Select(m => m.Message.MessageId), Is.EqualTo(new[] { "m4" }));
        }
    }

    [Test]
    public async Task Marking_exported_is_idempotent_and_keeps_the_first_time_and_place()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.StoreInboundAsync(StoreHarness.Inbound("m1"), StoreHarness.Bytes("r"), None);

        var first = await harness.Store.MarkExportedAsync("m1", "out/first.xml", null, None);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await harness.Store.MarkExportedAsync("m1", "out/second.xml", null, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((first, second), Is.EqualTo((true, true)));
            Assert.That(RawDatabase.Scalar(harness.Options.Path, "SELECT exported_to FROM inbox"), Is.EqualTo("out/first.xml"));
            Assert.That(RawDatabase.Scalar(harness.Options.Path, "SELECT exported_at FROM inbox"), Is.EqualTo(StoreHarness.Start.ToUnixTimeMilliseconds()));
            Assert.That(await harness.Store.MarkExportedAsync("unknown", null, null, None), Is.False);
        }
    }

    [Test]
    public async Task Rejected_evidence_is_kept_apart_and_never_offered_for_export()
    {
        await using var harness = await StoreHarness.CreateAsync();

        var first = await harness.Store.StoreRejectedInboundAsync(
            new RejectedInbound("signature does not verify with key pe-2025", StoreHarness.Bytes("tampered jws"), "pe", "m9", StoreHarness.Bytes("signed rejection")), None);
        var second = await harness.Store.StoreRejectedInboundAsync(new RejectedInbound("not a JWS", StoreHarness.Bytes("garbage")), None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second, Is.GreaterThan(first));
            Assert.That(await harness.Store.ListUnexportedInboundAsync(0, 10, None), Is.Empty);
            Assert.That(RawDatabase.Scalar(harness.Options.Path, $"SELECT reason FROM inbound_rejections WHERE seq = {first}"), Is.EqualTo("signature does not verify with key pe-2025"));
            Assert.That(RawDatabase.Scalar(harness.Options.Path, $"SELECT CAST(raw_body AS TEXT) FROM inbound_rejections WHERE seq = {first}"), Is.EqualTo("tampered jws"));
            Assert.That(RawDatabase.Scalar(harness.Options.Path, $"SELECT receipt FROM inbound_rejections WHERE seq = {second}"), Is.EqualTo(DBNull.Value));
            Assert.That(RawDatabase.Count(harness.Options.Path, "inbox"), Is.Zero);
        }
    }
}
