using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using NJsonSchema.Validation;

namespace CooperJus.Gateway.Core.Tests.Schemas;

/// <summary>What <c>cooperation-response.v2.schema.json</c> accepts and rejects, checked with NJsonSchema.</summary>
[TestFixture]
public sealed class CooperationResponseSchemaTests
{
    [Test]
    public async Task Accepts_the_full_response_as_CanonicalJson_writes_it()
    {
        var errors = (await SchemaFiles.LoadAsync(SchemaFiles.Response)).Validate(CanonicalJson.SerializeValue(SomeResponses.Full()));

        Assert.That(errors, Is.Empty, ValidationErrors.Describe(errors));
    }

    [Test]
    public async Task Accepts_a_bare_acknowledgement()
    {
        var errors = (await SchemaFiles.LoadAsync(SchemaFiles.Response)).Validate(CanonicalJson.SerializeValue(SomeResponses.Minimal()));

        Assert.That(errors, Is.Empty, ValidationErrors.Describe(errors));
    }

    [Test]
    public void Full_response_fills_every_property_the_schema_defines()
    {
        var schema = SchemaFiles.Raw(SchemaFiles.Response);
        var seen = SchemaCoverage.PropertiesUsed(schema, JsonNode.Parse(CanonicalJson.SerializeValue(SomeResponses.Full())));

        Assert.That(SchemaCoverage.AllProperties(schema).Except(seen), Is.Empty);
    }

    [Test]
    public void Response_reads_back_from_its_canonical_JSON()
    {
        var json = CanonicalJson.SerializeValue(SomeResponses.Full());

        var read = JsonSerializer.Deserialize<CooperationResponse>(json, CanonicalJson.Options);

        Assert.That(CanonicalJson.SerializeValue(read), Is.EqualTo(json));
    }

    [Test]
    public void Statuses_are_written_as_kebab_case_codes()
    {
        var json = CanonicalJson.SerializeValue(SomeResponses.Full() with { Status = ResponseStatus.PartiallyExecuted });

        Assert.That(JsonNode.Parse(json)!["status"]!.GetValue<string>(), Is.EqualTo("partially-executed"));
    }

    [TestCase("inResponseTo")]
    [TestCase("status")]
    [TestCase("respondingAuthority")]
    [TestCase("language")]
    public async Task Rejects_response_missing_a_required_property(string name)
    {
        var document = JsonNode.Parse(CanonicalJson.SerializeValue(SomeResponses.Full()))!;
        JsonEdits.Remove(document, "/" + name);

        var errors = ValidationErrors.Leaves((await SchemaFiles.LoadAsync(SchemaFiles.Response)).Validate(document.ToJsonString()));

        Assert.That(errors.Select(e => (e.Kind, e.Path)), Is.EqualTo(new[] { (ValidationErrorKind.PropertyRequired, "#/" + name) }));
    }

    [TestCase("/status", "\"done\"", ValidationErrorKind.NotInEnumeration, "#/status")]
    [TestCase("/results/0/status", "\"in_progress\"", ValidationErrorKind.NotInEnumeration, "#/results[0].status")]
    [TestCase("/results/0/measureIndex", "-1", ValidationErrorKind.NumberTooSmall, "#/results[0].measureIndex")]
    [TestCase("/results/0/measureIndex", "\"0\"", ValidationErrorKind.IntegerExpected, "#/results[0].measureIndex")]
    [TestCase("/inResponseTo", "\"SGF-2024-000123\"", ValidationErrorKind.PatternMismatch, "#/inResponseTo")]
    [TestCase("/respondingAuthority/country", "\"ESP\"", ValidationErrorKind.PatternMismatch, "#/respondingAuthority.country")]
    [TestCase("/results/0/attachmentFileNames/0", "\"../extracto.pdf\"", ValidationErrorKind.PatternMismatch, "#/results[0].attachmentFileNames[0]")]
    [TestCase("/results/0/verdict", "\"ok\"", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/results[0].verdict")]
    [TestCase("/schemaVersion", "\"1.0\"", ValidationErrorKind.NotInEnumeration, "#/schemaVersion")]
    [TestCase("/results/2/refusalGrounds/0/code", "\"bank-secrecy\"", ValidationErrorKind.NotInEnumeration, "#/results[2].refusalGrounds[0].code")]
    [TestCase("/results/3/postponedUntil", "\"30/09/2024\"", ValidationErrorKind.DateExpected, "#/results[3].postponedUntil")]
    [TestCase("/results/3/costs/amount/amount", "1200", ValidationErrorKind.StringExpected, "#/results[3].costs.amount.amount")]
    [TestCase("/useLimitations/0/kind", "\"especialidad\"", ValidationErrorKind.NotInEnumeration, "#/useLimitations[0].kind")]
    public async Task Rejects_response_with_a_bad_value(string pointer, string valueJson, ValidationErrorKind expectedKind, string expectedPath)
    {
        var document = JsonNode.Parse(CanonicalJson.SerializeValue(SomeResponses.Full()))!;
        JsonEdits.Set(document, pointer, JsonNode.Parse(valueJson));

        var errors = ValidationErrors.Leaves((await SchemaFiles.LoadAsync(SchemaFiles.Response)).Validate(document.ToJsonString()));

        Assert.That(errors.Select(e => (e.Kind, e.Path)), Does.Contain((expectedKind, expectedPath)), ValidationErrors.Describe(errors));
    }
}
