using System.Text.Json.Nodes;

namespace CooperJus.Gateway.Core.Versions;

/// <summary>
/// Reads a v1 cooperation response as v2. Every v1 response field and status is a v2 one with the same meaning, so only
/// the <c>schemaVersion</c> changes; the v2 lifecycle fields stay empty.
/// </summary>
public static class ResponseUpgrade
{
    /// <summary>The v2 form of <paramref name="response"/> (a v1 cooperation response, schema-valid; not changed).</summary>
    public static VersionConversion Apply(JsonObject response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var document = (JsonObject)response.DeepClone();
        document["schemaVersion"] = SchemaVersions.V2;
        return new VersionConversion(document, SchemaVersions.V2, []);
    }
}
