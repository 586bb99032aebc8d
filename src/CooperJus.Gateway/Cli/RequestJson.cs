using System.Globalization;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Cli;

/// <summary>One request in <c>cooperjus requests --json</c> (docs/cli-json.md).</summary>
internal sealed record RequestJson(
    string RequestId,
    string Direction,
    string? PartnerId,
    string Status,
    bool Overdue,
    string CaseReference,
    string RequestedCountry,
    string? RespondBy,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? StatusIssuedAt,
    string? HeldReason)
{
    public static RequestJson Of(RequestSummary summary)
    {
        var r = summary.Request;
        return new RequestJson(r.RequestId, CanonicalCodes.ToCode(r.Direction), r.PartnerId.Length == 0 ? null : r.PartnerId, CanonicalCodes.ToCode(r.Status), summary.IsOverdue,
            r.CaseReference, r.RequestedCountry, r.RespondBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.CreatedAt.UtcDateTime, summary.UpdatedAt.UtcDateTime, CliJson.Utc(summary.StatusIssuedAt), summary.HeldReason);
    }
}
