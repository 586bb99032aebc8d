using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Lineage;

namespace CooperJus.Adapters.ES.Tests.Support;

/// <summary>
/// The gateway's lineage rule: each leaf of the canonical JSON, except the schema version and the provenance, has a
/// lineage entry at its own path or at the path of the array of scalars holding it.
/// </summary>
internal static class LineageCoverage
{
    public static List<string> UncoveredLeaves(string canonicalJson, IReadOnlyList<LineageEntry> lineage)
    {
        var covered = lineage.Select(e => e.CanonicalPath).ToHashSet(StringComparer.Ordinal);
        var uncovered = new List<string>();
        Walk(JsonNode.Parse(canonicalJson), "", null, covered, uncovered);
        return uncovered;
    }

    private static void Walk(JsonNode? node, string path, string? scalarArrayPath, HashSet<string> covered, List<string> uncovered)
    {
        if (path is "/schemaVersion" || path.StartsWith("/provenance", StringComparison.Ordinal)) return;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj) Walk(child, $"{path}/{name}", null, covered, uncovered);
                break;
            case JsonArray array:
                var scalars = array.All(item => item is JsonValue) ? path : null;
                for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}/{i}", scalars, covered, uncovered);
                break;
            default:
                if (!covered.Contains(path) && (scalarArrayPath is null || !covered.Contains(scalarArrayPath))) uncovered.Add(path);
                break;
        }
    }
}
