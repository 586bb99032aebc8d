namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// Checks the whole audit log: every event against itself (header hash, body hash, indexed columns), against the event
/// before it (sequence and previous hash), and against the signed checkpoints (head hashes, and that the log still
/// reaches the last one). Stops at the first broken event and says what is wrong in words.
/// </summary>
/// <remarks>
/// What each attack looks like: a changed byte in a header makes its hash differ from the recorded one (or from the next
/// event's <c>prev</c>); a changed body no longer matches the hash in its header; a removed event leaves a gap in the
/// sequence; two swapped events hold each other's sequence numbers; a rewrite that recomputes every hash after an edit
/// disagrees with the first checkpoint after the edit; a cut tail ends before the last checkpoint. Events after the last
/// checkpoint are protected by the chain only: checkpoints are written often (see the gateway's <c>Audit</c> settings).
/// </remarks>
public sealed class AuditVerifier
{
    private readonly IAuditLog _log;
    private readonly AuditCheckpoints _checkpoints;

    /// <summary>Creates a verifier of <paramref name="log"/> against <paramref name="checkpoints"/>.</summary>
    public AuditVerifier(IAuditLog log, AuditCheckpoints checkpoints)
    {
        _log = log;
        _checkpoints = checkpoints;
    }

    /// <summary>Checks everything; the result is intact, or names the first broken event and why.</summary>
    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken) =>
        Task.Run(() => Verify(cancellationToken), cancellationToken);

    private AuditVerification Verify(CancellationToken cancellationToken)
    {
        // A running gateway writes a checkpoint line, then records it in the log. Read in that order (file, then events),
        // a record could be seen without its line: a false "lines were removed". So the events' read snapshot is fixed
        // first (one SELECT is one read transaction: its first row pins what it sees) and the file is read after it:
        // every checkpoint the snapshot records is then in the file.
        using var rows = _log.ReadRows(1, null, cancellationToken).GetEnumerator();
        var more = rows.MoveNext();
        var lines = _checkpoints.Read();
        if (lines.FirstOrDefault(l => l.Problem is not null) is { } badLine)
            return new AuditVerification(0, 0, 0, null, "The checkpoint file cannot be trusted: " + badLine.Problem);
        var pinned = lines.Select(l => l.Checkpoint!).ToList();
        var walk = new AuditChainWalk(pinned);
        for (; more; more = rows.MoveNext())
        {
            if (walk.Check(rows.Current) is { } broken) return walk.Result(broken);
        }
        // The file may hold checkpoints signed after the snapshot was taken, of events it does not hold: those events
        // are read now and checked like the others. Events the log lacks by now were removed (the log was cut).
        if (walk.LastPinned > walk.LastChecked)
        {
            foreach (var row in _log.ReadRows(walk.LastChecked + 1, walk.LastPinned, cancellationToken))
            {
                if (walk.Check(row) is { } broken) return walk.Result(broken);
            }
        }
        return walk.Finish();
    }
}
