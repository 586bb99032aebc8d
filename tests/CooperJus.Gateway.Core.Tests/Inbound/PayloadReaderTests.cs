using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Inbound;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Tests.Versions;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Core.Versions;

namespace CooperJus.Gateway.Core.Tests.Inbound;

/// <summary>A partner's payload is read by its schemaVersion: 2.0 as it is, 1.0 validated as v1 and read as 2.0, anything else refused.</summary>
[TestFixture]
public sealed class PayloadReaderTests
{
    private static readonly PayloadReader Reader = new(Validators.Request(), ResponseValidator.CreateDefault());

    private static Envelope Carrying(JsonObject payload, MessageType type = MessageType.CooperationRequest) => new()
    {
        MessageId = "0193a6f0-5b2c-7d4e-8f10-2a3b4c5d6e7f",
        Type = type,
        From = "pe",
        To = "es",
        CreatedAt = Validators.Today,
        Payload = JsonSerializer.SerializeToElement(payload),
    };

    [Test]
    public void Reads_a_2_0_request_as_it_came()
    {
        var payload = VersionJson.Of(SomeRequests.Full());

        var read = Reader.Read(Carrying(payload));

        Assert.That(read.Errors, Is.Empty);
        Assert.That(read.IsUpgraded, Is.False);
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(read.CanonicalJson!), payload), Is.True);
    }

    [Test]
    public void Reads_a_1_0_request_as_2_0_with_what_the_upgrade_did_not_carry()
    {
        var v1 = RequestDowngrade.Apply(VersionJson.Of(SomeRequests.Full())).Document;
        v1["confidentiality"]!["useLimitations"] = new JsonArray("Solo para este proceso.");

        var read = Reader.Read(Carrying(v1));

        Assert.That(read.Errors, Is.Empty);
        Assert.That(read.ReceivedVersion, Is.EqualTo("1.0"));
        Assert.That(JsonNode.Parse(read.CanonicalJson!)!["schemaVersion"]!.GetValue<string>(), Is.EqualTo("2.0"));
        Assert.That(VersionJson.Named(read.Notes), Is.EqualTo(new[] { "version.upgraded /confidentiality/useLimitations/0" }));
    }

    [Test]
    public void Refuses_a_1_0_request_that_breaks_the_v1_schema_naming_the_v1_field()
    {
        var v1 = RequestDowngrade.Apply(VersionJson.Of(SomeRequests.Full())).Document;
        v1["persons"]![0]!.AsObject()["sex"] = "male";

        var read = Reader.Read(Carrying(v1));

        Assert.That(read.Errors.Select(e => e.Rule), Is.Not.Empty.And.All.EqualTo(ValidationRules.Schema));
        Assert.That(read.Errors.Select(e => e.Message), Has.Some.Contain("/persons/0").And.All.Contain("schema v1"));
    }

    [Test]
    public void Reads_a_1_0_response_as_2_0()
    {
        var v1 = ResponseDowngrade.Apply(VersionJson.Of(SomeResponses.Full())).Document;

        var read = Reader.Read(Carrying(v1, MessageType.CooperationResponse));

        Assert.That(read.Errors, Is.Empty);
        Assert.That(JsonNode.Parse(read.CanonicalJson!)!["schemaVersion"]!.GetValue<string>(), Is.EqualTo("2.0"));
    }

    [TestCase("3.0")]
    [TestCase("1")]
    [TestCase(null)]
    public void Refuses_a_version_it_does_not_read_naming_the_ones_it_does(string? version)
    {
        var payload = VersionJson.Of(SomeRequests.Minimal());
        if (version is null) payload.Remove("schemaVersion");
        else payload["schemaVersion"] = version;

        var read = Reader.Read(Carrying(payload));

        Assert.That(read.Errors.Select(e => e.Rule), Is.EqualTo(new[] { VersionRules.Unsupported }));
        Assert.That(read.Errors[0].Message, Does.Contain("\"1.0\" or \"2.0\""));
        Assert.That(read.CanonicalJson, Is.Null);
    }
}
