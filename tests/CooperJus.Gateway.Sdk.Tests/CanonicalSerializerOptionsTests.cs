using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Tests.Support;

namespace CooperJus.Gateway.Sdk.Tests;

public sealed class CanonicalSerializerOptionsTests
{
    [Test]
    public void Serialize_then_Deserialize_keeps_every_value()
    {
        var json = Serialize(Some.Request());

        Assert.That(Serialize(Deserialize(json)), Is.EqualTo(json));
    }

    [Test]
    public void Writes_camelCase_properties_kebab_case_codes_and_ISO_dates()
    {
        var root = JsonNode.Parse(Serialize(Some.Request()))!;

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
        var json = Serialize(Some.Request() with { ValidatingAuthority = null });

        Assert.That(json, Does.Not.Contain("validatingAuthority"));
        Assert.That(json, Does.Not.Contain("null"));
        Assert.That(json, Does.Contain("Extracción ilegal"));
        Assert.That(json, Does.Contain("Galería Ñandú S.L."));
    }

    [Test]
    public void Compact_options_write_one_line()
    {
        var json = JsonSerializer.Serialize(Some.Request(), CanonicalSerializerOptions.Compact);

        Assert.That(json, Does.Not.Contain('\n'));
        Assert.That(JsonSerializer.Deserialize<CooperationRequest>(json, CanonicalSerializerOptions.Indented)!.RequestId, Is.EqualTo(Some.Request().RequestId));
    }

    [Test]
    public void Rejects_a_duplicated_property()
    {
        var json = Serialize(Some.Request()).Replace("\"language\": \"es\",", "\"language\": \"es\", \"language\": \"pt\",", StringComparison.Ordinal);

        Assert.That(() => Deserialize(json), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public void Rejects_enum_numbers_and_unknown_codes()
    {
        var json = Serialize(Some.Request());

        Assert.That(() => Deserialize(json.Replace("\"very-urgent\"", "2", StringComparison.Ordinal)), Throws.InstanceOf<JsonException>());
        Assert.That(() => Deserialize(json.Replace("\"very-urgent\"", "\"rather-urgent\"", StringComparison.Ordinal)), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public void Rejects_a_missing_required_property()
    {
        var node = JsonNode.Parse(Serialize(Some.Request()))!.AsObject();
        node.Remove("requestId");

        Assert.That(() => Deserialize(node.ToJsonString()), Throws.InstanceOf<JsonException>().With.Message.Contains("requestId"));
    }

    [Test]
    public void Rejects_the_null_literal() =>
        Assert.That(() => Deserialize("null"), Throws.InstanceOf<JsonException>());

    [Test]
    public void Options_are_frozen() =>
        Assert.That(CanonicalSerializerOptions.Indented.IsReadOnly && CanonicalSerializerOptions.Compact.IsReadOnly, Is.True);

    private static string Serialize(CooperationRequest request) => JsonSerializer.Serialize(request, CanonicalSerializerOptions.Indented);

    private static CooperationRequest Deserialize(string json) => JsonSerializer.Deserialize<CooperationRequest>(json, CanonicalSerializerOptions.Indented)!;
}
