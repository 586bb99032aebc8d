using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Lineage;

namespace CooperJus.Adapters.__ID__.Tests.Support;

/// <summary>
/// The lineage rule every adapter keeps: each leaf value of a canonical document, except the schema version and the
/// provenance, has a lineage entry at its own path, or at the path of the array of scalars it belongs to.
/// </summary>
internal static class LineageCoverage
{
    public static IReadOnlyList<string> UncoveredLeaves(string canonicalJson, IReadOnlyList<LineageEntry> lineage)
    {
        var covered = lineage.Select(e => e.CanonicalPath).ToHashSet(StringComparer.Ordinal);
        var uncovered = new List<string>();
        Walk(JsonNode.Parse(canonicalJson), "", parentIsScalarArray: false, covered, uncovered);
        return uncovered;
    }

    private static void Walk(JsonNode? node, string path, bool parentIsScalarArray, HashSet<string> covered, List<string> uncovered)
    {
        if (path is "/schemaVersion" || path.StartsWith("/provenance", StringComparison.Ordinal)) return;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj) Walk(child, $"{path}/{name}", false, covered, uncovered);
                break;
            case JsonArray array:
                var scalars = array.All(item => item is JsonValue);
                for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}/{i}", scalars, covered, uncovered);
                break;
            default:
                var arrayPath = parentIsScalarArray ? path[..path.LastIndexOf('/')] : null;
                if (!covered.Contains(path) && (arrayPath is null || !covered.Contains(arrayPath))) uncovered.Add(path);
                break;
        }
    }
}
