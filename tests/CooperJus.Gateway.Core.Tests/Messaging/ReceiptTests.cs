using System.Text;
using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>
/// Receipts: Spain signs what it did with Peru's message, and Peru trusts the receipt only if it is Spain's, for
/// that message, over the very bytes Peru sent.
/// </summary>
[TestFixture]
public sealed class ReceiptTests
{
    [Test]
    public async Task Accepted_receipt_verifies_on_the_sending_side()
    {
        using var world = new MessagingWorld();
        var (sent, received, receipt) = await world.DeliverAsync();

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(receipt.Body, sent.Sent);

        Assert.Multiple(() =>
        {
            Assert.That(checkedReceipt.Errors, Is.Empty);
            Assert.That(checkedReceipt.IsDelivered, Is.True);
            Assert.That(checkedReceipt.IsRejected, Is.False);
            Assert.That(checkedReceipt.Receipt, Is.EqualTo(receipt.Receipt).Using<Receipt>(SameReceipt));
            Assert.That(checkedReceipt.Receipt!.ReceivedAt, Is.EqualTo(received.ReceivedAt));
        });
    }

    [Test]
    public async Task Accepted_receipt_names_the_message_both_gateways_and_the_hash_of_the_bytes_received()
    {
        using var world = new MessagingWorld();
        var (sent, _, receipt) = await world.DeliverAsync();

        Assert.That(receipt.Receipt, Is.EqualTo(new Receipt
        {
            MessageId = sent.Envelope.MessageId,
            Receiver = MessagingWorld.SpainId,
            Sender = MessagingWorld.PeruId,
            ReceivedAt = MessagingWorld.Start,
            PayloadSha256 = sent.PayloadSha256,
            Outcome = ReceiptOutcome.Accepted,
            Errors = [],
        }).Using<Receipt>(SameReceipt));
    }

    [Test]
    public async Task Receipt_header_names_ES256_the_receivers_key_and_the_receipt_type()
    {
        using var world = new MessagingWorld();
        var (_, _, receipt) = await world.DeliverAsync();

        Assert.That(Jws.HeaderText(receipt.Jws), Is.EqualTo("""{"alg":"ES256","kid":"es-2025-01","typ":"cooperjus-receipt+jwt","cty":"json"}"""));
    }

    [Test]
    public async Task Rejected_receipt_carries_the_reasons_and_is_a_permanent_refusal()
    {
        using var world = new MessagingWorld();
        var sent = world.PeruSigner.Sign(world.EnvelopeToSpain() with { CreatedAt = MessagingWorld.Start.AddHours(1) });
        var received = await world.SpainVerifier.VerifyAsync(sent.Body);

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(world.SpainReceipts.Reject(received).Body, sent.Sent);

        Assert.Multiple(() =>
        {
            Assert.That(checkedReceipt.IsRejected, Is.True);
            Assert.That(checkedReceipt.IsDelivered, Is.False);
            Assert.That(checkedReceipt.Receipt!.Errors.Select(e => e.Rule), Is.EqualTo(new[] { MessagingRules.EnvelopeFromTheFuture }));
            Assert.That(PartnerProtocol.StatusCodeFor(checkedReceipt.Receipt), Is.EqualTo(422));
        });
    }

    [Test]
    public async Task Rejection_of_a_verified_envelope_can_carry_validation_errors()
    {
        using var world = new MessagingWorld();
        var (sent, received, _) = await world.DeliverAsync();
        var schemaError = new ProtocolError("schema", "/requestedAuthority/country: the value must match ^[A-Z]{2}$.");

        var receipt = world.SpainReceipts.Reject(received, [schemaError]);
        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(receipt.Body, sent.Sent);

        Assert.That(checkedReceipt.Receipt!.Errors, Is.EqualTo(new[] { schemaError }));
    }

