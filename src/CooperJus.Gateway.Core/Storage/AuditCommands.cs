using System.Security.Cryptography;
using CooperJus.Gateway.Core.Audit;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>The SQL that appends to the audit log and prunes its bodies, inside the caller's write transaction.</summary>
internal static class AuditCommands
{
    /// <summary>
    /// Appends <paramref name="entry"/> after the current head; returns its sequence number. The head is read inside the
    /// write transaction (taken with <c>BEGIN IMMEDIATE</c>), so two processes sharing the store never fork the chain.
    /// </summary>
    public static long Append(SqliteTransaction transaction, AuditEntry entry, long now)
    {
        var (previousSequence, previousHash) = Head(transaction);
        var sequence = previousSequence + 1;
        var body = entry.Body.IsEmpty
            ? null
            : new AuditBodyInfo(Convert.ToHexStringLower(SHA256.HashData(entry.Body.Span)), entry.Body.Length,
                entry.BodyMediaType ?? "application/octet-stream", IsPruned: false);
        var header = AuditHeader.Write(sequence, previousHash, StoredInstants.FromStored(now), entry, body);
        using (var insert = transaction.Command(
            """
            INSERT INTO audit_events (seq, hash, header, recorded_at, kind, request_id, message_id, case_reference)
            VALUES (@seq, @hash, @header, @now, @kind, @request, @message, @case)
            """,
            ("@seq", sequence), ("@hash", AuditHeader.Hash(header)), ("@header", header), ("@now", now), ("@kind", entry.Kind),
            ("@request", entry.RequestId), ("@message", entry.MessageId), ("@case", entry.CaseReference)))
        {
            insert.ExecuteNonQuery();
        }
        if (body is not null) InsertBody(transaction, sequence, entry.Body);
        if (entry.RequestId is { } requestId) IndexTerms(transaction, requestId, entry.SearchTerms);
        return sequence;
    }

    /// <summary>Appends every entry in order; returns the last sequence number (0 when there was none).</summary>
    public static long AppendAll(SqliteTransaction transaction, IEnumerable<AuditEntry> entries, long now)
    {
        long last = 0;
        foreach (var entry in entries) last = Append(transaction, entry, now);
        return last;
    }

    /// <summary>
    /// Removes the bodies of events recorded before <paramref name="before"/> and the stored copies of the messages they
    /// carried: envelopes of messages delivered before then, and envelopes and payloads of received messages exported
    /// before then (receipts stay: a late resend is still answered with the original). Returns how many audit bodies.
    /// </summary>
    public static long PruneBodies(SqliteTransaction transaction, long before, long now)
    {
        using (var outbox = transaction.Command(
            "DELETE FROM outbox_envelopes WHERE seq IN (SELECT seq FROM outbox WHERE state = 'delivered' AND delivered_at < @before)",
            ("@before", before)))
        {
            outbox.ExecuteNonQuery();
        }
        using (var inbox = transaction.Command(
            """
            UPDATE inbox_content SET envelope = X'', payload = X''
            WHERE length(payload) > 0 AND seq IN (SELECT seq FROM inbox WHERE exported_at IS NOT NULL AND exported_at < @before)
            """,
            ("@before", before)))
        {
            inbox.ExecuteNonQuery();
        }
        using var forget = transaction.Command(
            """
            DELETE FROM audit_search WHERE request_id IN (
                SELECT e.request_id FROM audit_events e JOIN audit_bodies b USING (seq)
                WHERE e.recorded_at < @before AND b.body IS NOT NULL AND e.request_id IS NOT NULL
                  AND e.kind IN ('request.translated', 'inbound.received'))
            """,
            ("@before", before));
        forget.ExecuteNonQuery();
        using var prune = transaction.Command(
            """
            UPDATE audit_bodies SET body = NULL, pruned_at = @now
            WHERE body IS NOT NULL AND seq IN (SELECT seq FROM audit_events WHERE recorded_at < @before)
            """,
            ("@before", before), ("@now", now));
        return prune.ExecuteNonQuery();
    }

    private static (long Sequence, string Hash) Head(SqliteTransaction transaction)
    {
        using var command = transaction.Command("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditHeader.Genesis);
    }

    private static void InsertBody(SqliteTransaction transaction, long sequence, ReadOnlyMemory<byte> body)
    {
        using var insert = transaction.Command("INSERT INTO audit_bodies (seq, body) VALUES (@seq, @body)",
            ("@seq", sequence), ("@body", SqlExtensions.Blob(body)));
        insert.ExecuteNonQuery();
    }

    /// <summary>Empties the person search index, fills it with <paramref name="termsByRequest"/> and records the key's fingerprint.</summary>
    public static void ReplaceSearchIndex(SqliteTransaction transaction, IReadOnlyDictionary<string, IReadOnlyCollection<string>> termsByRequest, string fingerprint)
    {
        using (var clear = transaction.Command("DELETE FROM audit_search; DELETE FROM audit_search_key;")) clear.ExecuteNonQuery();
        foreach (var (requestId, terms) in termsByRequest) IndexTerms(transaction, requestId, terms);
        using var key = transaction.Command("INSERT INTO audit_search_key (fingerprint) VALUES (@fingerprint)", ("@fingerprint", fingerprint));
        key.ExecuteNonQuery();
    }

    private static void IndexTerms(SqliteTransaction transaction, string requestId, IReadOnlyCollection<string> terms)
    {
        if (terms.Count == 0) return;
        using var insert = transaction.Command("INSERT OR IGNORE INTO audit_search (term, request_id) VALUES (@term, @request)",
            ("@request", requestId));
        foreach (var term in terms)
        {
            insert.Set("@term", term);
            insert.ExecuteNonQuery();
        }
    }
}
