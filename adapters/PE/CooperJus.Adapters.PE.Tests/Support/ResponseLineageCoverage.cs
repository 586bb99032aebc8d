using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.PE.Tests.Support;

/// <summary>The house lineage rule for responses: every leaf of the canonical JSON but /schemaVersion has a lineage entry at its path (an array of scalars, at the array's).</summary>
internal static class ResponseLineageCoverage
{
    public static IReadOnlyList<string> Uncovered(ResponseRecordResult result)
    {
        ArgumentNullException.ThrowIfNull(result.Response);
        var covered = result.Lineage.Select(e => e.CanonicalPath).ToHashSet(StringComparer.Ordinal);
        var leaves = new List<string>();
        Collect(JsonNode.Parse(CanonicalJson.Serialize(result.Response))!, "", leaves);
        return [.. leaves.Where(p => p != "/schemaVersion" && !covered.Contains(p))];
    }

    private static void Collect(JsonNode node, string path, List<string> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                    if (child is not null) Collect(child, $"{path}/{name}", leaves);
                break;
            case JsonArray array when array.Count > 0 && array.All(item => item is JsonValue):
                leaves.Add(path);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    if (array[i] is { } item) Collect(item, $"{path}/{i}", leaves);
                break;
            default:
                leaves.Add(path);
                break;
        }
    }
}
