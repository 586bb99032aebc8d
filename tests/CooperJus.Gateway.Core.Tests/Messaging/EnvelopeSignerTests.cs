using System.Security.Cryptography;
using System.Text.Json;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>Sealing a message: what the signed envelope holds, and that the receiver reads back exactly that.</summary>
[TestFixture]
public sealed class EnvelopeSignerTests
{
    [Test]
    public async Task Envelope_signed_by_a_partner_verifies_and_reads_back_unchanged()
    {
        using var world = new MessagingWorld();
        var sent = world.SealRequest();

        var received = await world.SpainVerifier.VerifyAsync(sent.Body);

        Assert.Multiple(() =>
        {
            Assert.That(received.IsValid, Is.True, () => string.Join("; ", received.Errors));
            Assert.That(received.Envelope!.MessageId, Is.EqualTo(sent.Envelope.MessageId));
            Assert.That(received.Envelope.Type, Is.EqualTo(MessageType.CooperationRequest));
            Assert.That(received.Envelope.From, Is.EqualTo(MessagingWorld.PeruId));
            Assert.That(received.Envelope.To, Is.EqualTo(MessagingWorld.SpainId));
            Assert.That(received.Envelope.CreatedAt, Is.EqualTo(MessagingWorld.Start));
            Assert.That(received.Envelope.Payload.GetRawText(), Is.EqualTo(JsonSerializer.Serialize(SomeRequests.Full(), CanonicalJson.CompactOptions)));
            Assert.That(received.Sender!.Id, Is.EqualTo(MessagingWorld.PeruId));
            Assert.That(received.KeyId, Is.EqualTo(MessagingWorld.PeruKid));
            Assert.That(received.Jws, Is.EqualTo(sent.Jws));
        });
    }

    [Test]
    public void Header_names_ES256_the_key_id_the_envelope_type_and_json_content()
    {
        using var world = new MessagingWorld();

        var header = Jws.HeaderText(world.SealRequest().Jws);

        Assert.That(header, Is.EqualTo("""{"alg":"ES256","kid":"pe-2025-01","typ":"cooperjus-envelope+jwt","cty":"json"}"""));
    }

    [Test]
    public void Payload_is_the_envelope_in_camelCase_with_the_document_inside()
    {
        using var world = new MessagingWorld();
        var sent = world.SealRequest();

        var payload = JsonDocument.Parse(Jws.PayloadText(sent.Jws)).RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(payload.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "messageId", "type", "from", "to", "createdAt", "payload" }));
            Assert.That(payload.GetProperty("type").GetString(), Is.EqualTo("cooperation-request"));
            Assert.That(payload.GetProperty("createdAt").GetString(), Is.EqualTo("2025-06-02T09:00:00+00:00"));
            Assert.That(payload.GetProperty("payload").GetProperty("requestId").GetString(), Is.EqualTo(SomeRequests.RequestId));
        });
    }

    [Test]
    public void Seal_gives_each_message_a_new_time_ordered_lowercase_uuid()
    {
        using var world = new MessagingWorld();
        var first = world.SealRequest().Envelope.MessageId;
        world.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = world.SealRequest().Envelope.MessageId;

        Assert.Multiple(() =>
        {
            Assert.That(first, Does.Match("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$"));
            Assert.That(string.CompareOrdinal(first, second), Is.Negative);
        });
    }

    [Test]
    public void Responses_are_sealed_as_cooperation_responses()
    {
        using var world = new MessagingWorld();

        var sent = world.PeruSigner.Seal(SomeResponses.Full(), MessagingWorld.SpainId);

        Assert.That(JsonDocument.Parse(Jws.PayloadText(sent.Jws)).RootElement.GetProperty("type").GetString(), Is.EqualTo("cooperation-response"));
    }

    [Test]
    public void Signed_envelope_knows_the_hash_of_its_exact_bytes_for_checking_the_receipt()
    {
        using var world = new MessagingWorld();
        var sent = world.SealRequest();

        Assert.Multiple(() =>
        {
            Assert.That(sent.Body.ToArray(), Is.EqualTo(Jws.Ascii(sent.Jws)));
            Assert.That(sent.PayloadSha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Jws.Ascii(sent.Jws)))));
            Assert.That(sent.Sent, Is.EqualTo(new SentEnvelope(sent.Envelope.MessageId, MessagingWorld.SpainId, sent.PayloadSha256)));
        });
    }

    [Test]
    public void Refuses_to_sign_an_envelope_from_another_gateway()
    {
        using var world = new MessagingWorld();

        Assert.That(
            () => world.PeruSigner.Sign(world.EnvelopeToSpain() with { From = "cl-fn" }),
            Throws.ArgumentException.With.Message.StartsWith("The envelope is from 'cl-fn', but this signer signs for 'pe-mpfn'."));
    }

    [TestCase("0197301C-3F00-7A2B-9C4D-5E6F7A8B9C0D", "The messageId '0197301C-3F00-7A2B-9C4D-5E6F7A8B9C0D' is not a lowercase UUID.")]
    [TestCase("not-a-uuid", "The messageId 'not-a-uuid' is not a lowercase UUID.")]
    public void Refuses_to_sign_a_message_id_that_is_not_a_lowercase_uuid(string messageId, string expected)
    {
        using var world = new MessagingWorld();

        Assert.That(() => world.PeruSigner.Sign(world.EnvelopeToSpain() with { MessageId = messageId }), Throws.ArgumentException.With.Message.StartsWith(expected));
    }

    [Test]
    public void Refuses_to_sign_a_payload_that_is_not_an_object()
    {
        using var world = new MessagingWorld();
        var envelope = world.EnvelopeToSpain() with { Payload = JsonDocument.Parse("[1]").RootElement };

        Assert.That(() => world.PeruSigner.Sign(envelope), Throws.ArgumentException.With.Message.StartsWith("The payload is a JSON array; it must be an object"));
    }

    [Test]
    public async Task Reading_the_body_from_a_stream_gives_the_same_verdict_as_from_memory()
    {
        using var world = new MessagingWorld();
        var sent = world.SealRequest();
        using var stream = new MemoryStream(sent.Body.ToArray());

        var received = await world.SpainVerifier.VerifyAsync(stream);

        Assert.Multiple(() =>
        {
            Assert.That(received.IsValid, Is.True);
            Assert.That(received.PayloadSha256, Is.EqualTo(sent.PayloadSha256));
            Assert.That(received.ByteCount, Is.EqualTo(sent.Body.Length));
        });
    }

    [Test]
    public async Task Signs_and_verifies_from_many_threads_at_once()
    {
        using var world = new MessagingWorld();
        var signer = world.PeruSigner;
        var verifier = world.SpainVerifier;

        var verdicts = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => verifier.VerifyAsync(signer.Seal(SomeRequests.Full(), MessagingWorld.SpainId).Body))));

        Assert.That(verdicts.Where(v => !v.IsValid), Is.Empty);
    }
}
