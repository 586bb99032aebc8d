using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Lineage;

namespace CooperJus.Gateway.Adapters.Testing;

/// <summary>
/// The lineage rule every adapter keeps: each leaf value of a canonical document, except the schema version and the
/// provenance, has a lineage entry at its own path, or at the path of the array of scalars it belongs to.
/// </summary>
public static class LineageCoverage
{
    /// <summary>The canonical paths of <paramref name="result"/>'s request that no lineage entry covers.</summary>
    public static IReadOnlyList<string> Uncovered(RecordResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(result.Request);
        return UncoveredLeaves(CanonicalJson.Serialize(result.Request), result.Lineage);
    }

    /// <summary>The canonical paths of <paramref name="result"/>'s response that no lineage entry covers.</summary>
    public static IReadOnlyList<string> Uncovered(ResponseRecordResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(result.Response);
        return UncoveredLeaves(CanonicalJson.Serialize(result.Response), result.Lineage);
    }

    /// <summary>The leaves of <paramref name="canonicalJson"/> that no entry of <paramref name="lineage"/> covers.</summary>
    public static IReadOnlyList<string> UncoveredLeaves(string canonicalJson, IReadOnlyList<LineageEntry> lineage)
    {
        ArgumentNullException.ThrowIfNull(lineage);
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
            case null:
                break;
            default:
                if (!covered.Contains(path) && (scalarArrayPath is null || !covered.Contains(scalarArrayPath))) uncovered.Add(path);
                break;
        }
    }
}