    [Test]
    public async Task Receipt_for_an_unreadable_body_has_no_message_id_and_still_binds_the_bytes_sent()
    {
        using var world = new MessagingWorld(maxEnvelopeBytes: 1024);
        var sent = world.SealRequest();
        var received = await world.SpainVerifier.VerifyAsync(sent.Body);

        var receipt = world.SpainReceipts.Reject(received);
        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(receipt.Body, sent.Sent);

        Assert.Multiple(() =>
        {
            Assert.That(receipt.Receipt.MessageId, Is.Null);
            Assert.That(receipt.Receipt.Sender, Is.Null);
            Assert.That(receipt.StatusCode, Is.EqualTo(413));
            Assert.That(checkedReceipt.IsRejected, Is.True, () => string.Join("; ", checkedReceipt.Errors));
        });
    }

    [Test]
    public async Task Duplicate_receipt_carries_the_original_and_counts_as_delivered()
    {
        using var world = new MessagingWorld();
        var (sent, _, original) = await world.DeliverAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(10));
        var resent = await world.SpainVerifier.VerifyAsync(sent.Body);

        var duplicate = world.SpainReceipts.Duplicate(resent, original.Jws);
        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(duplicate.Body, sent.Sent);

        Assert.Multiple(() =>
        {
            Assert.That(checkedReceipt.Errors, Is.Empty);
            Assert.That(checkedReceipt.IsDelivered, Is.True);
            Assert.That(checkedReceipt.Receipt!.Outcome, Is.EqualTo(ReceiptOutcome.Duplicate));
            Assert.That(checkedReceipt.Receipt.OriginalReceipt, Is.EqualTo(original.Jws));
            Assert.That(checkedReceipt.OriginalReceipt!.ReceivedAt, Is.EqualTo(MessagingWorld.Start));
            Assert.That(duplicate.StatusCode, Is.EqualTo(200));
        });
    }

    [Test]
    public async Task Duplicate_whose_original_was_signed_with_a_key_since_retired_still_verifies()
    {
        using var world = new MessagingWorld();
        using var newSpainKey = GatewayKey.Generate("es-2026-01");
        var retiredAt = MessagingWorld.Start.AddDays(30);
        var peruDirectory = Directories.Of(Directories.Partner(MessagingWorld.SpainId, "ES", (world.SpainKey, null, retiredAt), (newSpainKey, retiredAt.AddDays(-1), null)));
        var (sent, _, original) = await world.DeliverAsync();
        world.Clock.Advance(TimeSpan.FromDays(60));
        var resent = await world.SpainVerifier.VerifyAsync(sent.Body);

        var duplicate = new ReceiptSigner(newSpainKey, MessagingWorld.SpainId).Duplicate(resent, original.Jws);
        var checkedReceipt = await new ReceiptVerifier(peruDirectory, world.PeruOptions, world.Clock).VerifyAsync(duplicate.Body, sent.Sent);

        Assert.That(checkedReceipt.Errors, Is.Empty);
    }

    [Test]
    public async Task Refuses_a_receipt_for_another_message()
    {
        using var world = new MessagingWorld();
        var (sent, _, _) = await world.DeliverAsync();
        var (_, _, otherReceipt) = await world.DeliverAsync();
        var other = otherReceipt.Receipt with { PayloadSha256 = sent.PayloadSha256 };

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(world.SpainReceipts.Sign(other).Body, sent.Sent);

        Assert.That(checkedReceipt.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.ReceiptWrongMessage, $"The receipt is for message '{other.MessageId}', but message '{sent.Envelope.MessageId}' was sent."),
        }));
    }

    [Test]
    public async Task Refuses_a_receipt_whose_hash_is_not_of_the_bytes_sent()
    {
        using var world = new MessagingWorld();
        var (sent, _, receipt) = await world.DeliverAsync();
        var wrongHash = new string('0', 64);

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(world.SpainReceipts.Sign(receipt.Receipt with { PayloadSha256 = wrongHash }).Body, sent.Sent);

        Assert.That(checkedReceipt.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.ReceiptHashMismatch, $"The receipt's payloadSha256 {wrongHash} is not the SHA-256 of the bytes sent ({sent.PayloadSha256})."),
        }));
    }

    [Test]
    public async Task Refuses_a_receipt_signed_by_a_partner_the_message_was_not_sent_to()
    {
        using var world = new MessagingWorld();
        using var brazilKey = GatewayKey.Generate("br-1");
        var peruDirectory = Directories.Of(
            Directories.Partner(MessagingWorld.SpainId, "ES", (world.SpainKey, null, null)),
            Directories.Partner("br-mpf", "BR", (brazilKey, null, null)));
        var (sent, _, receipt) = await world.DeliverAsync();
        var byBrazil = new ReceiptSigner(brazilKey, "br-mpf").Sign(receipt.Receipt with { Receiver = "br-mpf" });

        var checkedReceipt = await new ReceiptVerifier(peruDirectory, world.PeruOptions, world.Clock).VerifyAsync(byBrazil.Body, sent.Sent);

        Assert.That(checkedReceipt.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.ReceiptSignerMismatch, "The receipt is signed with key 'br-1' of partner 'br-mpf', but the message was sent to 'es-fge'."),
        }));
    }

    [Test]
    public async Task Refuses_a_receipt_naming_another_receiver()
    {
        using var world = new MessagingWorld();
        var (sent, _, receipt) = await world.DeliverAsync();
        var signer = new ReceiptSigner(world.SpainKey, "es-other");

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(signer.Sign(receipt.Receipt with { Receiver = "es-other" }).Body, sent.Sent);

        Assert.That(checkedReceipt.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.ReceiptSignerMismatch, "The receipt names 'es-other' as receiver, but the message was sent to 'es-fge'."),
        }));
    }

    [Test]
    public async Task Refuses_a_receipt_naming_another_sender()
    {
        using var world = new MessagingWorld();
        var (sent, _, receipt) = await world.DeliverAsync();

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(world.SpainReceipts.Sign(receipt.Receipt with { Sender = "cl-fn" }).Body, sent.Sent);

        Assert.That(checkedReceipt.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.ReceiptWrongSender, "The receipt names 'cl-fn' as sender, but this gateway is 'pe-mpfn'."),
        }));
    }

    [Test]
    public async Task Refuses_a_receipt_signed_with_an_unknown_key()
    {
        using var world = new MessagingWorld();
        using var stranger = GatewayKey.Generate("es-forged");
        var (sent, _, receipt) = await world.DeliverAsync();

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(new ReceiptSigner(stranger, MessagingWorld.SpainId).Sign(receipt.Receipt).Body, sent.Sent);

        Assert.That(checkedReceipt.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.ReceiptUnknownKey, "The receipt is signed with key 'es-forged', which no partner in this gateway's directory has."),
        }));
    }

    [Test]
    public async Task Refuses_a_receipt_signed_with_an_expired_key()
    {
        using var world = new MessagingWorld();
        var peruDirectory = Directories.Of(Directories.Partner(MessagingWorld.SpainId, "ES", (world.SpainKey, null, MessagingWorld.Start.AddDays(-1))));
        var (sent, _, receipt) = await world.DeliverAsync();

        var checkedReceipt = await new ReceiptVerifier(peruDirectory, world.PeruOptions, world.Clock).VerifyAsync(receipt.Body, sent.Sent);

        Assert.That(checkedReceipt.Errors.Select(e => e.Rule), Is.EqualTo(new[] { MessagingRules.ReceiptKeyNotValidNow }));
    }

    [Test]
    public async Task Refuses_a_receipt_changed_after_signing()
    {
        using var world = new MessagingWorld();
        var (sent, _, receipt) = await world.DeliverAsync();
        var tampered = Jws.WithPayload(receipt.Jws, Jws.PayloadText(receipt.Jws).Replace("accepted", "rejected", StringComparison.Ordinal));

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(tampered, sent.Sent);

        Assert.That(checkedReceipt.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.ReceiptBadSignature, "The signature does not verify with key 'es-2025-01' of partner 'es-fge': the receipt was changed after signing, or signed with another key."),
        }));
    }

    [Test]
    public async Task Refuses_a_receipt_received_beyond_the_clock_skew_in_the_future()
    {
        using var world = new MessagingWorld();
        var (sent, _, receipt) = await world.DeliverAsync();
        var future = receipt.Receipt with { ReceivedAt = MessagingWorld.Start.AddMinutes(6) };

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(world.SpainReceipts.Sign(future).Body, sent.Sent);

        Assert.That(checkedReceipt.Errors.Select(e => e.Rule), Is.EqualTo(new[] { MessagingRules.ReceiptFromTheFuture }));
    }

    [Test]
    public async Task Refuses_an_envelope_offered_as_a_receipt()
    {
        using var world = new MessagingWorld();
        var sent = world.SealRequest();

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(sent.Body, sent.Sent);

        Assert.That(checkedReceipt.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.ReceiptMalformed, "The JWS header has typ 'cooperjus-envelope+jwt'; receipts have typ 'cooperjus-receipt+jwt'."),
        }));
    }

    [Test]
    public async Task Refuses_a_receipt_over_the_size_limit()
    {
        using var world = new MessagingWorld();
        var sent = world.SealRequest();

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(new byte[1024 * 1024 + 1], sent.Sent);

        Assert.That(checkedReceipt.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.ReceiptTooLarge, "The receipt is 1048577 bytes; this gateway accepts at most 1048576 bytes."),
        }));
    }

    [Test]
    public async Task Receipt_read_from_a_stream_is_refused_past_the_size_limit_without_keeping_it()
    {
        using var world = new MessagingWorld();
        var sent = world.SealRequest();
        using var endless = new MemoryStream(new byte[3 * 1024 * 1024]);

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(endless, sent.Sent);

        Assert.That(checkedReceipt.Errors.Select(e => e.Rule), Is.EqualTo(new[] { MessagingRules.ReceiptTooLarge }));
    }

    [Test]
    public async Task Receipt_read_from_a_stream_verifies()
    {
        using var world = new MessagingWorld();
        var (sent, _, receipt) = await world.DeliverAsync();
        using var body = new MemoryStream(receipt.Body.ToArray());

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(body, sent.Sent);

        Assert.That(checkedReceipt.IsDelivered, Is.True);
    }

    /// <summary>Receipts that contradict themselves, each correctly signed by Spain and still refused.</summary>
    [TestCase("accepted", """[{"rule":"schema","message":"m"}]""", null, "An accepted receipt carries no errors.")]
    [TestCase("rejected", "[]", null, "A rejected receipt must say why in errors.")]
    [TestCase("duplicate", "[]", null, "A duplicate receipt must carry the original receipt.")]
    [TestCase("accepted", "[]", "a.b.c", "Only a duplicate receipt carries an original receipt.")]
    [TestCase("rejected", """[{"rule":"Bad Rule","message":"m"}]""", null, "Every error needs a rule id (lowercase words joined by dots and hyphens) and a message.")]
    public async Task Refuses_a_receipt_that_contradicts_itself(string outcome, string errors, string? original, string expected)
    {
        using var world = new MessagingWorld();
        var sent = world.SealRequest();
        var payload = $$"""{"messageId":"{{sent.Envelope.MessageId}}","receiver":"es-fge","sender":"pe-mpfn","receivedAt":"2025-06-02T09:00:00Z","payloadSha256":"{{sent.PayloadSha256}}","outcome":"{{outcome}}","errors":{{errors}}{{(original is null ? "" : $",\"originalReceipt\":\"{original}\"")}}}""";

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(JwsSigning.Sign(payload, world.SpainKey, PartnerProtocol.ReceiptType), sent.Sent);

        Assert.That(checkedReceipt.Errors, Is.EqualTo(new[] { new ProtocolError(MessagingRules.ReceiptMalformed, expected) }));
    }

    [Test]
    public async Task Refuses_a_duplicate_whose_original_is_for_another_message()
    {
        using var world = new MessagingWorld();
        var (sent, received, _) = await world.DeliverAsync();
        var (_, _, otherOriginal) = await world.DeliverAsync();

        var duplicate = world.SpainReceipts.Duplicate(received, otherOriginal.Jws);
        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(duplicate.Body, sent.Sent);

        Assert.That(checkedReceipt.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.ReceiptOriginalInvalid, $"The duplicate receipt's original receipt does not hold: it is for message '{otherOriginal.Receipt.MessageId}', not '{sent.Envelope.MessageId}'."),
        }));
    }

    [Test]
    public async Task Refuses_a_duplicate_whose_original_was_a_rejection()
    {
        using var world = new MessagingWorld();
        var (sent, received, _) = await world.DeliverAsync();
        var rejection = world.SpainReceipts.Reject(received, [new ProtocolError("schema", "bad")]);

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(world.SpainReceipts.Duplicate(received, rejection.Jws).Body, sent.Sent);

        Assert.That(checkedReceipt.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.ReceiptOriginalInvalid, "The duplicate receipt's original receipt does not hold: its outcome is rejected, not accepted."),
        }));
    }

    [Test]
    public async Task Refuses_a_duplicate_whose_original_was_tampered_with()
    {
        using var world = new MessagingWorld();
        var (sent, received, original) = await world.DeliverAsync();
        var tampered = Jws.WithPayload(original.Jws, Jws.PayloadText(original.Jws).Replace("09:00:00", "08:00:00", StringComparison.Ordinal));

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(world.SpainReceipts.Duplicate(received, tampered).Body, sent.Sent);

        Assert.That(checkedReceipt.Errors.Select(e => e.Rule), Is.EqualTo(new[] { MessagingRules.ReceiptOriginalInvalid }));
        Assert.That(checkedReceipt.Errors[0].Message, Does.Contain("The signature does not verify"));
    }

    [Test]
    public async Task Only_a_verified_envelope_can_be_accepted_or_answered_as_duplicate()
    {
        using var world = new MessagingWorld();
        var received = await world.SpainReceives("abcd.abcd.abcd");

        Assert.Multiple(() =>
        {
            Assert.That(() => world.SpainReceipts.Accept(received), Throws.ArgumentException);
            Assert.That(() => world.SpainReceipts.Duplicate(received, "a.b.c"), Throws.ArgumentException);
            Assert.That(world.SpainReceipts.Reject(received).Receipt.Outcome, Is.EqualTo(ReceiptOutcome.Rejected));
        });
    }

    [Test]
    public async Task A_rejection_needs_a_reason()
    {
        using var world = new MessagingWorld();
        var (_, received, _) = await world.DeliverAsync();

        Assert.That(() => world.SpainReceipts.Reject(received), Throws.ArgumentException.With.Message.StartWith("A rejection needs at least one error saying why."));
    }

    [Test]
    public async Task Refuses_to_sign_a_receipt_for_another_gateway()
    {
        using var world = new MessagingWorld();
        var (_, _, receipt) = await world.DeliverAsync();

        Assert.That(
            () => new ReceiptSigner(world.SpainKey, "es-other").Sign(receipt.Receipt),
            Throws.ArgumentException.With.Message.StartWith("The receipt's receiver is 'es-fge', but this signer signs for 'es-other'."));
    }

    [Test]
    public async Task Receipt_verifies_from_its_text_as_well_as_its_bytes()
    {
        using var world = new MessagingWorld();
        var (sent, _, receipt) = await world.DeliverAsync();

        var checkedReceipt = await world.PeruReceiptVerifier.VerifyAsync(Encoding.ASCII.GetString(receipt.Body.Span), sent.Sent);

        Assert.That(checkedReceipt.IsDelivered, Is.True);
    }

    private static bool SameReceipt(Receipt a, Receipt b) =>
        a with { Errors = [] } == b with { Errors = [] } && a.Errors.SequenceEqual(b.Errors);
}
