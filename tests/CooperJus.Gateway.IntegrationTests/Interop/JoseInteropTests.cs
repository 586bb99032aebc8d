using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.IntegrationTests.Support;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace CooperJus.Gateway.IntegrationTests.Interop;

/// <summary>
/// A partner on another stack can talk to us: the independent JOSE implementation of the <c>jose</c> npm package
/// (run by Node.js as a child process) verifies the envelopes and receipts we sign, and we accept an envelope it
/// signed with a key it generated, once its public JWK is in our partner directory.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class JoseInteropTests
{
    private const string OurId = "pe-mpfn";
    private const string NodeId = "node-gw";

    /// <summary>A cooperation response with non-ASCII text, so both sides must agree on UTF-8 too.</summary>
    private const string Document = """{"schemaVersion":"1.0","responseId":"0190e8b4-1a2b-7c3d-9e4f-5a6b7c8d9e0f","inResponseTo":"5c3f2a9e-41b7-8d02-9a6e-3b1f0c7d2e84","status":"information-needed","createdAt":"2025-06-02T11:00:00+02:00","respondingAuthority":{"country":"ES","name":"Fiscalía General del Estado"},"message":"Falta la traducción del exhorto al español — ¿pueden enviarla?","results":[],"attachments":[],"language":"es"}""";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
    private TemporaryFolder _folder = null!;
    private GatewayKey _ourKey = null!;

    [OneTimeSetUp]
    public void RequireNode() => NodeScript.RequireInstalled();

    [SetUp]
    public void Create()
    {
        _folder = new TemporaryFolder();
        _ourKey = GatewayKey.Generate("pe-2025-01");
    }

    [TearDown]
    public void Dispose()
    {
        _ourKey.Dispose();
        _folder.Dispose();
    }

    [Test]
    public void Node_jose_verifies_an_envelope_we_signed()
    {
        var sent = new EnvelopeSigner(_ourKey, OurId, _clock).Seal(MessageType.CooperationResponse, "es-fge", JsonDocument.Parse(Document).RootElement);

        var verified = NodeVerify(sent.Jws, _ourKey.ExportPublicJwk(), PartnerProtocol.EnvelopeType);

        Assert.Multiple(() =>
        {
            Assert.That(verified["header"]!["alg"]!.GetValue<string>(), Is.EqualTo("ES256"));
            Assert.That(verified["header"]!["kid"]!.GetValue<string>(), Is.EqualTo("pe-2025-01"));
            Assert.That(verified["payload"]!["messageId"]!.GetValue<string>(), Is.EqualTo(sent.Envelope.MessageId));
            Assert.That(verified["payload"]!["from"]!.GetValue<string>(), Is.EqualTo(OurId));
            Assert.That(JsonNode.DeepEquals(verified["payload"]!["payload"], JsonNode.Parse(Document)), Is.True, verified.ToJsonString());
        });
    }

    [Test]
    public async Task Node_jose_verifies_a_receipt_we_signed()
    {
        var (envelopeJws, nodeJwk) = NodeSign(EnvelopeFromNode());
        var received = await OurVerifier(nodeJwk).VerifyAsync(Encoding.ASCII.GetBytes(envelopeJws));
        var receipt = new ReceiptSigner(_ourKey, OurId).Accept(received);

        var verified = NodeVerify(receipt.Jws, _ourKey.ExportPublicJwk(), PartnerProtocol.ReceiptType);

        Assert.Multiple(() =>
        {
            Assert.That(verified["payload"]!["outcome"]!.GetValue<string>(), Is.EqualTo("accepted"));
            Assert.That(verified["payload"]!["receiver"]!.GetValue<string>(), Is.EqualTo(OurId));
            Assert.That(verified["payload"]!["sender"]!.GetValue<string>(), Is.EqualTo(NodeId));
            Assert.That(verified["payload"]!["payloadSha256"]!.GetValue<string>(), Is.EqualTo(Sha256Hex(envelopeJws)));
        });
    }

    [Test]
    public async Task We_accept_an_envelope_node_jose_signed_with_a_key_it_generated()
    {
        var envelope = EnvelopeFromNode();
        var (jws, jwk) = NodeSign(envelope);

        var received = await OurVerifier(jwk).VerifyAsync(Encoding.ASCII.GetBytes(jws));

        Assert.Multiple(() =>
        {
            Assert.That(received.Errors, Is.Empty);
            Assert.That(received.Sender!.Id, Is.EqualTo(NodeId));
            Assert.That(received.Envelope!.Type, Is.EqualTo(MessageType.CooperationResponse));
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(received.Envelope.Payload.GetRawText()), JsonNode.Parse(Document)), Is.True);
        });
    }

    [Test]
    public async Task We_refuse_an_envelope_node_jose_forged_with_another_key_under_a_listed_key_id()
    {
        var (listedJws, listedJwk) = NodeSign(EnvelopeFromNode(), "node-1");
        var (forgedJws, _) = NodeSign(EnvelopeFromNode(), "node-1");
        Assert.That((await OurVerifier(listedJwk).VerifyAsync(Encoding.ASCII.GetBytes(listedJws))).IsValid, Is.True);

        var received = await OurVerifier(listedJwk).VerifyAsync(Encoding.ASCII.GetBytes(forgedJws));

        Assert.That(received.Errors.Select(e => e.Rule), Is.EqualTo(new[] { MessagingRules.EnvelopeBadSignature }));
    }

    [Test]
    public void Node_jose_refuses_an_envelope_we_signed_once_it_is_changed()
    {
        var sent = new EnvelopeSigner(_ourKey, OurId, _clock).Seal(MessageType.CooperationResponse, "es-fge", JsonDocument.Parse(Document).RootElement);
        var parts = sent.Jws.Split('.');
        var changedPayload = Base64UrlEncoder.Encode(Base64UrlEncoder.Decode(parts[1]).Replace("español", "inglés", StringComparison.Ordinal));

        var result = RunVerify($"{parts[0]}.{changedPayload}.{parts[2]}", _ourKey.ExportPublicJwk(), PartnerProtocol.EnvelopeType);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Error, Does.Contain("signature verification failed"));
        });
    }

    [Test]
    public void Node_jose_verifies_the_worked_example_of_the_openapi_description()
    {
        var values = Regex.Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "partner-protocol.openapi.yaml")), "^      value: (.+)$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value.Trim())
            .ToList();
        Assert.That(values, Has.Count.EqualTo(4), "the four examples: two JWKs, the envelope, the receipt");

        var envelope = NodeVerify(values[2], values[0], PartnerProtocol.EnvelopeType);
        var receipt = NodeVerify(values[3], values[1], PartnerProtocol.ReceiptType);

        Assert.That(receipt["payload"]!["payloadSha256"]!.GetValue<string>(), Is.EqualTo(Sha256Hex(values[2])));
        Assert.That(envelope["payload"]!["messageId"]!.GetValue<string>(), Is.EqualTo(receipt["payload"]!["messageId"]!.GetValue<string>()));
    }

    private string EnvelopeFromNode() =>
        $$"""{"messageId":"{{Guid.CreateVersion7(_clock.GetUtcNow()):D}}","type":"cooperation-response","from":"{{NodeId}}","to":"{{OurId}}","createdAt":"2025-06-02T09:00:00Z","payload":{{Document}}}""";

    private EnvelopeVerifier OurVerifier(JsonNode nodeJwk)
    {
        var partner = new PartnerOptions { Id = NodeId, Url = "https://node.example.org" };
        partner.Countries.Add("ES");
        partner.Keys.Add(new PartnerKeyOptions { Kid = nodeJwk["kid"]!.GetValue<string>(), Jwk = PublicJwk.Parse(nodeJwk.ToJsonString()) });
        var options = new PartnerDirectoryOptions();
        options.Partners.Add(partner);
        return new EnvelopeVerifier(PartnerDirectory.Create(options), new MessagingOptions { GatewayId = OurId }, _clock);
    }

    /// <summary>Node generates a fresh key named <paramref name="keyId"/> (a new name each time by default) and signs with it.</summary>
    private (string Jws, JsonNode Jwk) NodeSign(string envelopeJson, string? keyId = null)
    {
        var payloadFile = _folder.Combine($"payload-{Guid.NewGuid():N}.json");
        File.WriteAllText(payloadFile, envelopeJson, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        var result = NodeScript.Run("sign", "--payload", payloadFile, "--kid", keyId ?? $"node-{Guid.NewGuid():N}");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var signed = JsonNode.Parse(result.Output)!;
        return (signed["jws"]!.GetValue<string>(), signed["jwk"]!);
    }

    private JsonNode NodeVerify(string jws, string jwk, string type)
    {
        var result = RunVerify(jws, jwk, type);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        return JsonNode.Parse(result.Output)!;
    }

    private ExternalCommand.Result RunVerify(string jws, string jwk, string type)
    {
        var jwsFile = _folder.Combine($"{Guid.NewGuid():N}.jws");
        var jwkFile = _folder.Combine($"{Guid.NewGuid():N}.jwk.json");
        File.WriteAllText(jwsFile, jws, Encoding.ASCII);
        File.WriteAllText(jwkFile, jwk, Encoding.ASCII);
        return NodeScript.Run("verify", "--jwk", jwkFile, "--jws", jwsFile, "--typ", type);
    }

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.ASCII.GetBytes(text)));
}
