using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperJus.Gateway.Core.Versions;

/// <summary>Small readings of <see cref="JsonNode"/> values that the converters share.</summary>
internal static class JsonValues
{
    /// <summary>
    /// True when <paramref name="node"/> says something: not null, not an empty list, not an object whose every property
    /// is empty. <c>false</c> and <c>0</c> say something (a person who is not a minor).
    /// </summary>
    public static bool IsNonEmpty(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject obj => obj.Any(p => IsNonEmpty(p.Value)),
        _ => node.GetValueKind() != JsonValueKind.Null,
    };

    /// <summary>The string at <paramref name="name"/> of <paramref name="obj"/>, or null when absent or not a string.</summary>
    public static string? String(JsonObject? obj, string name) =>
        obj?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The objects of the array at <paramref name="name"/>, with their index (empty when absent).</summary>
    public static IEnumerable<(int Index, JsonObject Item)> Objects(JsonObject? obj, string name) =>
        (obj?[name] as JsonArray ?? new JsonArray()).Select((node, i) => (i, node)).Where(p => p.node is JsonObject).Select(p => (p.i, (JsonObject)p.node!));

    /// <summary>The strings of the array at <paramref name="name"/> (empty when absent).</summary>
    public static IReadOnlyList<string> Strings(JsonObject? obj, string name) =>
        (obj?[name] as JsonArray ?? new JsonArray()).OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : v.ToJsonString()).ToList();

    /// <summary>The value as its text: a string as written, anything else as compact JSON.</summary>
    public static string Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString() ?? "";

    /// <summary>
    /// Puts <paramref name="value"/> under <paramref name="newName"/> where <paramref name="oldName"/> was (removing it),
    /// or at the end when it was absent: a property renamed between versions keeps its place, so a document converted
    /// there and back is the same text.
    /// </summary>
    public static void Replace(JsonObject obj, string oldName, string newName, JsonNode? value)
    {
        var index = obj.IndexOf(oldName);
        if (index < 0)
        {
            obj[newName] = value;
            return;
        }
        obj.RemoveAt(index);
        obj.Insert(index, newName, value);
    }

    /// <summary>Puts <paramref name="value"/> under <paramref name="name"/> just after <paramref name="after"/> (at the end when absent).</summary>
    public static void InsertAfter(JsonObject obj, string after, string name, JsonNode? value)
    {
        obj.Remove(name);
        var index = obj.IndexOf(after);
        if (index < 0) obj[name] = value;
        else obj.Insert(index + 1, name, value);
    }
}
