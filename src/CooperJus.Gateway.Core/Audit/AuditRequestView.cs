using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// Everything an auditor sees of one request: the record as the national system exported it (or the envelope as the
/// partner sent it), the canonical document, the lineage between them, and every event in order. The same view serves
/// <c>cooperjus audit show</c> and the auditor view, so both show the same requests the same way.
/// </summary>
/// <remarks>
/// A request the gateway never sent (validation refused its record, or no partner serves its country) has no business
/// record: <see cref="Request"/> is null, and the view is built from its audit events alone, with
/// <see cref="RejectionReasons"/> saying why.
/// </remarks>
/// <param name="Request">The request's business record and current status, or null when it was never sent.</param>
/// <param name="SourceFile">The national file it was read from, or null for a request received from a partner.</param>
/// <param name="OriginalRecord">The record's exact source text, or null (received from a partner, or pruned).</param>
/// <param name="CanonicalJson">The canonical document, or null (pruned, or a record refused before it was translated).</param>
/// <param name="LineageJson">The lineage document (canonical field ← source field, conversion) as JSON, or null.</param>
/// <param name="Timeline">Every event of the request and of its messages, oldest first.</param>
public sealed record AuditRequestView(
    RequestSummary? Request,
    string? SourceFile,
    string? OriginalRecord,
    string? CanonicalJson,
    string? LineageJson,
    IReadOnlyList<AuditEvent> Timeline)
{
    private readonly string? _requestId;
    private readonly string? _caseReference;

    /// <summary>The request id (of the business record, or as the audit events name it when never sent).</summary>
    public string RequestId
    {
        get => _requestId ?? Request?.RequestId ?? "";
        init => _requestId = value;
    }

    /// <summary>The national case reference, or null when no event names one.</summary>
    public string? CaseReference
    {
        get => _caseReference ?? Request?.Request.CaseReference;
        init => _caseReference = value;
    }

    /// <summary>True when the gateway never sent the request: there is no business record, only the audit events.</summary>
    public bool WasNeverSent => Request is null;

    /// <summary>Why the record was refused (every problem, as recorded), or null when it was not or the text was pruned.</summary>
    public string? RejectionReasons { get; init; }
}
