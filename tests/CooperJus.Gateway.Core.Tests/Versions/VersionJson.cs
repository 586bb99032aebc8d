using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Tests.Schemas;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Tests.Versions;

/// <summary>Documents as the converters see them, and the schema files that judge what they make.</summary>
internal static class VersionJson
{
    public const string RequestV1 = "cooperation-request.v1.schema.json";
    public const string ResponseV1 = "cooperation-response.v1.schema.json";
    public const string RequestV2 = "cooperation-request.v2.schema.json";
    public const string ResponseV2 = "cooperation-response.v2.schema.json";

    public static JsonObject Of(CooperationRequest request) => JsonSerializer.SerializeToNode(request, CanonicalJson.CompactOptions)!.AsObject();

    public static JsonObject Of(CooperationResponse response) => JsonSerializer.SerializeToNode(response, CanonicalJson.CompactOptions)!.AsObject();

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>Every violation of the schema file <paramref name="schemaFile"/> by <paramref name="document"/>, as lines.</summary>
    public static async Task<List<string>> ViolationsAsync(string schemaFile, JsonObject document)
    {
        var schema = await SchemaFiles.LoadAsync(schemaFile);
        return ValidationErrors.Leaves(schema.Validate(document.ToJsonString())).Select(e => $"{e.Kind} at {e.Path}").ToList();
    }

    /// <summary>The canonical paths the notes name, with their rule: <c>version.not-carried /persons/0/sex</c>.</summary>
    public static List<string> Named(IEnumerable<Problem> notes) => notes.Select(n => $"{n.Rule} {n.CanonicalPath}").ToList();
}
