using System.Globalization;
using System.Text.Json;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Cli;

/// <summary>One request in <c>cooperjus audit show --json</c> (docs/cli-json.md).</summary>
internal sealed record AuditRequestJson(
    string RequestId,
    string? CaseReference,
    bool NeverSent,
    string? Direction,
    string? PartnerId,
    string? RequestedCountry,
    string? Status,
    bool Overdue,
    string? RespondBy,
    string? SourceFile,
    string? OriginalRecord,
    JsonElement? CanonicalDocument,
    JsonElement? Lineage,
    string? RejectionReasons,
    IReadOnlyList<AuditEventJson> Timeline)
{
    public static AuditRequestJson Of(AuditRequestView view)
    {
        var r = view.Request?.Request;
        return new AuditRequestJson(view.RequestId, view.CaseReference, view.WasNeverSent,
            r is null ? null : CanonicalCodes.ToCode(r.Direction), string.IsNullOrEmpty(r?.PartnerId) ? null : r.PartnerId, r?.RequestedCountry,
            r is null ? null : CanonicalCodes.ToCode(r.Status), view.Request?.IsOverdue ?? false,
            r?.RespondBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), view.SourceFile, view.OriginalRecord,
            Embedded(view.CanonicalJson), Embedded(view.LineageJson), view.RejectionReasons,
            view.Timeline.Select(AuditEventJson.Of).ToList());
    }

    /// <summary>A stored JSON document as JSON; text that does not parse (altered, or cut) as a string, exactly as stored.</summary>
    private static JsonElement? Embedded(string? json)
    {
        if (json is null) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(json);
        }
    }
}
