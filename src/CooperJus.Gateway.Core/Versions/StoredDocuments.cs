using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Versions;

/// <summary>
/// Reads canonical documents that may have been written in an earlier version: what the gateway stored before it was
/// upgraded to v2 (held requests, audit bodies, inbound payloads waiting for export), the v1 payloads of v1 partners
/// that the audit log keeps as received, and files an operator or a national system hands over. A version 1 document
/// is read through <see cref="RequestUpgrade"/> or <see cref="ResponseUpgrade"/>; anything else is read as the current
/// version, and <see cref="CanonicalJson"/> refuses what the model does not know.
/// </summary>
public static class StoredDocuments
{
    /// <summary>Reads a request of any version this gateway knows, as v2.</summary>
    public static CooperationRequest ReadRequest(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return IsVersion1(json, out var v1)
            ? RequestUpgrade.Apply(v1).Document.Deserialize<CooperationRequest>(CanonicalJson.Options)!
            : CanonicalJson.Deserialize(json);
    }

    /// <summary>Reads a response of any version this gateway knows, as v2.</summary>
    public static CooperationResponse ReadResponse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return IsVersion1(json, out var v1)
            ? ResponseUpgrade.Apply(v1).Document.Deserialize<CooperationResponse>(CanonicalJson.Options)!
            : CanonicalJson.DeserializeResponse(json);
    }

    /// <summary>
    /// The v2 JSON of a request file that may be version 1, after checking a version 1 file against the v1 schema:
    /// <paramref name="problems"/> lists what is wrong with it (empty when it is fine or not version 1), and
    /// <paramref name="notes"/> what the upgrade did not carry.
    /// </summary>
    public static string UpgradeRequestJson(string json, out IReadOnlyList<string> problems, out IReadOnlyList<Problem> notes) =>
        UpgradeJson(json, V1Schemas.Request, RequestUpgrade.Apply, out problems, out notes);

    /// <summary>The same as <see cref="UpgradeRequestJson"/> for a response file (a national system's answer).</summary>
    public static string UpgradeResponseJson(string json, out IReadOnlyList<string> problems, out IReadOnlyList<Problem> notes) =>
        UpgradeJson(json, V1Schemas.Response, ResponseUpgrade.Apply, out problems, out notes);

    private static string UpgradeJson(string json, ISchemaValidator v1Schema, Func<JsonObject, VersionConversion> upgrade,
        out IReadOnlyList<string> problems, out IReadOnlyList<Problem> notes)
    {
        ArgumentNullException.ThrowIfNull(json);
        problems = [];
        notes = [];
        if (!IsVersion1(json, out var v1)) return json;
        problems = v1Schema.Validate(json).Select(p => $"{(p.Path.Length == 0 ? "(document)" : p.Path)}: {p.Message} ({p.Kind}, schema v1)").ToList();
        if (problems.Count > 0) return json;
        var upgraded = upgrade(v1);
        notes = upgraded.Notes;
        return upgraded.Document.ToJsonString(CanonicalJson.CompactOptions);
    }

    // Parsed only when the text can be version 1: the documents of this version are read without the detour.
    private static bool IsVersion1(string json, out JsonObject document)
    {
        document = [];
        if (!json.Contains("\"1.0\"", StringComparison.Ordinal)) return false;
        if (JsonNode.Parse(json) is not JsonObject parsed || parsed["schemaVersion"] is not JsonValue version
            || !version.TryGetValue<string>(out var text) || text != SchemaVersions.V1) return false;
        document = parsed;
        return true;
    }
}
