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
    public void Refuses_with_a_reason_a_1_0_request_holding_a_number_beyond_64_bits()
    {
        var v1 = RequestDowngrade.Apply(VersionJson.Of(SomeRequests.Full())).Document;
        v1["attachments"]![0]!.AsObject()["size"] = JsonNode.Parse("99999999999999999999");

        var read = Reader.Read(Carrying(v1));

        Assert.That(read.Errors.Select(e => e.Rule), Is.EqualTo(new[] { ValidationRules.Schema }));
        Assert.That(read.Errors[0].Message, Does.Contain("too large to check"));
        Assert.That(read.CanonicalJson, Is.Null);
    }

    [Test]
    public void Refuses_with_a_reason_a_2_0_response_the_schema_allows_but_the_model_cannot_hold()
    {
        var v2 = VersionJson.Of(SomeResponses.Full());
        v2["results"]![0]!.AsObject()["measureIndex"] = 3000000000;

        var read = Reader.Read(Carrying(v2, MessageType.CooperationResponse));

        Assert.That(read.Errors.Select(e => e.Rule), Is.EqualTo(new[] { ValidationRules.Schema }));
        Assert.That(read.Errors[0].Message, Does.StartWith("the payload does not read as a cooperation response"));
    }

    [Test]
    public void Refuses_with_a_reason_a_1_0_response_the_v1_schema_allows_but_the_model_cannot_hold()
    {
        var v1 = JsonNode.Parse("""{"schemaVersion":"1.0","responseId":"0190e8b4-1a2b-7c3d-9e4f-5a6b7c8d9e0f","inResponseTo":"5c3f2a9e-41b7-8d02-9a6e-3b1f0c7d2e84","status":"in-progress","createdAt":"2025-06-02T11:00:00+02:00","respondingAuthority":{"country":"ES"},"results":[{"measureIndex":3000000000,"status":"in-progress","summary":"En curso."}],"attachments":[],"language":"es"}""")!.AsObject();

        var read = Reader.Read(Carrying(v1, MessageType.CooperationResponse));

        Assert.That(read.Errors.Select(e => e.Rule), Is.EqualTo(new[] { ValidationRules.Schema }));
        Assert.That(read.Errors[0].Message, Does.StartWith("the payload does not read as a cooperation response"));
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
