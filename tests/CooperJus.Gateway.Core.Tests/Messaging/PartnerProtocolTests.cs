using System.Text;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Core.Messaging;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>The HTTP status that goes with each receipt, as the OpenAPI description states it.</summary>
[TestFixture]
public sealed class PartnerProtocolTests
{
    [TestCase(ReceiptOutcome.Accepted, null, 200)]
    [TestCase(ReceiptOutcome.Duplicate, null, 200)]
    [TestCase(ReceiptOutcome.Rejected, MessagingRules.EnvelopeBadSignature, 422)]
    [TestCase(ReceiptOutcome.Rejected, "schema", 422)]
    [TestCase(ReceiptOutcome.Rejected, MessagingRules.EnvelopeTooLarge, 413)]
    public void Status_code_follows_the_outcome(ReceiptOutcome outcome, string? rule, int expected)
    {
        var receipt = new Receipt
        {
            Receiver = "es-fge",
            ReceivedAt = DateTimeOffset.UnixEpoch,
            PayloadSha256 = new string('0', 64),
            Outcome = outcome,
            Errors = rule is null ? [] : [new ProtocolError(rule, "why")],
        };

        Assert.That(PartnerProtocol.StatusCodeFor(receipt), Is.EqualTo(expected));
    }

    [Test]
    public void Openapi_description_names_the_paths_media_type_and_header_values_the_code_uses()
    {
        var openApi = OpenApi();

        Assert.That(openApi, Does.Contain(PartnerProtocol.MessagesPath + ":")
            .And.Contain(PartnerProtocol.HealthPath + ":")
            .And.Contain(PartnerProtocol.MediaType)
            .And.Contain(PartnerProtocol.EnvelopeType)
            .And.Contain(PartnerProtocol.ReceiptType)
            .And.Contain("envelope.v1.schema.json")
            .And.Contain("receipt.v1.schema.json"));
    }

    [Test]
    public void Openapi_description_lists_every_rule_id()
    {
        var openApi = OpenApi();
        var ruleIds = typeof(MessagingRules).GetFields().Select(f => (string)f.GetRawConstantValue()!);

        Assert.That(ruleIds.Where(r => !openApi.Contains(r, StringComparison.Ordinal)), Is.Empty);
    }

    /// <summary>The examples in the description are real: a partner can test its own verifier against them.</summary>
    [Test]
    public async Task Worked_example_of_the_openapi_description_verifies()
    {
        var values = Regex.Matches(OpenApi(), "^      value: (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value.Trim()).ToList();
        var (spainJwk, peruJwk, envelopeJws, receiptJws) = (values[0], values[1], values[2], values[3]);
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));

        var envelope = await new EnvelopeVerifier(Directory("es-fge", "ES", spainJwk), new MessagingOptions { GatewayId = "pe-mpfn" }, clock)
            .VerifyAsync(Encoding.ASCII.GetBytes(envelopeJws));
        var sent = new SentEnvelope(envelope.MessageId!, "pe-mpfn", envelope.PayloadSha256);
        var receipt = await new ReceiptVerifier(Directory("pe-mpfn", "PE", peruJwk), new MessagingOptions { GatewayId = "es-fge" }, clock)
            .VerifyAsync(receiptJws, sent);

        Assert.Multiple(() =>
        {
            Assert.That(envelope.Errors, Is.Empty);
            Assert.That(envelope.PayloadSha256, Is.EqualTo("97adbb3c6c7ba004e67e2d24ebaa2e8b4e003120f1dd7958925e5352f7696744"));
            Assert.That(receipt.Errors, Is.Empty);
            Assert.That(receipt.IsDelivered, Is.True);
        });
    }

    private static string OpenApi() => File.ReadAllText(Path.Combine(Schemas.SchemaFiles.RepositoryRoot, "docs", "partner-protocol.openapi.yaml"));

    private static PartnerDirectory Directory(string id, string country, string jwk)
    {
        var jwkObject = PublicJwk.Parse(jwk);
        var partner = new PartnerOptions { Id = id, Url = $"https://{id}.example.org" };
        partner.Countries.Add(country);
        partner.Keys.Add(new PartnerKeyOptions { Kid = jwkObject.Kid!, Jwk = jwkObject });
        var options = new PartnerDirectoryOptions();
        options.Partners.Add(partner);
        return PartnerDirectory.Create(options);
    }
}
