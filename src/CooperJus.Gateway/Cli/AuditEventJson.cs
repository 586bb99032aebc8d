using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Cli;

/// <summary>One event of the timeline in <c>cooperjus audit show --json</c> (docs/cli-json.md).</summary>
internal sealed record AuditEventJson(
    long Sequence,
    DateTime At,
    string Kind,
    string? RequestId,
    string? MessageId,
    string? PartnerId,
    string Actor,
    IReadOnlyDictionary<string, string> Facts,
    AuditBodyJson? Body,
    string Hash)
{
    public static AuditEventJson Of(AuditEvent e) =>
        new(e.Sequence, e.At.UtcDateTime, e.Kind, e.RequestId, e.MessageId, e.PartnerId, e.Actor,
            e.Facts.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal),
            e.Body is { } body ? new AuditBodyJson(body.Sha256, body.Size, body.MediaType, body.IsPruned) : null, e.Hash);
}
