namespace CooperJus.Gateway.Core.Audit.Evidence;

/// <summary>What <see cref="EvidenceBundle.WriteAsync"/> wrote for one request.</summary>
/// <param name="Folder">The bundle's folder (full path).</param>
/// <param name="ExportedAt">When the bundle was written.</param>
/// <param name="RequestId">The request.</param>
/// <param name="CaseReference">Its national case reference, when the events name one.</param>
/// <param name="FirstSequence">The request's first event: the chain segment starts there.</param>
/// <param name="LastRequestSequence">The request's last event.</param>
/// <param name="Checkpoint">The signed checkpoint that covers the request; the segment ends at its event.</param>
/// <param name="CheckpointWritten">True when no checkpoint covered the request yet and one was signed for the export.</param>
/// <param name="RequestEvents">The events of the request (and of its messages) in the segment, whose bodies the bundle holds.</param>
/// <param name="MessageIds">The request's messages: an event naming one of them is an event of the request (its body is in the bundle).</param>
/// <param name="PrunedBodies">Events of the request whose body retention removed before the export (left out; their hash stays).</param>
/// <param name="Copies">Bodies also written under a plain name.</param>
/// <param name="Signatures">The signed files and the key file that verifies each.</param>
/// <param name="Files">Every file of the bundle, relative to <paramref name="Folder"/>, with <c>/</c> separators, in order.</param>
public sealed record EvidenceExport(
    string Folder,
    DateTimeOffset ExportedAt,
    string RequestId,
    string? CaseReference,
    long FirstSequence,
    long LastRequestSequence,
    AuditCheckpoint Checkpoint,
    bool CheckpointWritten,
    IReadOnlyList<long> RequestEvents,
    IReadOnlyList<string> MessageIds,
    IReadOnlyList<long> PrunedBodies,
    IReadOnlyList<EvidenceCopy> Copies,
    IReadOnlyList<EvidenceSignature> Signatures,
    IReadOnlyList<string> Files)
{
    /// <summary>How many event headers the bundle holds (the whole segment, other requests' events included).</summary>
    public long SegmentLength => Checkpoint.Sequence - FirstSequence + 1;
}
