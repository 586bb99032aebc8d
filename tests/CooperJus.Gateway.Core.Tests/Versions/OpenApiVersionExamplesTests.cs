using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Core.Tests.Schemas;
using CooperJus.Gateway.Core.Versions;

namespace CooperJus.Gateway.Core.Tests.Versions;

/// <summary>The payload examples of the partner protocol's description are real: each validates, and its 1.0 response is what the gateway writes.</summary>
[TestFixture]
public sealed partial class OpenApiVersionExamplesTests
{
    private static JsonObject Example(string name)
    {
        var openApi = File.ReadAllText(Path.Combine(SchemaFiles.RepositoryRoot, "docs", "partner-protocol.openapi.yaml"));
        var match = Regex.Match(openApi, $"^    {name}:\\n      summary: .*\\n      value:\\n(?<json>(        .*\\n)+)", RegexOptions.Multiline);
        Assert.That(match.Success, Is.True, $"example {name} in docs/partner-protocol.openapi.yaml");
        return VersionJson.Parse(match.Groups["json"].Value);
    }

    [TestCase("CooperationRequestV2", VersionJson.RequestV2)]
    [TestCase("CooperationResponseV2", VersionJson.ResponseV2)]
    [TestCase("CooperationResponseV1", VersionJson.ResponseV1)]
    public async Task Each_payload_example_validates_against_the_schema_of_its_version(string name, string schema) =>
        Assert.That(await VersionJson.ViolationsAsync(schema, Example(name)), Is.Empty);

    [Test]
    public void The_1_0_response_example_is_the_downgrade_of_the_2_0_one() =>
        Assert.That(JsonNode.DeepEquals(ResponseDowngrade.Apply(Example("CooperationResponseV2")).Document, Example("CooperationResponseV1")), Is.True,
            ResponseDowngrade.Apply(Example("CooperationResponseV2")).Document.ToJsonString());
}
