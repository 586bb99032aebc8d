using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.BR.Tests.Support;

/// <summary>
/// The conformance rule on lineage: every leaf of the canonical JSON (but schemaVersion and provenance) has an entry
/// with exactly its path, or, inside an array of scalars, the array's path.
/// </summary>
internal static class LineageCoverage
{
    public static List<string> Uncovered(RecordResult result)
    {
        var covered = result.Lineage.Select(l => l.CanonicalPath).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        Walk(JsonNode.Parse(CanonicalJson.Serialize(result.Request!))!, "", covered, missing);
        return missing;
    }

    private static void Walk(JsonNode node, string path, HashSet<string> covered, List<string> missing)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (path.Length == 0 && name is "schemaVersion" or "provenance") continue;
                    if (child is not null) Walk(child, path + "/" + name, covered, missing);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue && covered.Contains(path)) continue;
                    Walk(array[i]!, $"{path}/{i}", covered, missing);
                }
                break;
            default:
                if (!covered.Contains(path)) missing.Add(path);
                break;
        }
    }
}
