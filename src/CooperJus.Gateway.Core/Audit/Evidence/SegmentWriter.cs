using System.Security.Cryptography;
using System.Text.Json;

namespace CooperJus.Gateway.Core.Audit.Evidence;

/// <summary>
/// Writes the chain segment of a bundle row by row (exact header bytes, and the request's bodies), checking as it goes
/// what <c>verify.sh</c> will check, so that a bundle is never made from a chain that does not verify.
/// </summary>
/// <remarks>
/// Whether an event is the request's is read from its header (its <c>requestId</c>, or the <c>messageId</c> of one of
/// the request's messages), exactly as <c>verify.sh</c> reads it, so the script demands the very bodies written here.
/// </remarks>
internal sealed class SegmentWriter
{
    private readonly string _root;
    private readonly string _requestId;
    private readonly IReadOnlySet<string> _messageIds;
    private readonly IReadOnlyDictionary<long, List<string>> _copyPlan;
    private readonly List<long> _pruned = [];
    private readonly List<EvidenceCopy> _copies = [];
    private long _expected;
    private string? _previousHash;

    public SegmentWriter(string root, string requestId, IReadOnlySet<string> messageIds, long firstSequence, IReadOnlyDictionary<long, List<string>> copyPlan)
    {
        _root = root;
        _requestId = requestId;
        _messageIds = messageIds;
        _copyPlan = copyPlan;
        _expected = firstSequence;
    }

    public IReadOnlyList<long> Pruned => _pruned;

    public IReadOnlyList<EvidenceCopy> Copies => [.. _copies.OrderBy(c => c.Sequence).ThenBy(c => c.File, StringComparer.Ordinal)];

    public void Add(StoredAuditRow row)
    {
        if (row.Sequence != _expected) throw Broken(_expected, $"the log goes on with event {row.Sequence} after event {_expected - 1} (events were removed).");
        var hash = AuditHeader.Hash(row.Header);
        if (hash != row.Hash) throw Broken(row.Sequence, $"its header hashes to {hash}, but it was recorded as {row.Hash} (it was altered).");
        if (!AuditHeader.TryReadLink(row.Header, out var sequence, out var previous) || sequence != row.Sequence)
            throw Broken(row.Sequence, "its header is not the header of this event (it was altered or moved).");
        if (_previousHash is not null && previous != _previousHash)
            throw Broken(row.Sequence, $"it names previous hash {previous}, but event {row.Sequence - 1} hashes to {_previousHash}.");
        File.WriteAllBytes(Path.Combine(_root, EvidenceNames.Event(row.Sequence)), row.Header);
        var header = Parse(row);
        if (IsOurs(header) && header.Body is { } body) AddBody(row, body, header.Kind);
        _previousHash = hash;
        _expected++;
    }

    public void Finish(AuditCheckpoint checkpoint)
    {
        if (_expected != checkpoint.Sequence + 1)
            throw Broken(_expected, $"the log ends at event {_expected - 1}, but the checkpoint signed on {checkpoint.At:u} covers event {checkpoint.Sequence} (the log was truncated).");
        if (_previousHash != checkpoint.HeadHash)
            throw Broken(checkpoint.Sequence, $"it hashes to {_previousHash}, but the checkpoint signed on {checkpoint.At:u} says {checkpoint.HeadHash} (the chain was rewritten).");
    }

    private bool IsOurs(AuditEvent header) =>
        header.RequestId == _requestId || (header.MessageId is { } messageId && _messageIds.Contains(messageId));

    private static AuditEvent Parse(StoredAuditRow row)
    {
        try
        {
            return AuditHeader.Parse(row.Header, row.BodyPruned);
        }
        catch (AuditLogAlteredException e)
        {
            throw Broken(row.Sequence, $"its header no longer parses as an audit header ({e.InnerException?.Message}; it was altered).");
        }
    }

    private void AddBody(StoredAuditRow row, AuditBodyInfo body, string kind)
    {
        if (row.Body is null)
        {
            if (!row.BodyPruned) throw Broken(row.Sequence, "its body is gone without having been pruned by retention.");
            _pruned.Add(row.Sequence);
            return;
        }
        var actual = Convert.ToHexStringLower(SHA256.HashData(row.Body));
        if (actual != body.Sha256) throw Broken(row.Sequence, $"its body hashes to {actual}, but its header records {body.Sha256} (the body was altered).");
        var bodyFile = EvidenceNames.Body(row.Sequence, body.MediaType);
        File.WriteAllBytes(Path.Combine(_root, bodyFile), row.Body);
        if (!_copyPlan.TryGetValue(row.Sequence, out var names)) return;
        foreach (var name in names)
        {
            File.WriteAllBytes(Path.Combine(_root, name), row.Body);
            _copies.Add(new EvidenceCopy(name, row.Sequence, kind, bodyFile));
        }
    }

    private static EvidenceExportException Broken(long sequence, string why) =>
        new($"The stored audit chain does not verify at event {sequence}: {why} No bundle was written; run `cooperjus audit verify` to check the whole log.");
}
