using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;

namespace CooperJus.Gateway.IntegrationTests.Delivery;

/// <summary>
/// Spain's gateway processes each message, but its first answer never reaches Peru (a proxy swallows it after
/// forwarding). Peru cannot tell a lost receipt from a lost message, so it sends again; Spain recognises the message
/// id and answers <c>duplicate</c> carrying its original receipt. Every message ends delivered, and Spain's national
/// system gets each request exactly once.
/// </summary>
[TestFixture]
public sealed class LostReceiptTests
{
    private const int Requests = 5;

    private TestGateway _peru = null!;
    private TestGateway _spain = null!;
    private FakePartner _spainProxy = null!;

    [SetUp]
    public async Task CreateGateways()
    {
        _peru = TestGateway.Create("pe", "PE");
        _spain = TestGateway.Create("es", "ES");
        _spainProxy = await FakePartner.StartAsync(_spain.Url);
        await _spain.StartAsync(_peru.AsPartner());
        await _peru.StartAsync(_spain.AsPartner(_spainProxy.Url));
    }

    [TearDown]
    public async Task DisposeGateways()
    {
        await _peru.DisposeAsync();
        await _spainProxy.DisposeAsync();
        await _spain.DisposeAsync();
    }

    [TestCase(FakePartnerMode.LoseFirstAnswerAsBadGateway, AttemptOutcome.HttpError)]
    [TestCase(FakePartnerMode.LoseFirstAnswerByClosing, AttemptOutcome.NetworkError)]
    public async Task A_lost_receipt_is_answered_as_a_duplicate_on_resend_and_each_request_reaches_the_national_system_once(FakePartnerMode loss, AttemptOutcome seenBySender)
    {
        _spainProxy.Mode = loss;

        _peru.Drop("solicitudes_2026_lost.csv", SgfExport.File(SgfExport.Rows("SGF-LOST", Requests, "ESPAÑA")));

        var delivered = await Eventually.Get(async () => (await _peru.OutboxAsync()) is { Count: Requests } all && all.All(m => m.State == OutboxState.Delivered) ? all : null,
            "every message to end delivered");
        await Eventually.Until(() => _spain.ExportedFiles().Count >= Requests, "Spain's national export to hold the requests");
        foreach (var message in delivered) await AssertDeliveredAsDuplicateAsync(message.MessageId, seenBySender);
        Assert.Multiple(() =>
        {
            Assert.That(_spain.ExportedFiles(), Is.EquivalentTo(delivered.Select(m => _spain.ExportNameOf(m.RequestId!))), "each request exactly once in Spain's export");
            Assert.That(StoreInspector.InboxMessageIds(_spain.StorePath), Is.EquivalentTo(delivered.Select(m => m.MessageId)), "each message stored once by Spain");
        });
    }

    private async Task AssertDeliveredAsDuplicateAsync(string messageId, AttemptOutcome seenBySender)
    {
        var detail = (await _peru.Store.GetOutboxMessageAsync(messageId, CancellationToken.None))!;
        var receipt = await new ReceiptVerifier(_peru.Services.Partners, _peru.Services.Messaging, TimeProvider.System)
            .VerifyAsync(detail.Receipt!.Value, new SentEnvelope(messageId, _spain.Id, Hash(detail.SignedEnvelope)));
        Assert.Multiple(() =>
        {
            Assert.That(_spainProxy.RequestsFor(messageId).Count(r => r.Forwarded), Is.GreaterThanOrEqualTo(2), "Spain received the message again");
            Assert.That(detail.History[0].Outcome, Is.EqualTo(seenBySender), "the first answer was lost");
            Assert.That(detail.History[^1].Outcome, Is.EqualTo(AttemptOutcome.Duplicate));
            Assert.That(receipt.Errors, Is.Empty, "the stored receipt verifies with Spain's key");
            Assert.That(receipt.Receipt?.Outcome, Is.EqualTo(ReceiptOutcome.Duplicate));
            Assert.That(receipt.OriginalReceipt?.Outcome, Is.EqualTo(ReceiptOutcome.Accepted), "it carries Spain's original receipt");
            Assert.That(receipt.OriginalReceipt?.MessageId, Is.EqualTo(messageId));
        });
    }

    private static string Hash(ReadOnlyMemory<byte> bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes.Span));
}
