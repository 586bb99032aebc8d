using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Core.Tests.Support;

namespace CooperJus.Gateway.Core.Tests;

public sealed class CanonicalJsonTests
{
    [Test]
    public void Serialize_then_Deserialize_keeps_every_value()
    {
        var json = CanonicalJson.Serialize(SomeRequests.Full());

        Assert.That(CanonicalJson.Serialize(CanonicalJson.Deserialize(json)), Is.EqualTo(json));
    }

    [Test]
    public void Writes_camelCase_properties_kebab_case_codes_and_ISO_dates()
    {
        var root = JsonNode.Parse(CanonicalJson.Serialize(SomeRequests.Full()))!;

        Assert.That(root["schemaVersion"]!.GetValue<string>(), Is.EqualTo("2.0"));
        Assert.That(root["kind"]!.GetValue<string>(), Is.EqualTo("mutual-legal-assistance"));
        Assert.That(root["urgency"]!["level"]!.GetValue<string>(), Is.EqualTo("very-urgent"));
        Assert.That(root["urgency"]!["deadlines"]![0]!["by"]!.GetValue<string>(), Is.EqualTo("2024-04-30"));
        Assert.That(root["createdAt"]!.GetValue<string>(), Is.EqualTo("2024-03-01T09:30:00-05:00"));
        Assert.That(root["persons"]![0]!["identityDocuments"]![0]!["checkDigit"]!.GetValue<string>(), Is.EqualTo("valid"));
        Assert.That(root["measures"]![0]!["type"]!.GetValue<string>(), Is.EqualTo("cultural-property-location"));
    }

    [Test]
    public void Omits_nulls_and_keeps_accented_letters_readable()
    {
        var json = CanonicalJson.Serialize(SomeRequests.Full() with { ValidatingAuthority = null });

        Assert.That(json, Does.Not.Contain("validatingAuthority"));
        Assert.That(json, Does.Not.Contain("null"));
        Assert.That(json, Does.Contain("Extracción ilegal"));
        Assert.That(json, Does.Contain("Galería Ñandú S.L."));
    }

    [Test]
    public void Compact_options_write_one_line()
    {
        var json = JsonSerializer.Serialize(SomeRequests.Full(), CanonicalJson.CompactOptions);

        Assert.That(json, Does.Not.Contain('\n'));
        Assert.That(JsonSerializer.Deserialize<CooperationRequest>(json, CanonicalJson.Options)!.RequestId, Is.EqualTo(SomeRequests.Full().RequestId));
    }

    [Test]
    public void Rejects_a_duplicated_property()
    {
        var json = CanonicalJson.Serialize(SomeRequests.Full()).Replace("\"language\": \"es\",", "\"language\": \"es\", \"language\": \"pt\",", StringComparison.Ordinal);

        Assert.That(() => CanonicalJson.Deserialize(json), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public void Rejects_enum_numbers_and_unknown_codes()
    {
        var json = CanonicalJson.Serialize(SomeRequests.Full());

        Assert.That(() => CanonicalJson.Deserialize(json.Replace("\"very-urgent\"", "2", StringComparison.Ordinal)), Throws.InstanceOf<JsonException>());
        Assert.That(() => CanonicalJson.Deserialize(json.Replace("\"very-urgent\"", "\"rather-urgent\"", StringComparison.Ordinal)), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public void Rejects_a_missing_required_property()
    {
        var node = JsonNode.Parse(CanonicalJson.Serialize(SomeRequests.Full()))!.AsObject();
        node.Remove("requestId");

        Assert.That(() => CanonicalJson.Deserialize(node.ToJsonString()), Throws.InstanceOf<JsonException>().With.Message.Contains("requestId"));
    }

    [Test]
    public void Rejects_the_null_literal() =>
        Assert.That(() => CanonicalJson.Deserialize("null"), Throws.InstanceOf<JsonException>());

    [Test]
    public void Options_are_frozen() =>
        Assert.That(CanonicalJson.Options.IsReadOnly && CanonicalJson.CompactOptions.IsReadOnly, Is.True);
}
