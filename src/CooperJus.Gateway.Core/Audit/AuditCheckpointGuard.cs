namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// What must hold before a new checkpoint is signed, so the gateway's own key never vouches for a log that was
/// rewritten: whoever edits the database and deletes the checkpoint file would otherwise get a fresh, valid checkpoint
/// over the forged log at the next tick.
/// </summary>
/// <remarks>
/// The events since the last checkpoint must link up to the head it signed (a cheap walk over one interval's events;
/// bodies are checked by <see cref="AuditVerifier"/>). With no checkpoint in the file, a log that records earlier
/// checkpoints, or whose first event is older than <see cref="NewFileGrace"/>, is refused unless an operator knowingly
/// starts a new file.
/// </remarks>
internal sealed class AuditCheckpointGuard(IAuditLog log, string filePath, TimeProvider clock)
{
    /// <summary>How old a log may be when its first checkpoint is signed: a new gateway signs one at once.</summary>
    public static readonly TimeSpan NewFileGrace = TimeSpan.FromMinutes(10);

    public async Task CheckAsync(AuditCheckpoint? last, AuditEvent head, bool startNewFile, CancellationToken cancellationToken)
    {
        if (last is null)
        {
            if (!startNewFile) await CheckFirstAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        CheckSince(last, head, cancellationToken);
    }

    private async Task CheckFirstAsync(CancellationToken cancellationToken)
    {
        const string Knowingly = "If that file is lost for good, start a new one knowingly with `cooperjus audit checkpoint --start-new-file`.";
        if (await log.GetLastAsync(AuditEventKinds.CheckpointWritten, cancellationToken).ConfigureAwait(false) is { } recorded)
        {
            throw new AuditCheckpointException(
                $"The audit log records that a checkpoint of event {recorded.Fact("seq")} was written on {recorded.At:u}, but {filePath} has no checkpoint: " +
                $"restore the file from its copy. {Knowingly}");
        }
        var first = log.ReadRows(1, 1, cancellationToken).FirstOrDefault();
        if (first is not null && AuditHeader.Parse(first.Header, first.BodyPruned).At < clock.GetUtcNow() - NewFileGrace)
        {
            throw new AuditCheckpointException(
                $"The audit log has events since {AuditHeader.Parse(first.Header, first.BodyPruned).At:u}, but {filePath} has no checkpoint: " +
                $"it was moved, emptied or deleted. Restore it from its copy. {Knowingly}");
        }
    }

    private void CheckSince(AuditCheckpoint last, AuditEvent head, CancellationToken cancellationToken)
    {
        string? previous = null;
        foreach (var row in log.ReadRows(last.Sequence, head.Sequence, cancellationToken))
        {
            var hash = AuditHeader.Hash(row.Header);
            var linked = previous is null
                ? row.Sequence == last.Sequence && hash == last.HeadHash
                : AuditHeader.TryReadLink(row.Header, out var sequence, out var prev) && sequence == row.Sequence && prev == previous && hash == row.Hash;
            if (!linked)
            {
                throw new AuditCheckpointException(
                    $"The audit log no longer matches the last checkpoint in {filePath} (event {last.Sequence}) at event {row.Sequence}: " +
                    "no new checkpoint is signed over it. Run `cooperjus audit verify`.");
            }
            previous = hash;
        }
        if (previous is null)
            throw new AuditCheckpointException($"Event {last.Sequence}, which the last checkpoint in {filePath} signs, is gone from the audit log. Run `cooperjus audit verify`.");
    }
}
