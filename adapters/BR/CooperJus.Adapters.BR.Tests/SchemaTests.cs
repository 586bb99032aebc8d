using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CsCheck;
using NJsonSchema;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>What the adapter produces (a v2 document) validates against schemas/cooperation-request.v2.schema.json.</summary>
public sealed class SchemaTests
{
    private static readonly string SchemaFile = Path.Combine(Samples.Directory, "..", "..", "schemas", "cooperation-request.v2.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(SchemaFile).GetAwaiter().GetResult());

    private static IEnumerable<string> Violations(Gateway.Sdk.Model.CooperationRequest request) =>
        Schema.Value.Validate(CanonicalJson.Serialize(request)).Select(e => $"{e.Path}: {e.Kind}");

    [SetUp]
    public void RequireTheV2Schema()
    {
        // The v2 schema is written by its own piece of the v2 work; until it is merged here there is nothing to validate against.
        if (!File.Exists(SchemaFile)) Assert.Ignore("schemas/cooperation-request.v2.schema.json is not on this branch yet.");
    }

    [Test]
    public void Good_sample_requests_validate_against_the_canonical_schema()
    {
        foreach (var result in Import.File(Samples.Good)) Assert.That(Violations(result.Request!), Is.Empty, result.RecordId);
    }

    [Test]
    public void Requests_read_back_from_a_rendering_validate_against_the_canonical_schema()
    {
        ExpressibleRequests.Request.Sample(request =>
        {
            using var output = new MemoryStream();
            var adapter = TestAdapter.Create();
            adapter.Render([request], output);
            var read = adapter.Read(Gateway.Sdk.Adapters.SourceFile.FromBytes("pedidos_schema.json", output.ToArray())).Single();
            Assert.That(Violations(read.Request!), Is.Empty);
        }, iter: 100);
    }
}
