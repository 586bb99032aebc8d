using System.Text.Json;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core;

/// <summary>
/// The one way canonical documents are written and read: camelCase properties, kebab-case codes, ISO 8601 dates,
/// nulls omitted, non-ASCII letters kept as they are (so Spanish and Portuguese text stays readable). The options live
/// in the SDK, which needs them to name canonical paths; this is the host's door to them (adapters never write
/// canonical JSON, so it is not part of the SDK's public surface).
/// </summary>
public static class CanonicalJson
{
    /// <summary>Options for canonical documents, indented.</summary>
    public static JsonSerializerOptions Options => CanonicalSerializerOptions.Indented;

    /// <summary>The same options without indentation, for the wire.</summary>
    public static JsonSerializerOptions CompactOptions => CanonicalSerializerOptions.Compact;

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
}
