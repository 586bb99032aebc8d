using System.Text;
using CooperJus.Gateway.Core.Messaging;
using Microsoft.IdentityModel.Tokens;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>
/// Each reason the receiving gateway refuses an envelope, with its rule id and words. A refusal is a verdict,
/// never an exception.
/// </summary>
[TestFixture]
public sealed class EnvelopeVerifierTests
{
    [Test]
    public async Task Rejects_envelope_signed_with_a_key_no_partner_has()
    {
        using var world = new MessagingWorld();
        using var stranger = GatewayKey.Generate("xx-unknown-1");
        var jws = new EnvelopeSigner(stranger, MessagingWorld.PeruId, world.Clock).Seal(MessageType.CooperationRequest, MessagingWorld.SpainId, MessagingWorld.RequestPayload()).Jws;

        var received = await world.SpainReceives(jws);

        Assert.That(received.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.EnvelopeUnknownKey, "The envelope is signed with key 'xx-unknown-1', which no partner in this gateway's directory has."),
        }));
    }

    [Test]
    public async Task Rejects_envelope_whose_payload_was_changed_after_signing()
    {
        using var world = new MessagingWorld();
        var sent = world.SealRequest();
        var tampered = Jws.WithPayload(sent.Jws, Jws.PayloadText(sent.Jws).Replace("Cusco", "Lima", StringComparison.Ordinal));

        var received = await world.SpainReceives(tampered);

        Assert.That(received.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.EnvelopeBadSignature, "The signature does not verify with key 'pe-2025-01' of partner 'pe-mpfn': the envelope was changed after signing, or signed with another key."),
        }));
    }

    [Test]
    public async Task Rejects_envelope_forged_with_another_key_under_the_partners_key_id()
    {
        using var world = new MessagingWorld();
        using var forger = GatewayKey.Generate(MessagingWorld.PeruKid);
        var forged = new EnvelopeSigner(forger, MessagingWorld.PeruId, world.Clock).Seal(MessageType.CooperationRequest, MessagingWorld.SpainId, MessagingWorld.RequestPayload());

        var received = await world.SpainVerifier.VerifyAsync(forged.Body);

        Assert.That(received.Errors.Select(e => e.Rule), Is.EqualTo(new[] { MessagingRules.EnvelopeBadSignature }));
    }

    [Test]
    public async Task Rejects_envelope_whose_from_is_not_the_partner_owning_the_key()
    {
        using var world = new MessagingWorld();
        var jws = new EnvelopeSigner(world.PeruKey, "cl-fn", world.Clock).Seal(MessageType.CooperationRequest, MessagingWorld.SpainId, MessagingWorld.RequestPayload()).Jws;

        var received = await world.SpainReceives(jws);

        Assert.That(received.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.EnvelopeSenderMismatch, "The envelope says it comes from 'cl-fn', but its signing key 'pe-2025-01' belongs to partner 'pe-mpfn'."),
        }));
    }

    [Test]
    public async Task Rejects_envelope_addressed_to_another_gateway()
    {
        using var world = new MessagingWorld();
        var jws = world.PeruSigner.Seal(MessageType.CooperationRequest, "br-mpf", MessagingWorld.RequestPayload()).Jws;

        var received = await world.SpainReceives(jws);

        Assert.That(received.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.EnvelopeWrongRecipient, "The envelope is addressed to 'br-mpf', but this gateway is 'es-fge'."),
        }));
    }

    [Test]
    public async Task Rejects_envelope_created_beyond_the_clock_skew_in_the_future()
    {
        using var world = new MessagingWorld();
        var envelope = world.EnvelopeToSpain() with { CreatedAt = MessagingWorld.Start.AddMinutes(5).AddSeconds(1) };

        var received = await world.SpainReceives(world.PeruSigner.Sign(envelope).Jws);

        Assert.That(received.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.EnvelopeFromTheFuture, "The envelope was created at 2025-06-02T09:05:01.0000000+00:00, later than this gateway's clock (2025-06-02T09:00:00.0000000+00:00) plus the clock-skew tolerance of 00:05:00."),
        }));
    }

    [Test]
    public async Task Accepts_envelope_created_ahead_of_the_clock_within_the_skew()
    {
        using var world = new MessagingWorld();
        var envelope = world.EnvelopeToSpain() with { CreatedAt = MessagingWorld.Start.AddMinutes(5) };

        var received = await world.SpainReceives(world.PeruSigner.Sign(envelope).Jws);

        Assert.That(received.Errors, Is.Empty);
    }

    [Test]
    public async Task Rejects_envelope_older_than_the_maximum_age_when_one_is_set()
    {
        using var world = new MessagingWorld();
        world.SpainOptions.MaxMessageAge = TimeSpan.FromDays(30);
        var envelope = world.EnvelopeToSpain() with { CreatedAt = MessagingWorld.Start.AddDays(-30).AddMinutes(-5).AddSeconds(-1) };

        var received = await world.SpainReceives(world.PeruSigner.Sign(envelope).Jws);

        Assert.That(received.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.EnvelopeTooOld, "The envelope was created at 2025-05-03T08:54:59.0000000+00:00, more than 30.00:00:00 (plus the clock-skew tolerance of 00:05:00) before this gateway's clock (2025-06-02T09:00:00.0000000+00:00); this gateway does not accept messages that old."),
        }));
    }

    [Test]
    public async Task Accepts_envelope_of_any_age_unless_a_maximum_is_set()
    {
        using var world = new MessagingWorld();
        var envelope = world.EnvelopeToSpain() with { CreatedAt = MessagingWorld.Start.AddYears(-3) };

        var received = await world.SpainReceives(world.PeruSigner.Sign(envelope).Jws);

        Assert.Multiple(() =>
        {
            Assert.That(world.SpainOptions.MaxMessageAge, Is.Null);
            Assert.That(received.Errors, Is.Empty);
        });
    }

    [Test]
    public async Task Accepts_envelope_as_old_as_the_maximum_age_plus_the_skew()
    {
        using var world = new MessagingWorld();
        world.SpainOptions.MaxMessageAge = TimeSpan.FromDays(30);
        var envelope = world.EnvelopeToSpain() with { CreatedAt = MessagingWorld.Start.AddDays(-30).AddMinutes(-5) };

        var received = await world.SpainReceives(world.PeruSigner.Sign(envelope).Jws);

        Assert.That(received.Errors, Is.Empty);
    }

    [Test]
    public async Task Reports_every_addressing_fault_of_a_signed_envelope_at_once()
    {
        using var world = new MessagingWorld();
        var envelope = world.EnvelopeToSpain() with { From = "cl-fn", To = "br-mpf", CreatedAt = MessagingWorld.Start.AddHours(1) };

        var received = await world.SpainReceives(new EnvelopeSigner(world.PeruKey, "cl-fn", world.Clock).Sign(envelope).Jws);

        Assert.That(received.Errors.Select(e => e.Rule), Is.EqualTo(new[]
        {
            MessagingRules.EnvelopeSenderMismatch, MessagingRules.EnvelopeWrongRecipient, MessagingRules.EnvelopeFromTheFuture,
        }));
    }

    [Test]
    public async Task Rejects_body_over_the_limit_before_parsing_it()
    {
        using var world = new MessagingWorld(maxEnvelopeBytes: 2048);
        var body = Encoding.ASCII.GetBytes(new string('x', 2049));

        var received = await world.SpainVerifier.VerifyAsync(body);

        Assert.Multiple(() =>
        {
            Assert.That(received.Errors, Is.EqualTo(new[]
            {
                new ProtocolError(MessagingRules.EnvelopeTooLarge, "The envelope is 2049 bytes; this gateway accepts at most 2048 bytes."),
            }));
            Assert.That(received.Jws, Is.Null);
            Assert.That(received.ByteCount, Is.EqualTo(2049));
        });
    }

    [Test]
    public async Task Rejects_too_large_stream_but_still_hashes_every_byte_for_the_receipt()
    {
        using var world = new MessagingWorld(maxEnvelopeBytes: 100_000);
        var bytes = new byte[250_000];
        Random.Shared.NextBytes(bytes);
        using var stream = new MemoryStream(bytes);

        var received = await world.SpainVerifier.VerifyAsync(stream);

        Assert.Multiple(() =>
        {
            Assert.That(received.Errors.Select(e => e.Rule), Is.EqualTo(new[] { MessagingRules.EnvelopeTooLarge }));
            Assert.That(received.PayloadSha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))));
            Assert.That(received.ByteCount, Is.EqualTo(250_000));
        });
    }

    [Test]
    public async Task Accepts_a_signed_envelope_larger_than_a_token_library_reads()
    {
        using var world = new MessagingWorld();
        // Microsoft.IdentityModel reads at most 250 KB; the gateway's limit is MaxEnvelopeBytes (10 MiB by default).
        var payload = System.Text.Json.JsonSerializer.SerializeToElement(new { padding = new string('x', 400_000) });
        var sent = new EnvelopeSigner(world.PeruKey, MessagingWorld.PeruId, world.Clock).Seal(MessageType.CooperationRequest, MessagingWorld.SpainId, payload);

        var received = await world.SpainVerifier.VerifyAsync(sent.Body);

        Assert.Multiple(() =>
        {
            Assert.That(sent.Body.Length, Is.GreaterThan(400_000));
            Assert.That(received.Errors, Is.Empty);
        });
    }

    [Test]
    public async Task Refuses_a_large_envelope_of_an_unknown_key_without_decoding_it()
    {
        using var world = new MessagingWorld();
        using var stranger = GatewayKey.Generate("xx-unknown-1");
        var payload = System.Text.Json.JsonSerializer.SerializeToElement(new { padding = new string('x', 400_000) });
        var sent = new EnvelopeSigner(stranger, MessagingWorld.PeruId, world.Clock).Seal(MessageType.CooperationRequest, MessagingWorld.SpainId, payload);

        var received = await world.SpainVerifier.VerifyAsync(sent.Body);

        Assert.Multiple(() =>
        {
            Assert.That(received.Errors.Select(e => e.Rule), Is.EqualTo(new[] { MessagingRules.EnvelopeUnknownKey }));
            Assert.That(received.Jws, Is.Null, "anyone may have sent it: not copied into a string");
        });
    }

    [Test]
    public async Task Rejects_an_envelope_whose_signature_is_not_64_bytes()
    {
        using var world = new MessagingWorld();
        var parts = Jws.Parts(world.SealRequest().Jws);
        var shortened = $"{parts[0]}.{parts[1]}.{parts[2][..64]}"; // 48 bytes, canonical base64url

        var received = await world.SpainReceives(shortened);

        Assert.That(received.Errors.Select(e => e.Rule), Is.EqualTo(new[] { MessagingRules.EnvelopeBadSignature }));
    }

    [Test]
    public async Task Accepts_an_envelope_exactly_at_the_size_limit()
    {
        using var world = new MessagingWorld();
        var sent = world.SealRequest();
        using var atLimit = new MessagingWorld(maxEnvelopeBytes: sent.Body.Length);
        var verifier = new EnvelopeVerifier(world.SpainDirectory, atLimit.SpainOptions, world.Clock);

        var received = await verifier.VerifyAsync(sent.Body);

        Assert.That(received.Errors, Is.Empty);
    }

    [Test]
    public void Default_size_limit_is_ten_mebibytes() =>
        Assert.That(new MessagingOptions().MaxEnvelopeBytes, Is.EqualTo(10 * 1024 * 1024));

    [Test]
    public async Task Rejection_keeps_the_unverified_message_id_and_sender_for_the_receipt()
    {
        using var world = new MessagingWorld();
        var sent = world.SealRequest();
        var tampered = Jws.WithPayload(sent.Jws, Jws.PayloadText(sent.Jws).Replace("Cusco", "Lima", StringComparison.Ordinal));

        var received = await world.SpainReceives(tampered);

        Assert.Multiple(() =>
        {
            Assert.That(received.IsValid, Is.False);
            Assert.That(received.Envelope, Is.Null);
            Assert.That(received.Sender, Is.Null);
            Assert.That(received.MessageId, Is.EqualTo(sent.Envelope.MessageId));
            Assert.That(received.ClaimedSender, Is.EqualTo(MessagingWorld.PeruId));
            Assert.That(received.Jws, Is.EqualTo(tampered));
        });
    }

    [TestCase("", "The body is empty.")]
    [TestCase("not a jws", "The byte at offset 3 (0x20) is neither a base64url character nor a dot.")]
    [TestCase("abcd.abcd", "A compact JWS has exactly three parts separated by dots; this has 2.")]
    [TestCase("abcd.abcd.abcd.abcd", "A compact JWS has exactly three parts separated by dots; this has more.")]
    [TestCase("abcd..abcd", "The payload part is empty.")]
    [TestCase("abcd.abcd.abcde", "The signature part has a length (5) that no base64url text has.")]
    [TestCase("abcd.abcd.ab==", "The byte at offset 12 (0x3d) is neither a base64url character nor a dot.")]
    [TestCase("abcd.abcd.ab+/", "The byte at offset 12 (0x2b) is neither a base64url character nor a dot.")]
    public async Task Rejects_body_that_is_not_a_canonical_compact_jws(string body, string expected)
    {
        using var world = new MessagingWorld();

        var received = await world.SpainReceives(body);

        Assert.That(received.Errors, Is.EqualTo(new[] { new ProtocolError(MessagingRules.EnvelopeMalformed, expected) }));
    }

    [Test]
    public async Task Rejects_a_signed_envelope_followed_by_a_line_feed()
    {
        using var world = new MessagingWorld();

        var received = await world.SpainReceives(world.SealRequest().Jws + "\n");

        Assert.That(received.Errors.Select(e => e.Rule), Is.EqualTo(new[] { MessagingRules.EnvelopeMalformed }));
    }

    [Test]
    public async Task Rejects_signature_written_with_stray_bits_in_its_last_character()
    {
        using var world = new MessagingWorld();
        var jws = world.SealRequest().Jws;
        // The last of 86 characters carries 2 data bits and 4 unused ones: flipping an unused bit decodes to the same signature.
        var malleated = jws[..^1] + Base64UrlAlphabet[Base64UrlAlphabet.IndexOf(jws[^1], StringComparison.Ordinal) ^ 1];

        var received = await world.SpainReceives(malleated);

        Assert.That(received.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.EnvelopeMalformed, "The signature part is not canonical base64url: its last character carries bits beyond the data."),
        }));
    }

    [Test]
    public async Task Rejects_an_unsigned_envelope()
    {
        using var world = new MessagingWorld();
        var parts = Jws.Parts(world.SealRequest().Jws);
        var unsigned = $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"cooperjus-envelope+jwt"}""")}.{parts[1]}.";

        var received = await world.SpainReceives(unsigned);

        Assert.That(received.Errors, Is.EqualTo(new[] { new ProtocolError(MessagingRules.EnvelopeMalformed, "The signature part is empty.") }));
    }

    [Test]
    public async Task Rejects_an_envelope_signed_with_a_shared_secret()
    {
        using var world = new MessagingWorld();
        var secret = new SymmetricSecurityKey(new byte[32]) { KeyId = MessagingWorld.PeruKid };
        var jws = Jws.SignWithHeader(Jws.PayloadText(world.SealRequest().Jws), new SigningCredentials(secret, SecurityAlgorithms.HmacSha256), new() { ["typ"] = PartnerProtocol.EnvelopeType });

        var received = await world.SpainReceives(jws);

        Assert.That(received.Errors, Is.EqualTo(new[] { new ProtocolError(MessagingRules.EnvelopeMalformed, "The envelope's JWS header has alg 'HS256'; only ES256 is accepted.") }));
    }

    [Test]
    public async Task Rejects_a_receipt_posted_as_an_envelope()
    {
        using var world = new MessagingWorld();
        var (_, _, receipt) = await world.DeliverAsync();

        var received = await world.SpainReceives(receipt.Jws);

        Assert.That(received.Errors, Is.EqualTo(new[] { new ProtocolError(MessagingRules.EnvelopeMalformed, "The JWS header has typ 'cooperjus-receipt+jwt'; envelopes have typ 'cooperjus-envelope+jwt'.") }));
    }

    [Test]
    public async Task Rejects_a_header_with_critical_extensions()
    {
        using var world = new MessagingWorld();
        var header = new Dictionary<string, object> { ["typ"] = PartnerProtocol.EnvelopeType, ["crit"] = new[] { "b64" }, ["b64"] = false };
        var jws = Jws.SignWithHeader(Jws.PayloadText(world.SealRequest().Jws), world.PeruKey.SigningCredentials, header);

        var received = await world.SpainReceives(jws);

        Assert.That(received.Errors, Is.EqualTo(new[] { new ProtocolError(MessagingRules.EnvelopeMalformed, "The envelope's JWS header has a crit member; no JWS extension is supported.") }));
    }

    [Test]
    public async Task Rejects_a_header_without_a_key_id()
    {
        using var world = new MessagingWorld();
        var anonymous = new Microsoft.IdentityModel.Tokens.ECDsaSecurityKey(System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256));
        var jws = Jws.SignWithHeader(Jws.PayloadText(world.SealRequest().Jws), new SigningCredentials(anonymous, SecurityAlgorithms.EcdsaSha256), new() { ["typ"] = PartnerProtocol.EnvelopeType });

        var received = await world.SpainReceives(jws);

        Assert.That(received.Errors, Is.EqualTo(new[] { new ProtocolError(MessagingRules.EnvelopeMalformed, "The envelope's JWS header has no kid naming the signing key.") }));
    }

    /// <summary>
    /// Payloads that a correct signature cannot rescue: each is signed properly by Peru and still refused. The words
    /// after the first sentence come from System.Text.Json and name the property.
    /// </summary>
    [TestCase("""{"messageId":"0197301c-3f00-7a2b-9c4d-5e6f7a8b9c0d","type":"cooperation-request","from":"pe-mpfn","to":"es-fge","createdAt":"2025-06-02T09:00:00Z"}""", "The payload is not an envelope: ", "missing required properties including: 'payload'")]
    [TestCase("""{"messageId":"0197301c-3f00-7a2b-9c4d-5e6f7a8b9c0d","type":"cooperation-request","from":"pe-mpfn","to":"es-fge","createdAt":"2025-06-02T09:00:00","payload":{}}""", "The payload is not an envelope: ", "'2025-06-02T09:00:00' is not an RFC 3339 date-time with seconds and an offset, such as 2024-03-15T10:30:00-05:00.")]
    [TestCase("""{"messageId":"0197301c-3f00-7a2b-9c4d-5e6f7a8b9c0d","type":"cooperation-request","from":"pe-mpfn","to":"es-fge","createdAt":"2025-06-02","payload":{}}""", "The payload is not an envelope: ", "'2025-06-02' is not an RFC 3339 date-time")]
    [TestCase("""{"messageId":"0197301c-3f00-7a2b-9c4d-5e6f7a8b9c0d","type":"request","from":"pe-mpfn","to":"es-fge","createdAt":"2025-06-02T09:00:00Z","payload":{}}""", "The payload is not an envelope: ", "Path: $.type")]
    [TestCase("""{"messageId":"0197301C-3F00-7A2B-9C4D-5E6F7A8B9C0D","type":"cooperation-request","from":"pe-mpfn","to":"es-fge","createdAt":"2025-06-02T09:00:00Z","payload":{}}""", "The messageId '0197301C-3F00-7A2B-9C4D-5E6F7A8B9C0D' is not a lowercase UUID.", "")]
    [TestCase("""{"messageId":"0197301c-3f00-7a2b-9c4d-5e6f7a8b9c0d","type":"cooperation-request","from":"PE","to":"es-fge","createdAt":"2025-06-02T09:00:00Z","payload":{}}""", "The from 'PE' is not a gateway id", "")]
    [TestCase("""{"messageId":"0197301c-3f00-7a2b-9c4d-5e6f7a8b9c0d","type":"cooperation-request","from":"pe-mpfn","to":"es-fge","createdAt":"2025-06-02T09:00:00Z","payload":"text"}""", "The payload is a JSON string; it must be an object (a canonical document).", "")]
    [TestCase("""{"messageId":"0197301c-3f00-7a2b-9c4d-5e6f7a8b9c0d","type":"cooperation-request","from":"pe-mpfn","to":"es-fge","createdAt":"2025-06-02T09:00:00Z","payload":{},"priority":1}""", "The payload is not an envelope: ", "The JSON property 'priority' could not be mapped")]
    [TestCase("""{"MessageId":"0197301c-3f00-7a2b-9c4d-5e6f7a8b9c0d","type":"cooperation-request","from":"pe-mpfn","to":"es-fge","createdAt":"2025-06-02T09:00:00Z","payload":{}}""", "The payload is not an envelope: ", "The JSON property 'MessageId' could not be mapped")]
    [TestCase("""{"messageId":"0197301c-3f00-7a2b-9c4d-5e6f7a8b9c0d","type":"cooperation-request","from":"pe-mpfn","to":"es-fge","to":"pe-mpfn","createdAt":"2025-06-02T09:00:00Z","payload":{}}""", "The payload is not an envelope: ", "Duplicate property 'to'")]
    [TestCase("""{"messageId":"0197301c-3f00-7a2b-9c4d-5e6f7a8b9c0d","type":"cooperation-request","from":"pe-mpfn","to":"es-fge","createdAt":"2025-06-02T09:00:00Z","payload":{"a":1,"a":2}}""", "The payload is not an envelope: ", "Duplicate property")]
    public async Task Rejects_a_correctly_signed_payload_that_is_not_an_envelope(string payload, string start, string detail)
    {
        using var world = new MessagingWorld();

        var received = await world.SpainReceives(Jws.SignEnvelopeText(payload, world.PeruKey));

        Assert.Multiple(() =>
        {
            Assert.That(received.Errors.Select(e => e.Rule), Is.EqualTo(new[] { MessagingRules.EnvelopeMalformed }));
            Assert.That(received.Errors[0].Message, Does.StartWith(start).And.Contain(detail));
        });
    }

    [Test]
    public async Task Rejects_a_signed_payload_that_is_not_json()
    {
        using var world = new MessagingWorld();
        var parts = Jws.Parts(world.SealRequest().Jws);
        var jws = $"{parts[0]}.{Base64UrlEncoder.Encode("not json")}.{parts[2]}";

        var received = await world.SpainReceives(jws);

        Assert.That(received.Errors, Is.EqualTo(new[] { new ProtocolError(MessagingRules.EnvelopeMalformed, "The envelope's header or payload is not a JSON object.") }));
    }

    private const string Base64UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
}
