using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Adapters.Testing.Conformance.Sources;

/// <summary>
/// A JSON sample. Lineage names an object by its JSON pointer and the property in <c>field</c>; an item of an array of
/// scalars by its own pointer (holding the index), <c>field</c> naming the array.
/// </summary>
internal sealed class JsonSourceDocument : ISourceDocument
{
    private readonly JsonNode? _root;

    private JsonSourceDocument(JsonNode? root)
    {
        _root = root;
        var filled = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(root, "", filled);
        FilledFields = filled;
    }

    public IReadOnlyDictionary<string, string> FilledFields { get; }

    public static JsonSourceDocument Parse(string text) => new(JsonNode.Parse(text));

    public SourceLookup Find(SourceLocation location)
    {
        if (!TryResolve(location.Path ?? "", out var node)) return SourceLookup.Missing;
        return node switch
        {
            JsonValue value => SourceLookup.Of(Text(value)),
            JsonObject obj when location.Field is null => SourceLookup.Of(null),
            JsonObject obj when obj.TryGetPropertyValue(location.Field, out var property) => SourceLookup.Of(property is JsonValue v ? Text(v) : null),
            _ => SourceLookup.Missing,
        };
    }

    public string FieldKey(SourceLocation location)
    {
        var path = location.Path ?? "";
        return TryResolve(path, out var node) && node is JsonValue ? WithoutIndexes(path) : WithoutIndexes(path) + "/" + location.Field;
    }

    private bool TryResolve(string pointer, out JsonNode? node)
    {
        node = _root;
        if (pointer.Length == 0) return true;
        foreach (var raw in pointer[1..].Split('/'))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj when obj.TryGetPropertyValue(segment, out var child) => child,
                JsonArray array when int.TryParse(segment, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
            if (node is null) return false;
        }
        return true;
    }

    private static void Collect(JsonNode? node, string path, Dictionary<string, string> filled)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj) Collect(child, path + "/" + name, filled);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Collect(array[i], $"{path}/{i}", filled);
                break;
            case JsonValue value when !string.IsNullOrWhiteSpace(Text(value)):
                filled.TryAdd(WithoutIndexes(path), path);
                break;
            default:
                break;
        }
    }

    private static string Text(JsonValue value) => value.TryGetValue<string>(out var text) ? text : value.ToJsonString();

    /// <summary><c>/pedidos/3/envolvidos/0/cpf</c> → <c>/pedidos/envolvidos/cpf</c>.</summary>
    private static string WithoutIndexes(string pointer) =>
        string.Concat(pointer.Split('/').Where(s => s.Length > 0 && !s.All(char.IsAsciiDigit)).Select(s => "/" + s));
}
