using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Tests.Versions;
using CooperJus.Gateway.Core.Versions;
using CooperJus.Gateway.IntegrationTests.Interop;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Sdk;
using CsCheck;

namespace CooperJus.Gateway.IntegrationTests.Versions;

/// <summary>
/// A v1 partner validating with another tool accepts what a gateway sends it: Ajv (<c>tests/interop/validate-schema.mjs</c>)
/// accepts the downgrade of hundreds of generated v2 requests and responses against the v1 schemas, and their
/// reading back as v2 against the v2 schemas.
/// </summary>
[TestFixture]
public sealed class IndependentVersionValidationTests
{
    private const int GeneratedDocuments = 200;

    private TemporaryFolder _folder = null!;

    [OneTimeSetUp]
    public void RequireAjv() => NodeScript.RequireAjv();

    [SetUp]
    public void Create() => _folder = new TemporaryFolder();

    [TearDown]
    public void Dispose() => _folder.Dispose();

    [Test]
    public void Ajv_accepts_every_downgraded_request_as_v1_and_its_reading_back_as_v2()
    {
        var v1 = Generate(VersionGenerators.Request, r => RequestDowngrade.Apply(JsonSerializer.SerializeToNode(r, CanonicalJson.CompactOptions)!.AsObject()).Document);

        AssertValid("cooperation-request.v1.schema.json", Write(v1, "request-v1"));
        AssertValid("cooperation-request.v2.schema.json", Write(v1.Select(d => RequestUpgrade.Apply(d).Document), "request-v2"));
    }

    [Test]
    public void Ajv_accepts_every_downgraded_response_as_v1_and_its_reading_back_as_v2()
    {
        var v1 = Generate(VersionGenerators.Response, r => ResponseDowngrade.Apply(JsonSerializer.SerializeToNode(r, CanonicalJson.CompactOptions)!.AsObject()).Document);

        AssertValid("cooperation-response.v1.schema.json", Write(v1, "response-v1"));
        AssertValid("cooperation-response.v2.schema.json", Write(v1.Select(d => ResponseUpgrade.Apply(d).Document), "response-v2"));
    }

    private static List<JsonObject> Generate<T>(Gen<T> documents, Func<T, JsonObject> convert) => [.. documents.Array[GeneratedDocuments].Single().Select(convert)];

    private string[] Write(IEnumerable<JsonObject> documents, string name) =>
        [.. documents.Select((document, i) =>
        {
            var file = _folder.Combine($"{name}-{i:000}.json");
            File.WriteAllText(file, document.ToJsonString());
            return file;
        })];

    private static void AssertValid(string schemaFile, string[] documents)
    {
        var result = ExternalCommand.Run(RepositoryPaths.Root, TimeSpan.FromMinutes(2), "node",
            [Path.Combine(NodeScript.Folder, "validate-schema.mjs"), Path.Combine(RepositoryPaths.Schemas, schemaFile), .. documents]);
        var firstFile = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Split(": ", 2)[0];
        Assert.That(result.ExitCode, Is.Zero, firstFile is not null && File.Exists(firstFile) ? $"{result}{Environment.NewLine}{File.ReadAllText(firstFile)}" : result.ToString());
    }
}
