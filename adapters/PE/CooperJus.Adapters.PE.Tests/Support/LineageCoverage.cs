using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.PE.Tests.Support;

/// <summary>
/// The house lineage rule: every leaf of the canonical JSON (but /schemaVersion and /provenance) has a lineage entry
/// at exactly its path, or, for an array of scalars, at the array's path.
/// </summary>
internal static class LineageCoverage
{
    public static IReadOnlyList<string> Uncovered(RecordResult result)
    {
        ArgumentNullException.ThrowIfNull(result.Request);
        var covered = result.Lineage.Select(e => e.CanonicalPath).ToHashSet(StringComparer.Ordinal);
        var leaves = new List<string>();
        Collect(JsonNode.Parse(CanonicalJson.Serialize(result.Request))!, "", leaves);
        return [.. leaves.Where(p => p != "/schemaVersion" && !p.StartsWith("/provenance", StringComparison.Ordinal) && !covered.Contains(p))];
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
