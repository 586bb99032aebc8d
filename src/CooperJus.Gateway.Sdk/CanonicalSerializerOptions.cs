using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CooperJus.Gateway.Sdk;

/// <summary>
/// The serializer options of canonical documents: camelCase properties, kebab-case codes, ISO 8601 dates, nulls
/// omitted, non-ASCII letters kept as they are. The SDK needs them itself (the render scope names canonical paths as
/// the document has them); the host reads and writes documents with them through its public <c>CanonicalJson</c>. They
/// are not part of the adapter contract: an adapter never writes canonical JSON, the gateway does.
/// </summary>
internal static class CanonicalSerializerOptions
{
    /// <summary>Options for canonical documents, indented.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>The same options without indentation, for the wire.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

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
