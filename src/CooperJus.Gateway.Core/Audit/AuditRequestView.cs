using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// Everything an auditor sees of one request: the record as the national system exported it (or the envelope as the
/// partner sent it), the canonical document, the lineage between them, and every event in order.
/// </summary>
/// <param name="Request">The request's business record and current status.</param>
/// <param name="SourceFile">The national file it was read from, or null for a request received from a partner.</param>
/// <param name="OriginalRecord">The record's exact source text, or null (received from a partner, or pruned).</param>
/// <param name="CanonicalJson">The canonical document, or null (pruned).</param>
/// <param name="LineageJson">The lineage document (canonical field ← source field, conversion) as JSON, or null.</param>
/// <param name="Timeline">Every event of the request and of its messages, oldest first.</param>
public sealed record AuditRequestView(
    RequestSummary Request,
    string? SourceFile,
    string? OriginalRecord,
    string? CanonicalJson,
    string? LineageJson,
    IReadOnlyList<AuditEvent> Timeline);
