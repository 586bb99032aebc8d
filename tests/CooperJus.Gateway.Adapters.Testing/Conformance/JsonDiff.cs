using System.Text.Json.Nodes;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// The differences between two JSON documents, leaf by leaf, each named by its JSON pointer: a wall of text tells a
/// reviewer nothing, <c>/persons/0/birthDate: expected "1980-02-01", got "1980-01-02"</c> tells what to look at.
/// </summary>
internal static class JsonDiff
{
    /// <summary>One differing leaf: its pointer, and its value on each side as JSON (null when absent).</summary>
    public sealed record Difference(string Path, string? Expected, string? Actual)
    {
        public override string ToString() => $"{Path}: expected {Expected ?? "nothing"}, got {Actual ?? "nothing"}";
    }

    public static IReadOnlyList<Difference> Compare(JsonNode? expected, JsonNode? actual)
    {
        var differences = new List<Difference>();
        Walk(expected, actual, "", differences);
        return differences;
    }

    private static void Walk(JsonNode? expected, JsonNode? actual, string path, List<Difference> differences)
    {
        switch (expected, actual)
        {
            case (JsonObject left, JsonObject right):
                foreach (var name in left.Select(p => p.Key).Union(right.Select(p => p.Key), StringComparer.Ordinal))
                    Walk(left[name], right[name], path + "/" + Escape(name), differences);
                break;
            case (JsonArray left, JsonArray right):
                for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
                    Walk(i < left.Count ? left[i] : null, i < right.Count ? right[i] : null, $"{path}/{i}", differences);
                break;
            case (JsonObject or JsonArray, null):
                foreach (var (leafPath, value) in Leaves(expected, path)) differences.Add(new Difference(leafPath, value, null));
                break;
            case (null, JsonObject or JsonArray):
                foreach (var (leafPath, value) in Leaves(actual, path)) differences.Add(new Difference(leafPath, null, value));
                break;
            default:
                var was = expected?.ToJsonString();
                var now = actual?.ToJsonString();
                if (!string.Equals(was, now, StringComparison.Ordinal)) differences.Add(new Difference(path, was, now));
                break;
        }
    }

    private static IEnumerable<(string Path, string Value)> Leaves(JsonNode? node, string path) =>
        node switch
        {
            JsonObject obj => obj.SelectMany(p => Leaves(p.Value, path + "/" + Escape(p.Key))),
            JsonArray array => array.SelectMany((item, i) => Leaves(item, $"{path}/{i}")),
            null => [],
            _ => [(path, node.ToJsonString())],
        };

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
