using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Adapters;

/// <summary>
/// The outcome of reading one national response record: the canonical response (when one could be built), where each of
/// its fields came from, and every problem met. A record with any error is rejected; warnings do not reject.
/// </summary>
public sealed record ResponseRecordResult
{
    /// <summary>The national identifier of the response record, or null for a problem with the whole file.</summary>
    public string? RecordId { get; init; }

    /// <summary>Where the record starts in the source.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The canonical response; null when the record could not be turned into one.</summary>
    public CooperationResponse? Response { get; init; }

    /// <summary>Canonical field ← source field, for every field the adapter filled.</summary>
    public IReadOnlyList<LineageEntry> Lineage { get; init; } = [];

    /// <summary>Errors and warnings, each located in the source.</summary>
    public IReadOnlyList<Problem> Problems { get; init; } = [];

    /// <summary>The record's text exactly as it stood in the source, for the audit trail.</summary>
    public string? OriginalText { get; init; }

    /// <summary>True when a response was built and no problem is an error.</summary>
    public bool IsAccepted => Response is not null && !Problems.Any(p => p.IsError);

    /// <summary>A result for a problem that concerns the whole file.</summary>
    public static ResponseRecordResult FileProblem(Problem problem) => new() { Problems = [problem], Location = problem.Source };
}
