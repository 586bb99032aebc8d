using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk;

/// <summary>
/// The one way canonical documents are written and read: camelCase properties, kebab-case codes, ISO 8601 dates,
/// nulls omitted, non-ASCII letters kept as they are (so Spanish and Portuguese text stays readable).
/// </summary>
public static class CanonicalJson
{
    /// <summary>Options for canonical documents, indented.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    /// <summary>The same options without indentation, for the wire.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = Create(indented: false);

    /// <summary>Serialises a request as indented canonical JSON.</summary>
    public static string Serialize(CooperationRequest request) => JsonSerializer.Serialize(request, Options);

    /// <summary>Serialises a response as indented canonical JSON.</summary>
    public static string Serialize(CooperationResponse response) => JsonSerializer.Serialize(response, Options);

    /// <summary>Reads a response. Throws <see cref="JsonException"/> naming the path when the JSON does not fit the model.</summary>
    public static CooperationResponse DeserializeResponse(string json) =>
        JsonSerializer.Deserialize<CooperationResponse>(json, Options) ?? throw new JsonException("The document is the JSON literal null.");

    /// <summary>Serialises any canonical value (lineage, reports) with the canonical options.</summary>
    public static string SerializeValue<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads a request. Throws <see cref="JsonException"/> naming the path when the JSON does not fit the model.</summary>
    public static CooperationRequest Deserialize(string json) =>
        JsonSerializer.Deserialize<CooperationRequest>(json, Options) ?? throw new JsonException("The document is the JSON literal null.");

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            // A property the model does not know is an error, not silently dropped: a version 1 document read as
            // version 2 without its upgrade would otherwise lose its measures' targets without a word.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
