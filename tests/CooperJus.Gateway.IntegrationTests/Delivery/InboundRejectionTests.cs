using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Inbound;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using Microsoft.IdentityModel.Tokens;

namespace CooperJus.Gateway.IntegrationTests.Delivery;

/// <summary>
/// What a hostile or broken sender gets from Spain's real gateway: every refused envelope is answered with a receipt
/// signed by Spain that says which rule it broke (HTTP 422, or 413 when too large), the refused bytes are kept as
/// evidence (in full when a listed partner's key signed them; otherwise their size, SHA-256, client address and first
/// 4 KiB), and nothing of it reaches Spain's national system. A replay of an accepted envelope is answered
/// <c>duplicate</c> with the original receipt and written out once.
/// </summary>
[TestFixture]
public sealed class InboundRejectionTests
{
    private const int MaxEnvelopeBytes = 64 * 1024;

    private TestGateway _spain = null!;
    private PartnerIdentity _peru = null!;
    private PartnerIdentity _brazil = null!;
    private PartnerClient _client = null!;

    [SetUp]
    public async Task StartSpain()
    {
        _peru = new PartnerIdentity("pe", "PE");
        _brazil = new PartnerIdentity("br", "BR");
        _spain = TestGateway.Create("es", "ES").Set("Messaging:MaxEnvelopeBytes", MaxEnvelopeBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await _spain.StartAsync(_peru.AsPartner("http://127.0.0.1:9/"), _brazil.AsPartner("http://127.0.0.1:9/"));
        _client = new PartnerClient(_spain.AsPartner());
    }

    [TearDown]
    public async Task StopSpain()
    {
        _client.Dispose();
        await _spain.DisposeAsync();
        _peru.Dispose();
        _brazil.Dispose();
    }

    [TestCase(HostileEnvelope.SignedByUnknownKey, MessagingRules.EnvelopeUnknownKey, 422, false)]
    [TestCase(HostileEnvelope.SignedWithAnotherKeyUnderAListedKeyId, MessagingRules.EnvelopeBadSignature, 422, false)]
    [TestCase(HostileEnvelope.PayloadByteChanged, MessagingRules.EnvelopeBadSignature, 422, false)]
    [TestCase(HostileEnvelope.FromUnknownPartner, MessagingRules.EnvelopeUnknownKey, 422, false)]
    [TestCase(HostileEnvelope.FromAnotherPartnerThanTheKeyOwner, MessagingRules.EnvelopeSenderMismatch, 422, true)]
    [TestCase(HostileEnvelope.AddressedToAnotherGateway, MessagingRules.EnvelopeWrongRecipient, 422, true)]
    [TestCase(HostileEnvelope.Oversized, MessagingRules.EnvelopeTooLarge, 413, false)]
    [TestCase(HostileEnvelope.SchemaInvalid, "schema", 422, true)]
    public async Task A_refused_envelope_gets_a_signed_rejection_naming_the_rule_is_kept_as_evidence_and_never_reaches_the_national_system(
        HostileEnvelope kind, string rule, int status, bool signedByAListedKey)
    {
        var (body, claimedSender, messageId) = Build(kind);

        var (answered, answer) = await _client.PostAsync(body);

        var receipt = await _client.VerifyReceiptAsync(answer, body, claimedSender, messageId);
        var evidence = StoreInspector.Rejections(_spain.StorePath);
        Assert.Multiple(() =>
        {
            Assert.That(answered, Is.EqualTo(status));
            Assert.That(receipt.Errors, Is.Empty, "the rejection is signed by Spain and bound to the bytes sent");
            Assert.That(receipt.Receipt?.Outcome, Is.EqualTo(ReceiptOutcome.Rejected));
            Assert.That(receipt.Receipt?.Errors.Select(e => e.Rule), Does.Contain(rule));
            Assert.That(evidence, Has.Count.EqualTo(1));
            Assert.That(evidence[0].Reason, Does.Contain(rule));
            Assert.That(evidence[0].HasReceipt, Is.True, "the signed rejection is kept with the evidence");
            Assert.That(evidence[0].RawBodyLength, Is.EqualTo(signedByAListedKey ? body.Length : Math.Min(body.Length, InboundProcessor.UnattributedEvidenceBytes)),
                signedByAListedKey ? "what a partner's key signed is kept whole" : "of what no listed key signed, only the first 4 KiB are kept");
            Assert.That((evidence[0].BodySize, evidence[0].BodySha256), Is.EqualTo(((long)body.Length, Convert.ToHexStringLower(SHA256.HashData(body.Span)))), "the evidence names the whole body");
            Assert.That(evidence[0].ClientAddress, Is.EqualTo("127.0.0.1"));
            Assert.That(evidence[0].PartnerId, Is.EqualTo(signedByAListedKey ? _peru.Id : null), "the partner whose key signed it, if any");
            Assert.That(StoreInspector.InboxMessageIds(_spain.StorePath), Is.Empty);
        });
        await AssertOnlyAcceptedMessagesReachTheNationalSystemAsync();
    }

    [Test]
    public async Task A_replayed_envelope_is_answered_duplicate_with_the_original_receipt_and_exported_once()
    {
        var request = CanonicalRequests.Peruvian("SGF-REPLAY-1");
        var sent = _client.Seal(_peru, request);

        var (firstStatus, first) = await _client.PostAsync(sent.Body);
        var (replayStatus, replay) = await _client.PostAsync(sent.Body);

        var original = await _client.VerifyReceiptAsync(first, sent.Body, _peru.Id, sent.Envelope.MessageId);
        var duplicate = await _client.VerifyReceiptAsync(replay, sent.Body, _peru.Id, sent.Envelope.MessageId);
        Assert.Multiple(() =>
        {
            Assert.That((firstStatus, replayStatus), Is.EqualTo((200, 200)));
            Assert.That(original.Receipt?.Outcome, Is.EqualTo(ReceiptOutcome.Accepted));
            Assert.That(duplicate.Errors, Is.Empty);
            Assert.That(duplicate.Receipt?.Outcome, Is.EqualTo(ReceiptOutcome.Duplicate));
            Assert.That(duplicate.Receipt?.OriginalReceipt, Is.EqualTo(Encoding.ASCII.GetString(first)), "the original receipt, unchanged");
            Assert.That(StoreInspector.InboxMessageIds(_spain.StorePath), Is.EqualTo(new[] { sent.Envelope.MessageId }));
            Assert.That(StoreInspector.Rejections(_spain.StorePath), Is.Empty, "a replay is not an offence");
        });
        await Eventually.Until(() => _spain.ExportedFiles().Count > 0, "the request to be written out");
        Assert.That(_spain.ExportedFiles(), Is.EqualTo(new[] { _spain.ExportNameOf(request.RequestId) }));
    }

    [Test]
    public async Task A_message_id_already_used_by_another_partner_is_refused_and_changes_nothing()
    {
        var request = CanonicalRequests.Peruvian("SGF-REUSE-1");
        var original = _client.Seal(_peru, request);
        Assert.That((await _client.PostAsync(original.Body)).Status, Is.EqualTo(200));
        var impostor = request with { IssuingAuthority = request.IssuingAuthority with { CaseReference = "IMPOSTOR-1" }, Facts = request.Facts with { Summary = "IMPOSTOR" } };
        var replayed = _client.Seal(_brazil, impostor, messageId: original.Envelope.MessageId);

        var (status, answer) = await _client.PostAsync(replayed.Body);

        var receipt = await _client.VerifyReceiptAsync(answer, replayed.Body, _brazil.Id, original.Envelope.MessageId);
        var tracked = await _spain.Store.GetRequestAsync(request.RequestId, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(422));
            Assert.That(receipt.Receipt?.Outcome, Is.EqualTo(ReceiptOutcome.Rejected));
            Assert.That(receipt.Receipt?.Errors.Select(e => e.Rule), Does.Contain("envelope.message-id-reused"));
            Assert.That(StoreInspector.Rejections(_spain.StorePath).Select(r => (r.PartnerId, r.MessageId)), Is.EqualTo(new[] { ((string?)"br", (string?)original.Envelope.MessageId) }));
            Assert.That(tracked?.Request.PartnerId, Is.EqualTo("pe"), "the request still belongs to the partner that sent it");
            Assert.That(tracked?.Request.CaseReference, Is.EqualTo(request.IssuingAuthority.CaseReference));
        });
        await Eventually.Until(() => _spain.ExportedFiles().Count > 0, "the original request to be written out");
        var exported = File.ReadAllText(Path.Combine(_spain.ExportFolder, _spain.ExportNameOf(request.RequestId)));
        Assert.That(exported, Does.Not.Contain("IMPOSTOR"));
    }

    /// <summary>
    /// Sends one valid message and waits for it in the export folder: the export step is alive, and whatever was
    /// refused before it (exported in order of arrival) would be there by now too.
    /// </summary>
    private async Task AssertOnlyAcceptedMessagesReachTheNationalSystemAsync()
    {
        var request = CanonicalRequests.Peruvian("SGF-PROBE-1");
        var probe = _client.Seal(_peru, request);
        Assert.That((await _client.PostAsync(probe.Body)).Status, Is.EqualTo(200));
        await Eventually.Until(() => _spain.ExportedFiles().Count > 0, "the valid message to be written out");
        Assert.That(_spain.ExportedFiles(), Is.EqualTo(new[] { _spain.ExportNameOf(request.RequestId) }), "only the valid message reached the national system");
    }

    private (ReadOnlyMemory<byte> Body, string ClaimedSender, string MessageId) Build(HostileEnvelope kind)
    {
        var request = CanonicalRequests.Peruvian("SGF-HOSTILE-1");
        var payload = CanonicalRequests.Payload(request);
        switch (kind)
        {
            case HostileEnvelope.SignedByUnknownKey:
                using (var intruder = new PartnerIdentity("pe", "PE", keyId: "intruder-1")) return Sent(_client.Seal(intruder, payload));
            case HostileEnvelope.SignedWithAnotherKeyUnderAListedKeyId:
                using (var forger = new PartnerIdentity("pe", "PE", keyId: _peru.KeyId)) return Sent(_client.Seal(forger, payload));
            case HostileEnvelope.PayloadByteChanged:
                return Tampered(_client.Seal(_peru, payload));
            case HostileEnvelope.FromUnknownPartner:
                using (var stranger = new PartnerIdentity("xx-unknown", "XX")) return Sent(_client.Seal(stranger, payload));
            case HostileEnvelope.FromAnotherPartnerThanTheKeyOwner:
                return Sent(_client.Seal(_peru, payload, from: _brazil.Id));
            case HostileEnvelope.AddressedToAnotherGateway:
                return Sent(_client.Seal(_peru, payload, to: "br"));
            case HostileEnvelope.Oversized:
                var huge = request with { Facts = request.Facts with { Summary = new string('x', 2 * MaxEnvelopeBytes) } };
                return Sent(_client.Seal(_peru, huge));
            case HostileEnvelope.SchemaInvalid:
                var invalid = JsonNode.Parse(payload.GetRawText())!;
                invalid["kind"] = "whatever-you-like";
                return Sent(_client.Seal(_peru, CanonicalRequests.Element(invalid)));
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static (ReadOnlyMemory<byte>, string, string) Sent(SignedEnvelope envelope) => (envelope.Body, envelope.Envelope.From, envelope.Envelope.MessageId);

    /// <summary>Changes one byte of the signed payload ("Cusco" becomes "Cuzco") and keeps the signature.</summary>
    private static (ReadOnlyMemory<byte>, string, string) Tampered(SignedEnvelope envelope)
    {
        var parts = envelope.Jws.Split('.');
        var payload = Base64UrlEncoder.DecodeBytes(parts[1]);
        var at = Encoding.UTF8.GetString(payload).IndexOf("Cusco", StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThan(0), "the payload names Cusco (in ASCII, so the char index is the byte index)");
        payload[at + 2] = (byte)'z';
        var jws = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
        return (Encoding.ASCII.GetBytes(jws), envelope.Envelope.From, envelope.Envelope.MessageId);
    }
}
