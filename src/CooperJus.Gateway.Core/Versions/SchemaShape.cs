using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Versions;

/// <summary>
/// Fits a document to the shape of an older schema: every property the schema does not declare is removed (with a
/// <see cref="VersionRules.NotCarried"/> note when it said something); the others keep their order, which is the
/// order the models write (v2 declares v1's properties in v1's order). Read from the schema itself, so a field added to
/// v2 later is never sent to a v1 partner unnoticed.
/// </summary>
/// <remarks>The v1 schemas close every object (<c>additionalProperties: false</c>): what is left after this validates.</remarks>
internal sealed class SchemaShape
{
    private readonly JsonObject _schema;
    private readonly JsonObject _definitions;

    private SchemaShape(JsonObject schema)
    {
        _schema = schema;
        _definitions = schema["definitions"] as JsonObject ?? [];
    }

    /// <summary>The shape of the v1 cooperation-request.</summary>
    public static SchemaShape RequestV1 { get; } = Load(CanonicalSchemas.CooperationRequestV1);

    /// <summary>The shape of the v1 cooperation-response.</summary>
    public static SchemaShape ResponseV1 { get; } = Load(CanonicalSchemas.CooperationResponseV1);

    private static SchemaShape Load(string resource) =>
        new(JsonNode.Parse(CanonicalSchemas.Read(resource)) as JsonObject ?? throw new InvalidOperationException($"{resource} is not a JSON object."));

    /// <summary>Fits <paramref name="document"/> (changed in place); a note for each non-empty property removed.</summary>
    public void Fit(JsonObject document, List<Problem> notes) => FitObject(document, _schema, "", notes);

    private void FitObject(JsonObject obj, JsonObject schema, string path, List<Problem> notes)
    {
        var declared = Resolve(schema)["properties"] as JsonObject ?? [];
        foreach (var (name, value) in obj.ToList())
        {
            var childPath = JsonPointer.Child(path, name);
            if (declared[name] is JsonObject childSchema)
            {
                Fit(value, childSchema, childPath, notes);
                continue;
            }
            if (JsonValues.IsNonEmpty(value))
                notes.Add(Problem.Warning(VersionRules.NotCarried, $"{childPath} has no place in version {SchemaVersions.V1}; it was not sent.", canonicalPath: childPath));
            obj.Remove(name);
        }
    }

    private void Fit(JsonNode? value, JsonObject schema, string path, List<Problem> notes)
    {
        var resolved = Resolve(schema);
        if (value is JsonObject obj) FitObject(obj, resolved, path, notes);
        else if (value is JsonArray array && resolved["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++) Fit(array[i], items, JsonPointer.Child(path, i), notes);
        }
    }

    private JsonObject Resolve(JsonObject schema) =>
        JsonValues.String(schema, "$ref") is { } reference && reference.StartsWith("#/definitions/", StringComparison.Ordinal)
            ? _definitions[reference["#/definitions/".Length..]] as JsonObject ?? throw new InvalidOperationException($"The schema has no definition {reference}.")
            : schema;
}
