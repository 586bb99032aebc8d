using System.Text.Json.Nodes;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>Resolves a JSON pointer in a canonical document.</summary>
internal static class CanonicalPointer
{
    public static JsonNode? Resolve(JsonNode? root, string pointer)
    {
        var node = root;
        if (pointer.Length == 0) return node;
        foreach (var raw in pointer[1..].Split('/'))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj when obj.TryGetPropertyValue(segment, out var child) => child,
                JsonArray array when int.TryParse(segment, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
            if (node is null) return null;
        }
        return node;
    }

    /// <summary>A scalar as text: a string's value, any other value as JSON.</summary>
    public static string? Text(JsonNode? node) =>
        node is JsonValue value ? (value.TryGetValue<string>(out var text) ? text : value.ToJsonString()) : null;
}
