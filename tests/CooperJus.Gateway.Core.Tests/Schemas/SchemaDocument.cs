using System.Text.Json.Nodes;

namespace CooperJus.Gateway.Core.Tests.Schemas;

/// <summary>
/// A schema file as raw JSON, with the few navigation helpers the tests need: its definitions, <c>$ref</c>
/// resolution, and a walk over every subschema with a readable location.
/// </summary>
internal sealed class SchemaDocument
{
    private const string DefinitionPrefix = "#/definitions/";

    public SchemaDocument(JsonObject root) => Root = root;

    public JsonObject Root { get; }

    public JsonObject Definitions => Root["definitions"]?.AsObject() ?? [];

    public JsonObject Definition(string name) =>
        Definitions[name]?.AsObject() ?? throw new KeyNotFoundException($"The schema has no definition '{name}'.");

    /// <summary>The definition a <c>$ref</c> points to, or null when <paramref name="schema"/> has no <c>$ref</c>.</summary>
    public static string? ReferencedDefinition(JsonObject schema)
    {
        var reference = schema["$ref"]?.GetValue<string>();
        if (reference is null) return null;
        if (!reference.StartsWith(DefinitionPrefix, StringComparison.Ordinal))
            throw new InvalidDataException($"'{reference}' is not a reference to a local definition.");
        return reference[DefinitionPrefix.Length..];
    }

    /// <summary>The schema itself, or the definition its <c>$ref</c> points to.</summary>
    public JsonObject Resolve(JsonObject schema) =>
        ReferencedDefinition(schema) is { } name ? Definition(name) : schema;

    public static IReadOnlyList<string> Strings(JsonNode? array) =>
        array is JsonArray items ? [.. items.Select(i => i!.GetValue<string>())] : [];

    /// <summary>
    /// Every schema object in the file with where it sits (<c>definitions/person/properties/ref</c>): the root, each
    /// definition, each property schema and each <c>items</c> schema.
    /// </summary>
    public IEnumerable<(string Location, JsonObject Schema)> Subschemas()
    {
        foreach (var found in Walk("(root)", Root)) yield return found;
        foreach (var (name, definition) in Definitions)
        {
            foreach (var found in Walk($"definitions/{name}", definition!.AsObject())) yield return found;
        }
    }

    private static IEnumerable<(string, JsonObject)> Walk(string location, JsonObject schema)
    {
        yield return (location, schema);
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, property) in properties)
            {
                foreach (var found in Walk($"{location}/properties/{name}", property!.AsObject())) yield return found;
            }
        }
        if (schema["items"] is JsonObject items)
        {
            foreach (var found in Walk($"{location}/items", items)) yield return found;
        }
    }
}
