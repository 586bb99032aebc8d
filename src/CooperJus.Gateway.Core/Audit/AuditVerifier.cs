using System.Security.Cryptography;

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
        var lines = _checkpoints.Read();
        if (lines.FirstOrDefault(l => l.Problem is not null) is { } badLine)
            return new AuditVerification(0, 0, 0, null, "The checkpoint file cannot be trusted: " + badLine.Problem);
        var pinned = lines.Select(l => l.Checkpoint!).ToList();
        var walk = new ChainWalk(pinned);
        foreach (var row in _log.ReadRows(1, null, cancellationToken))
        {
            if (walk.Check(row) is { } broken) return walk.Result(broken);
        }
        return walk.Finish();
    }

    /// <summary>The state of one pass over the chain, in order.</summary>
    private sealed class ChainWalk
    {
        private readonly ILookup<long, AuditCheckpoint> _checkpoints;
        private readonly long _lastPinned;
        private string _previousHash = AuditHeader.Genesis;
        private long _expected = 1;
        private long _lastGoodCheckpoint;
        private long _pruned;
        private int _checkpointsChecked;

        public ChainWalk(IReadOnlyList<AuditCheckpoint> checkpoints)
        {
            _checkpoints = checkpoints.ToLookup(c => c.Sequence);
            _lastPinned = checkpoints.Count == 0 ? 0 : checkpoints.Max(c => c.Sequence);
        }

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
            if (_lastPinned > last)
            {
                var at = _checkpoints[_lastPinned].First().At;
                return new AuditVerification(last, _checkpointsChecked, _pruned, last + 1,
                    $"the log ends at event {last}, but a checkpoint signed on {at:u} covers event {_lastPinned}: events {last + 1} to {_lastPinned} were removed (the log was truncated).");
            }
            return new AuditVerification(last, _checkpointsChecked, _pruned, null, null);
        }

        private string? CheckContent(StoredAuditRow row)
        {
            AuditEvent header;
            try
            {
                header = AuditHeader.Parse(row.Header, row.BodyPruned);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                // Rewritten with its hash recomputed: it links up, but it is no longer what the gateway writes.
                return $"event {row.Sequence} was altered: its header is no longer a readable audit header ({e.GetType().Name}).";
            }
            if (header.Kind != row.Kind || header.RequestId != row.RequestId || header.MessageId != row.MessageId || header.CaseReference != row.CaseReference)
                return $"event {row.Sequence} was altered: its indexed columns (kind, request, message, case reference) differ from its hashed header.";
            if (header.Body is null)
                return row.Body is null ? null : $"event {row.Sequence} has a body its header does not record: a body was added.";
            if (row.Body is null)
            {
                if (!row.BodyPruned) return $"event {row.Sequence}'s body is gone without having been pruned by retention.";
                _pruned++;
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
}
