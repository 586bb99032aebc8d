using System.Text.Json;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;
using NJsonSchema;

namespace CooperJus.Gateway.Core.Tests.Schemas;

/// <summary>
/// Property tests: whatever an adapter legitimately builds, <see cref="CanonicalJson"/> writes a document the schema
/// accepts, and reading it back and writing it again gives the same bytes (so a signature over them survives).
/// </summary>
[TestFixture]
public sealed class CanonicalRoundTripProperties
{
    private const int Iterations = 300;

    [Test]
    public async Task Every_generated_request_validates_and_round_trips()
    {
        var schema = await SchemaFiles.LoadAsync(SchemaFiles.Request);

        CanonicalGenerators.Request.Sample(
            request => Problems(schema, CanonicalJson.Serialize(request), json => CanonicalJson.Serialize(CanonicalJson.Deserialize(json))).Count == 0,
            iter: Iterations,
            print: request => Explain(schema, CanonicalJson.Serialize(request), json => CanonicalJson.Serialize(CanonicalJson.Deserialize(json))));
    }

    [Test]
    public async Task Every_generated_response_validates_and_round_trips()
    {
        var schema = await SchemaFiles.LoadAsync(SchemaFiles.Response);

        CanonicalGenerators.Response.Sample(
            response => Problems(schema, CanonicalJson.SerializeValue(response), ReadAndWriteResponse).Count == 0,
            iter: Iterations,
            print: response => Explain(schema, CanonicalJson.SerializeValue(response), ReadAndWriteResponse));
    }

    /// <summary>Together the generated documents use every property of the schema, so the tests above have seen each one.</summary>
    [TestCase(SchemaFiles.Request)]
    [TestCase(SchemaFiles.Response)]
    public void Generated_documents_use_every_schema_property(string schemaFile)
    {
        var schema = SchemaFiles.Raw(schemaFile);
        var documents = schemaFile == SchemaFiles.Request
            ? CanonicalGenerators.Request.Array[Iterations].Single().Select(CanonicalJson.Serialize)
            : CanonicalGenerators.Response.Array[Iterations].Single().Select(r => CanonicalJson.SerializeValue(r));

        var used = documents.SelectMany(json => SchemaCoverage.PropertiesUsed(schema, System.Text.Json.Nodes.JsonNode.Parse(json))).ToHashSet(StringComparer.Ordinal);

        Assert.That(SchemaCoverage.AllProperties(schema).Except(used), Is.Empty);
    }

    private static string ReadAndWriteResponse(string json) =>
        CanonicalJson.SerializeValue(JsonSerializer.Deserialize<CooperationResponse>(json, CanonicalJson.Options));

    private static List<string> Problems(JsonSchema schema, string json, Func<string, string> readAndWrite)
    {
        var problems = ValidationErrors.Leaves(schema.Validate(json)).Select(e => $"{e.Kind} at {e.Path}").ToList();
        if (readAndWrite(json) != json) problems.Add("reading the document back and writing it again changed it");
        return problems;
    }

    private static string Explain(JsonSchema schema, string json, Func<string, string> readAndWrite) =>
        string.Join(Environment.NewLine, Problems(schema, json, readAndWrite).Append(json));
}
