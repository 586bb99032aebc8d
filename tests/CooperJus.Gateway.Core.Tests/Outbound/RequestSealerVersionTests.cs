using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Outbound;
using CooperJus.Gateway.Core.Tests.Messaging;
using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Tests.Versions;
using CooperJus.Gateway.Core.Versions;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Gateway.Core.Tests.Outbound;

/// <summary>A request is sealed in the highest version its partner reads; a downgrade is reported and audited with the message.</summary>
[TestFixture]
public sealed class RequestSealerVersionTests
{
    private readonly GatewayKey _peru = GatewayKey.Generate("pe-test-1");
    private readonly GatewayKey _spain = GatewayKey.Generate("es-test-1");

    [OneTimeTearDown]
    public void DisposeKeys()
    {
        _peru.Dispose();
        _spain.Dispose();
    }

    private Partner Spain(params string[] versions)
    {
        var options = Directories.Partner("es", "ES", (_spain, null, null));
        foreach (var version in versions) options.SchemaVersions.Add(version);
        return Directories.Of(options).Partners[0];
    }

    private RequestSealer Sealer() => new(new EnvelopeSigner(_peru, "pe", new FakeTimeProvider(Validators.Today)), new FakeTimeProvider(Validators.Today));

    private static JsonObject SignedPayload(ReadOnlyMemory<byte> jws) =>
        JsonNode.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(Encoding.ASCII.GetString(jws.Span).Split('.')[1]))!["payload"]!.AsObject();

    [Test]
    public void Seals_2_0_as_the_canonical_document_for_a_partner_that_reads_it()
    {
        var sealer = Sealer();
        var reports = new List<DowngradeReport>();
        sealer.Downgraded += reports.Add;

        var message = sealer.Seal(SomeRequests.Full(), Spain("1.0", "2.0"));

        Assert.That(JsonNode.DeepEquals(SignedPayload(message.SignedEnvelope), VersionJson.Of(SomeRequests.Full())), Is.True);
        Assert.That(message.Downgraded, Is.Null);
        Assert.That(reports, Is.Empty);
    }

    [Test]
    public void Seals_1_0_for_a_partner_that_lists_no_versions_and_audits_what_was_not_carried()
    {
        var sealer = Sealer();
        var reports = new List<DowngradeReport>();
        sealer.Downgraded += reports.Add;

        var message = sealer.Seal(SomeRequests.Full(), Spain());

        var payload = SignedPayload(message.SignedEnvelope);
        var audit = message.Downgraded!;
        Assert.Multiple(() =>
        {
            Assert.That(payload["schemaVersion"]!.GetValue<string>(), Is.EqualTo("1.0"));
            Assert.That(V1Schemas.Request.Validate(payload.ToJsonString()), Is.Empty);
            Assert.That(audit.Kind, Is.EqualTo(AuditEventKinds.MessageDowngraded));
            Assert.That(audit.MessageId, Is.EqualTo(message.MessageId));
            Assert.That(audit.Facts, Does.Contain(KeyValuePair.Create("sentVersion", "1.0")));
            Assert.That(audit.Facts.Single(f => f.Key == "paths").Value, Does.Contain("/issuedOn").And.Contain("/channel"));
            Assert.That(audit.Facts.Select(f => f.Value), Has.None.Contain(SomeRequests.Full().Persons[0].FullName), "facts are in the hashed header: no personal data");
            Assert.That(JsonNode.Parse(audit.Body.Span)!.AsArray(), Has.Count.EqualTo(reports.Single().Notes.Count));
            Assert.That(reports.Single().PartnerId, Is.EqualTo("es"));
        });
    }
}
