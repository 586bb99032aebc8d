using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Tests.Schemas;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Gateway.IntegrationTests.Interop;

/// <summary>
/// A partner validating with another tool gets our answer: Ajv (the npm package, draft-07, all errors, formats on, as
/// <c>schemas/README.md</c> tells partners to set it up), run by <c>tests/interop/validate-schema.mjs</c>, accepts every
/// canonical golden document and hundreds of generated requests and responses against the v2 schemas.
/// </summary>
[TestFixture]
public sealed class IndependentSchemaValidatorTests
{
    private const int GeneratedDocuments = 300;
    private const string RequestSchema = "cooperation-request.v2.schema.json";
    private const string ResponseSchema = "cooperation-response.v2.schema.json";

    private TemporaryFolder _folder = null!;

    [OneTimeSetUp]
    public void RequireAjv() => NodeScript.RequireAjv();

    [SetUp]
    public void Create() => _folder = new TemporaryFolder();

    [TearDown]
    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// The canonical requests of <c>samples/*/expected/</c>, without their lineage files; with <paramref name="responses"/>,
    /// the canonical responses of <c>samples/*/responses/expected/</c> instead.
    /// </summary>
    private static IReadOnlyList<string> GoldenDocuments(bool responses = false) =>
        [.. Directory.EnumerateFiles(RepositoryPaths.Samples, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "expected" && !f.EndsWith(".lineage.json", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f))) == "responses" == responses)
            .Order(StringComparer.Ordinal)];

    [Test]
    public void Every_golden_document_is_version_2()
    {
        var notV2 = GoldenDocuments().Concat(GoldenDocuments(responses: true))
            .Select(f => (File: Path.GetRelativePath(RepositoryPaths.Root, f), Version: JsonNode.Parse(File.ReadAllText(f))?["schemaVersion"]?.GetValue<string>()))
            .Where(d => d.Version != CooperationRequest.CurrentSchemaVersion)
            .Select(d => $"{d.File}: schemaVersion {d.Version ?? "(none)"}");

        Assert.That(notV2, Is.Empty);
    }

    [Test]
    public void Ajv_accepts_every_golden_document_against_the_v2_request_schema()
    {
        var goldens = GoldenDocuments();
        Assert.That(goldens, Is.Not.Empty, "no golden documents found under samples/*/expected/");

        var result = Validate(RequestSchema, goldens);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }

    [Test]
    public void Ajv_accepts_every_golden_response_against_the_v2_response_schema()
    {
        var goldens = GoldenDocuments(responses: true);
        Assert.That(goldens, Is.Not.Empty, "no golden responses found under samples/*/responses/expected/");

        var result = Validate(ResponseSchema, goldens);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }

    [Test]
    public void Ajv_accepts_generated_requests_as_the_gateway_writes_them()
    {
        // The hand-written writer is what goes on the wire; its bytes are the serializer's (CanonicalDocumentBytesTests).
        var files = Write(CanonicalGenerators.Request, CanonicalFiles.SerializeDocument, "request");

        var result = Validate(RequestSchema, files);

        Assert.That(result.ExitCode, Is.Zero, Explain(result));
    }

    [Test]
    public void Ajv_accepts_generated_responses()
    {
        var files = Write(CanonicalGenerators.Response, r => CanonicalJson.SerializeValue(r), "response");

        var result = Validate(ResponseSchema, files);

        Assert.That(result.ExitCode, Is.Zero, Explain(result));
    }

    /// <summary>The check can fail: a version 1 document is not a version 2 one, and the script says where.</summary>
    [Test]
    public void Ajv_rejects_a_version_1_document_against_the_v2_schema_and_names_it()
    {
        var file = _folder.Combine("v1.json");
        File.WriteAllText(file, """{"schemaVersion":"1.0","responseId":"0190e8b4-1a2b-7c3d-9e4f-5a6b7c8d9e0f","inResponseTo":"5c3f2a9e-41b7-8d02-9a6e-3b1f0c7d2e84","status":"acknowledged","createdAt":"2025-06-02T11:00:00+02:00","respondingAuthority":{"country":"ES"},"results":[],"attachments":[],"language":"es"}""");

        var result = Validate(ResponseSchema, [file]);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.Output, Does.StartWith(file + ": /schemaVersion must be equal to one of the allowed values"), result.ToString());
            Assert.That(result.Error, Does.Contain("0 valid, 1 invalid"));
        });
    }

    private string[] Write<T>(Gen<T> documents, Func<T, string> serialize, string name) =>
        [.. documents.Array[GeneratedDocuments].Single().Select((document, i) =>
        {
            var file = _folder.Combine($"{name}-{i:000}.json");
            File.WriteAllText(file, serialize(document));
            return file;
        })];

    private static ExternalCommand.Result Validate(string schemaFile, IEnumerable<string> documents) =>
        ExternalCommand.Run(RepositoryPaths.Root, TimeSpan.FromMinutes(2), "node",
            [Path.Combine(NodeScript.Folder, "validate-schema.mjs"), Path.Combine(RepositoryPaths.Schemas, schemaFile), .. documents]);

    /// <summary>What Ajv said, and the first document it rejected, which the temporary folder will not keep.</summary>
    private static string Explain(ExternalCommand.Result result)
    {
        var firstLine = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var file = firstLine.Split(": ", 2)[0];
        return File.Exists(file) ? $"{result}{Environment.NewLine}{file}:{Environment.NewLine}{File.ReadAllText(file)}" : result.ToString();
    }
}
