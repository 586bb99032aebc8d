using System.Text.Json.Nodes;

namespace CooperJus.Gateway.Core.Tests.Schemas;

/// <summary>
/// Which schema properties a document actually uses, named <c>definition.property</c> (<c>person.birthDate</c>, or
/// <c>(root).requestId</c>), found by walking the document alongside the schema.
/// </summary>
internal static class SchemaCoverage
{
    private const string RootName = "(root)";

    public static IReadOnlySet<string> AllProperties(SchemaDocument schema)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        AddProperties(all, RootName, schema.Root);
        foreach (var (name, definition) in schema.Definitions) AddProperties(all, name, definition!.AsObject());
        return all;
    }

    public static IReadOnlySet<string> PropertiesUsed(SchemaDocument schema, JsonNode? document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        Walk(schema, document, schema.Root, RootName, used);
        return used;
    }

    private static void AddProperties(HashSet<string> all, string owner, JsonObject schema)
    {
        if (schema["properties"] is not JsonObject properties) return;
        foreach (var (name, _) in properties) all.Add($"{owner}.{name}");
    }

    private static void Walk(SchemaDocument schema, JsonNode? node, JsonObject subschema, string owner, HashSet<string> used)
    {
        if (SchemaDocument.ReferencedDefinition(subschema) is { } definition)
        {
            owner = definition;
            subschema = schema.Definition(definition);
        }
        if (node is JsonObject obj && subschema["properties"] is JsonObject properties)
        {
            foreach (var (name, value) in obj)
            {
                used.Add($"{owner}.{name}");
                if (properties[name] is JsonObject property) Walk(schema, value, property, owner, used);
            }
        }
        if (node is JsonArray array && subschema["items"] is JsonObject items)
        {
            foreach (var item in array) Walk(schema, item, items, owner, used);
        }
    }
}
