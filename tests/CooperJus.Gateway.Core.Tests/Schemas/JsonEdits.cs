using System.Globalization;
using System.Text.Json.Nodes;

namespace CooperJus.Gateway.Core.Tests.Schemas;

/// <summary>Edits a JSON document at a JSON pointer (<c>/persons/0/birthDate</c>), to make known-bad documents from good ones.</summary>
internal static class JsonEdits
{
    public static void Set(JsonNode root, string pointer, JsonNode? value)
    {
        var (parent, last) = Parent(root, pointer);
        if (parent is JsonArray array) array[Index(last)] = value;
        else parent.AsObject()[last] = value;
    }

    public static void Remove(JsonNode root, string pointer)
    {
        var (parent, last) = Parent(root, pointer);
        if (parent is JsonArray array) array.RemoveAt(Index(last));
        else if (!parent.AsObject().Remove(last)) throw new ArgumentException($"Nothing to remove at {pointer}.", nameof(pointer));
    }

    private static (JsonNode Parent, string Last) Parent(JsonNode root, string pointer)
    {
        var segments = pointer.Split('/')[1..];
        var node = root;
        foreach (var segment in segments[..^1])
        {
            node = (node is JsonArray array ? array[Index(segment)] : node.AsObject()[segment])
                ?? throw new ArgumentException($"{pointer} goes through a missing or null value at '{segment}'.", nameof(pointer));
        }
        return (node, segments[^1]);
    }

    private static int Index(string segment) => int.Parse(segment, CultureInfo.InvariantCulture);
}
