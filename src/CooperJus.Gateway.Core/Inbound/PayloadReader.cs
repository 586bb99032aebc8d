using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Core.Versions;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Inbound;

/// <summary>
/// Reads a partner's canonical payload by its <c>schemaVersion</c>: 2.0 is validated against the v2 schema and rules;
/// 1.0 against the v1 schema (so errors name the fields the partner wrote), then read as v2 (<see cref="RequestUpgrade"/>,
/// <see cref="ResponseUpgrade"/>) and checked by the v2 rules; any other version is refused with a rule that names the
/// versions this gateway reads.
/// </summary>
public sealed class PayloadReader
{
    private readonly RequestValidator _requests;
    private readonly ResponseValidator _responses;

    /// <summary>A reader validating v2 documents with <paramref name="requests"/> and <paramref name="responses"/>.</summary>
    public PayloadReader(RequestValidator requests, ResponseValidator responses)
    {
        _requests = requests;
        _responses = responses;
    }

    /// <summary>Reads the payload of <paramref name="envelope"/>.</summary>
    public ReadPayload Read(Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var isRequest = envelope.Type == MessageType.CooperationRequest;
        var version = envelope.Payload.ValueKind == JsonValueKind.Object && envelope.Payload.TryGetProperty("schemaVersion", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        var json = envelope.Payload.GetRawText();
        return version switch
        {
            SchemaVersions.V2 => Checked(json, version, [], isRequest),
            SchemaVersions.V1 => Upgraded(json, isRequest),
            _ => Refused(version.Length == 0 ? "the payload has no schemaVersion" : $"schemaVersion \"{version}\" is not one this gateway reads",
                version, isRequest),
        };
    }

    private ReadPayload Upgraded(string json, bool isRequest)
    {
        var v1Problems = (isRequest ? V1Schemas.Request : V1Schemas.Response).Validate(json);
        if (v1Problems.Count > 0)
            return new ReadPayload(v1Problems.Select(p => new ProtocolError(ValidationRules.Schema, $"{(p.Path.Length == 0 ? "(document)" : p.Path)}: {p.Message} ({p.Kind}, schema v1)")).ToList(),
                null, SchemaVersions.V1, []);
        var document = JsonNode.Parse(json)!.AsObject();
        var upgraded = isRequest ? RequestUpgrade.Apply(document) : ResponseUpgrade.Apply(document);
        string canonical;
        try
        {
            // Written as the gateway writes its own documents, so what is stored and exported reads like any v2 one.
            canonical = isRequest
                ? JsonSerializer.Serialize(JsonSerializer.Deserialize<CooperationRequest>(upgraded.Document, CanonicalJson.CompactOptions), CanonicalJson.CompactOptions)
                : JsonSerializer.Serialize(JsonSerializer.Deserialize<CooperationResponse>(upgraded.Document, CanonicalJson.CompactOptions), CanonicalJson.CompactOptions);
        }
        catch (JsonException e)
        {
            // Valid v1 the schema could not rule out (an attachment size beyond a long, a measure index beyond an int):
            // refused with a signed receipt like any unreadable payload, never an unsigned error the partner retries.
            return new ReadPayload([new ProtocolError(ValidationRules.Schema, $"the payload does not read as a {(isRequest ? "cooperation request" : "cooperation response")}: {e.Message}")],
                null, SchemaVersions.V1, []);
        }
        return Checked(canonical, SchemaVersions.V1, upgraded.Notes, isRequest);
    }

    private ReadPayload Checked(string json, string version, IReadOnlyList<Problem> notes, bool isRequest)
    {
        var errors = isRequest ? RequestErrors(json) : ResponseErrors(json);
        return new ReadPayload(errors, errors.Count == 0 ? json : null, version, notes);
    }

    private List<ProtocolError> ResponseErrors(string json)
    {
        var errors = _responses.Validate(json).Select(p => new ProtocolError(ValidationRules.Schema, p)).ToList();
        if (errors.Count > 0) return errors;
        try
        {
            // What the schema allows but the model cannot hold (a measure index beyond an int) is refused here, with a
            // receipt, rather than failing later where the response is applied.
            _ = CanonicalJson.DeserializeResponse(json);
            return errors;
        }
        catch (JsonException e)
        {
            return [new ProtocolError(ValidationRules.Schema, $"the payload does not read as a cooperation response: {e.Message}")];
        }
    }

    private List<ProtocolError> RequestErrors(string json)
    {
        try
        {
            return _requests.ValidateJson(json).Where(p => p.IsError)
                .Select(p => new ProtocolError(p.Rule, p.CanonicalPath is null ? p.Message : $"{p.CanonicalPath}: {p.Message}")).ToList();
        }
        catch (JsonException e)
        {
            return [new ProtocolError(ValidationRules.Schema, $"the payload does not read as a cooperation request: {e.Message}")];
        }
    }

    private static ReadPayload Refused(string what, string version, bool isRequest) =>
        new([new ProtocolError(VersionRules.Unsupported,
            $"{what}; this gateway reads {(isRequest ? "cooperation-request" : "cooperation-response")} versions {SchemaVersions.Listed}.")], null, version, []);
}
