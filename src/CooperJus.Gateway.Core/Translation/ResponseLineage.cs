using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Lineage;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// The lineage JSON of a canonical response read from a national response file: <c>responseId</c>,
/// <c>inResponseTo</c>, <c>sourceFile</c>, then the <c>entries</c> in the form of a request's lineage file.
/// </summary>
public static class ResponseLineage
{
    /// <summary>The lineage of <paramref name="response"/>, read from <paramref name="sourceFile"/>, as indented JSON.</summary>
    public static string ToJson(CooperationResponse response, string sourceFile, IReadOnlyList<LineageEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(response);
        // The entries are written as a request's lineage file writes them, so one reader (and one auditor) knows both.
        var request = JsonNode.Parse(CanonicalJson.SerializeValue(new LineageDocument { RequestId = response.InResponseTo, SourceFile = sourceFile, Entries = entries }))!.AsObject();
        var items = request["entries"]!;
        request.Remove("entries");
        var document = new JsonObject
        {
            ["responseId"] = response.ResponseId,
            ["inResponseTo"] = response.InResponseTo,
            ["sourceFile"] = sourceFile,
            ["entries"] = items,
        };
        return document.ToJsonString(CanonicalJson.Options);
    }
}
