using System.Globalization;
using System.Security.Cryptography;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>The state of one pass over the chain, in order.</summary>
internal sealed class AuditChainWalk
{
    private readonly ILookup<long, AuditCheckpoint> _checkpoints;
    private readonly long _lastPinned;
    private string _previousHash = AuditHeader.Genesis;
    private long _expected = 1;
    private long _lastGoodCheckpoint;
    private long _pruned;
    private readonly List<(long Sequence, DateTimeOffset At)> _prunedUnexplained = [];
    private readonly List<(long Sequence, string Head, long RecordedBy)> _checkpointsRecorded = [];
    private string? _caveat;
    private int _checkpointsChecked;

    public AuditChainWalk(IReadOnlyList<AuditCheckpoint> checkpoints)
    {
        _checkpoints = checkpoints.ToLookup(c => c.Sequence);
        _lastPinned = checkpoints.Count == 0 ? 0 : checkpoints.Max(c => c.Sequence);
    }

    /// <summary>The last event checked so far.</summary>
    public long LastChecked => _expected - 1;

    /// <summary>The last event a checkpoint of the file covers (0 when none does).</summary>
    public long LastPinned => _lastPinned;

    /// <summary>Checks the next row; returns (event, why) when it is broken.</summary>
    public (long Sequence, string Why)? Check(StoredAuditRow row)
    {
        if (row.Sequence != _expected)
            return (_expected, $"event {_expected} is missing: after event {_expected - 1} the log goes on with event {row.Sequence} (events were removed).");
        var hash = AuditHeader.Hash(row.Header);
        if (hash != row.Hash)
            return (row.Sequence, $"event {row.Sequence} was altered: its header now hashes to {hash}, but it was recorded as {row.Hash}.");
        if (!AuditHeader.TryReadLink(row.Header, out var sequence, out var previous))
            return (row.Sequence, $"event {row.Sequence} was altered: its header is no longer a readable audit header.");
        if (sequence != row.Sequence)
            return (row.Sequence, $"event {row.Sequence} holds the header of event {sequence}: events were moved or swapped.");
        if (previous != _previousHash)
            return (row.Sequence, $"event {row.Sequence} does not follow event {row.Sequence - 1}: it names previous hash {previous}, but event {row.Sequence - 1} hashes to {_previousHash} (an event was altered, removed or reordered).");
        if (CheckContent(row) is { } content) return (row.Sequence, content);
        if (CheckPinned(row.Sequence, hash) is { } pinned) return (_lastGoodCheckpoint + 1, pinned);
        _previousHash = hash;
        _expected++;
        return null;
    }

    public AuditVerification Result((long Sequence, string Why) broken) =>
        new(_expected - 1, _checkpointsChecked, _pruned, broken.Sequence, broken.Why);

    public AuditVerification Finish()
    {
        var last = _expected - 1;
        if (_prunedUnexplained.Count > 0)
        {
            var (sequence, at) = _prunedUnexplained[0];
            return new AuditVerification(last, _checkpointsChecked, _pruned, sequence,
                $"event {sequence}'s body is marked as pruned, but no retention run recorded after it covers an event of {at:u}: the body was removed by hand, not by retention.");
        }
        if (_checkpointsRecorded.FirstOrDefault(r => !_checkpoints[r.Sequence].Any(c => c.HeadHash == r.Head)) is { RecordedBy: > 0 } missing)
        {
            return new AuditVerification(last, _checkpointsChecked, _pruned, missing.Sequence,
                $"event {missing.RecordedBy} records that a checkpoint of event {missing.Sequence} was written to the checkpoint file, but the file has no such checkpoint: lines were removed from it, or it was replaced. Without them, a rewrite of events up to {missing.Sequence} cannot be ruled out.");
        }
        if (_lastPinned > last)
        {
            var at = _checkpoints[_lastPinned].First().At;
            return new AuditVerification(last, _checkpointsChecked, _pruned, last + 1,
                $"the log ends at event {last}, but a checkpoint signed on {at:u} covers event {_lastPinned}: events {last + 1} to {_lastPinned} were removed (the log was truncated).");
        }
        if (_lastPinned == 0 && last > 0)
        {
            // A log nothing signed could have been rewritten whole, hashes recomputed: it cannot be called intact.
            return new AuditVerification(last, 0, _pruned, null,
                $"no signed checkpoint covers any of the {last} events, so a rewrite with recomputed hashes cannot be ruled out: the checkpoint file is missing or empty (a running gateway signs one at start and every Audit:CheckpointInterval).")
            { EventsAfterLastCheckpoint = last };
        }
        return new AuditVerification(last, _checkpointsChecked, _pruned, null, null) { EventsAfterLastCheckpoint = last - _lastPinned, Caveat = _caveat };
    }

