using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Versions;

/// <summary>
/// The payload of an outgoing envelope in the version its partner reads: the canonical document as the gateway holds it
/// (v2) for a partner that accepts it, otherwise its downgrade, with what the downgrade could not carry.
/// </summary>
/// <param name="Payload">The document as it goes on the wire.</param>
/// <param name="Version">Its <c>schemaVersion</c>.</param>
/// <param name="Notes">What a downgrade could not carry as it was (empty when sent as the gateway's own version).</param>
public sealed record WirePayload(JsonElement Payload, string Version, IReadOnlyList<Problem> Notes)
{
    /// <summary>True when the payload is in an older version than the gateway's own.</summary>
    public bool IsDowngraded => Version != SchemaVersions.V2;

    /// <summary><paramref name="request"/> as it is sent to a partner reading <paramref name="version"/>.</summary>
    public static WirePayload ForRequest(CooperationRequest request, string version) =>
        For(JsonSerializer.SerializeToElement(request, CanonicalJson.CompactOptions), version, RequestDowngrade.Apply);

    /// <summary><paramref name="response"/> as it is sent to a partner reading <paramref name="version"/>.</summary>
    public static WirePayload ForResponse(CooperationResponse response, string version) =>
        For(JsonSerializer.SerializeToElement(response, CanonicalJson.CompactOptions), version, ResponseDowngrade.Apply);

    private static WirePayload For(JsonElement canonical, string version, Func<JsonObject, VersionConversion> downgrade)
    {
        if (version != SchemaVersions.V1) return new WirePayload(canonical, SchemaVersions.V2, []);
        var converted = downgrade(JsonObject.Create(canonical) ?? throw new ArgumentException("The canonical document is not a JSON object."));
        return new WirePayload(JsonSerializer.SerializeToElement(converted.Document), converted.Version, converted.Notes);
    }
}
