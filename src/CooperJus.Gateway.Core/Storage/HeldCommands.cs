using CooperJus.Gateway.Core.Audit;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The SQL of the <c>held_requests</c> table. A held request is released at most once: the release checks and marks
/// its row in the same write transaction that enqueues its message, and the outbox refuses a second message of the
/// same (deterministic) id, so two processes racing to release it queue one message between them.
/// </summary>
internal static class HeldCommands
{
    private const string Columns = "h.request_id, r.case_reference, h.requested_country, h.reason, h.canonical, h.held_at";

    /// <summary>
    /// Keeps <paramref name="held"/> (or refreshes the canonical document of a request still held) with its evidence and
    /// a <c>request.held</c> event. A request already sent is left alone (a later export while no partner serves its
    /// country must not take it back): its evidence is kept, and false returned.
    /// </summary>
    public static bool Hold(SqliteTransaction transaction, HeldRequest held, long now)
    {
        var request = held.Request;
        using (var status = transaction.Command("SELECT status FROM requests WHERE request_id = @id", ("@id", request.RequestId)))
        {
            if (status.ExecuteScalar() is string word && word != KebabNames<RequestStatus>.Word(RequestStatus.Held))
            {
                AuditCommands.AppendAll(transaction, held.Evidence ?? [], now);
                return false;
            }
        }
        RequestCommands.Upsert(transaction, request, now);
        using var upsert = transaction.Command(
            """
            INSERT INTO held_requests (request_id, requested_country, reason, canonical, held_at)
            VALUES (@id, @country, @reason, @canonical, @now)
            ON CONFLICT (request_id) DO UPDATE SET requested_country = excluded.requested_country, reason = excluded.reason,
                canonical = excluded.canonical WHERE released_at IS NULL
            """,
            ("@id", request.RequestId), ("@country", request.RequestedCountry), ("@reason", held.Reason),
            ("@canonical", System.Text.Encoding.UTF8.GetBytes(held.CanonicalJson)), ("@now", now));
        upsert.ExecuteNonQuery();
        AuditCommands.AppendAll(transaction, held.Evidence ?? [], now);
        AuditCommands.Append(transaction, new AuditEntry(AuditEventKinds.RequestHeld)
        {
            RequestId = request.RequestId,
            CaseReference = request.CaseReference,
            Country = request.RequestedCountry,
            Facts = AuditEntries.Facts(("reason", held.Reason)),
        }, now);
        return true;
    }

    /// <summary>Held requests not yet released, oldest first; only of <paramref name="country"/> or <paramref name="requestId"/> when given.</summary>
    public static IReadOnlyList<HeldRequestEntry> ListPending(SqliteConnection connection, string? country, string? requestId)
    {
        using var command = connection.Command(
            $"""
            SELECT {Columns} FROM held_requests h JOIN requests r ON r.request_id = h.request_id
            WHERE h.released_at IS NULL AND (@country IS NULL OR h.requested_country = @country) AND (@id IS NULL OR h.request_id = @id)
            ORDER BY h.held_at, h.request_id
            """,
            ("@country", country), ("@id", requestId));
        using var reader = command.ExecuteReader();
        var pending = new List<HeldRequestEntry>();
        while (reader.Read())
        {
            pending.Add(new HeldRequestEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                System.Text.Encoding.UTF8.GetString((byte[])reader.GetValue(4)), reader.Instant(5)));
        }
        return pending;
    }

    /// <summary>
    /// Releases the held request <paramref name="message"/> carries to the partner it names, enqueueing it (see
    /// <see cref="OutboxCommands.Enqueue"/>, which calls <see cref="Resolve"/>), unless it was released before.
    /// </summary>
    public static ReleaseOutcome Release(SqliteTransaction transaction, OutgoingMessage message, string actor, long now)
    {
        using (var find = transaction.Command("SELECT released_at FROM held_requests WHERE request_id = @id", ("@id", message.RequestId)))
        {
            using var reader = find.ExecuteReader();
            if (!reader.Read()) return ReleaseOutcome.NotHeld;
            if (!reader.IsDBNull(0)) return ReleaseOutcome.AlreadyReleased;
        }
        var released = new AuditEntry(AuditEventKinds.RequestReleased)
        {
            RequestId = message.RequestId,
            MessageId = message.MessageId,
            CaseReference = message.Request?.CaseReference,
            PartnerId = message.PartnerId,
            Country = message.Request?.RequestedCountry,
            Actor = actor,
        };
        OutboxCommands.Enqueue(transaction, [message with { Evidence = [released, .. message.Evidence ?? []] }], intakeSeq: null, now);
        return ReleaseOutcome.Released;
    }

    /// <summary>
    /// A request message is in the outbox now (just enqueued, or found there): if the request was held, it no longer is.
    /// Its status moves from held to submitted and its row names the partner and the message.
    /// </summary>
    public static void Resolve(SqliteTransaction transaction, OutgoingMessage message, long now)
    {
        if (message.RequestId is null || message.Request is null) return;
        using var command = transaction.Command(
            "UPDATE held_requests SET released_at = @now, released_to = @partner, message_id = @message WHERE request_id = @id AND released_at IS NULL",
            ("@now", now), ("@partner", message.PartnerId), ("@message", message.MessageId), ("@id", message.RequestId));
        if (command.ExecuteNonQuery() == 0) return;
        using var partner = transaction.Command("UPDATE requests SET partner_id = @partner WHERE request_id = @id", ("@partner", message.PartnerId), ("@id", message.RequestId));
        partner.ExecuteNonQuery();
        RequestCommands.Transition(transaction, message.RequestId, RequestStatus.Held, RequestStatus.Submitted, now);
    }
}