    /// <summary>
    /// An operator who started a new checkpoint file said, in the log, that the checkpoints recorded before were lost:
    /// they are no longer looked for, and the result says what that leaves uncovered.
    /// </summary>
    private void ExcuseLostCheckpoints(AuditEvent started)
    {
        _checkpointsRecorded.RemoveAll(r => r.RecordedBy < started.Sequence);
        _caveat = $"{started.Actor} started a new checkpoint file on {started.At:u} (event {started.Sequence}): the checkpoints signed before were lost, " +
            $"so a rewrite of events up to {started.Sequence} that recomputed their hashes could not be detected.";
    }

    /// <summary>
    /// A retention run records, after the bodies it removed, the instant before which it removed them: a body removed
    /// otherwise (by hand, to hide it) stays unexplained and is reported.
    /// </summary>
    private void ExplainPruned(AuditEvent retention)
    {
        if (!DateTimeOffset.TryParse(retention.Fact("recordedBefore"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var cutoff)) return;
        _prunedUnexplained.RemoveAll(p => p.At < cutoff);
    }

    private string? CheckContent(StoredAuditRow row)
    {
        AuditEvent header;
        try
        {
            header = AuditHeader.Parse(row.Header, row.BodyPruned);
        }
        catch (AuditLogAlteredException e)
        {
            // Rewritten with its hash recomputed: it links up, but it is no longer what the gateway writes.
            return $"event {row.Sequence} was altered: its header is no longer a readable audit header ({e.InnerException?.GetType().Name}).";
        }
        if (header.Kind == AuditEventKinds.RetentionPruned) ExplainPruned(header);
        if (header.Kind == AuditEventKinds.CheckpointFileStarted) ExcuseLostCheckpoints(header);
        if (header.Kind == AuditEventKinds.CheckpointWritten && long.TryParse(header.Fact("seq"), CultureInfo.InvariantCulture, out var pinned))
            _checkpointsRecorded.Add((pinned, header.Fact("head") ?? "", row.Sequence));
        if (header.Kind != row.Kind || header.RequestId != row.RequestId || header.MessageId != row.MessageId || header.CaseReference != row.CaseReference
            || header.At != row.RecordedAt)
        {
            // Retention selects bodies by the recorded-at column: moved back, it would prune recent evidence.
            return $"event {row.Sequence} was altered: its indexed columns (kind, request, message, case reference, time) differ from its hashed header.";
        }
        if (header.Body is null)
            return row.Body is null ? null : $"event {row.Sequence} has a body its header does not record: a body was added.";
        if (row.Body is null)
        {
            if (!row.BodyPruned) return $"event {row.Sequence}'s body is gone without having been pruned by retention.";
            _pruned++;
            _prunedUnexplained.Add((row.Sequence, header.At));
            return null;
        }
        var actual = Convert.ToHexStringLower(SHA256.HashData(row.Body));
        return actual == header.Body.Sha256
            ? null
            : $"event {row.Sequence}'s body was altered: it hashes to {actual}, but its header records {header.Body.Sha256}.";
    }

    private string? CheckPinned(long sequence, string hash)
    {
        foreach (var checkpoint in _checkpoints[sequence])
        {
            _checkpointsChecked++;
            if (checkpoint.HeadHash != hash)
            {
                return $"events {_lastGoodCheckpoint + 1} to {sequence} were rewritten: the checkpoint signed on {checkpoint.At:u} says event {sequence} hashed to {checkpoint.HeadHash}, " +
                    $"but it now hashes to {hash}, although the chain links up (the hashes were recomputed after an edit). The last checkpoint that still holds covers event {_lastGoodCheckpoint}.";
            }
            _lastGoodCheckpoint = sequence;
        }
        return null;
    }
}
