using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperJus.Gateway.Benchmarks.Generic;

/// <summary>Applies a <see cref="ReferenceRenamer"/> to every string value of a JSON tree, in place.</summary>
internal static class JsonRenaming
{
    public static void Apply(JsonNode? node, ReferenceRenamer renamer)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (Renamed(obj[name], renamer) is { } value) obj[name] = value;
                    else Apply(obj[name], renamer);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Renamed(array[i], renamer) is { } value) array[i] = value;
                    else Apply(array[i], renamer);
                }
                break;
        }
    }

    private static string? Renamed(JsonNode? node, ReferenceRenamer renamer) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? renamer.Rename(value.GetValue<string>()) : null;
}
