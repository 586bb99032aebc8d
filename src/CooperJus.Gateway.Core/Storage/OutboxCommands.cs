using CooperJus.Gateway.Core.Audit;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The SQL that changes the outbox. Every completion first proves the lease (state sending, same owner, same token):
/// that check and the change happen in one write transaction, so a lease lost to another dispatcher changes nothing.
/// </summary>
internal static class OutboxCommands
{
    /// <summary>A leased row back to due-now: queued when never attempted, retry-waiting otherwise.</summary>
    private const string Released = "state = CASE WHEN attempts = 0 THEN 'queued' ELSE 'retry-waiting' END, due_at = @now, lease_owner = NULL, updated_at = @now";

    /// <summary>Claims the due rows of one partner, oldest due first; served by <c>outbox_pending</c> without a sort.</summary>
    internal const string LeaseSql = """
            UPDATE outbox SET state = 'sending', lease_owner = @owner, lease_token = lease_token + 1, due_at = @expires, updated_at = @now
            WHERE seq IN (SELECT seq FROM outbox WHERE partner_id = @partner AND due_at IS NOT NULL AND due_at <= @now
                          ORDER BY due_at, seq LIMIT @max)
            RETURNING seq, message_id, message_type, request_id, attempts, enqueued_at, lease_token, trace_parent
            """;

    public static EnqueueResult Enqueue(SqliteTransaction transaction, IReadOnlyList<OutgoingMessage> messages, long? intakeSeq, long now)
    {
        using var insert = transaction.Command(
            """
            INSERT INTO outbox (message_id, partner_id, message_type, request_id, intake_seq, state, due_at, enqueued_at, updated_at, trace_parent)
            VALUES (@id, @partner, @type, @request, @intake, 'queued', @now, @now, @now, @trace)
            ON CONFLICT (message_id) DO NOTHING RETURNING seq
            """,
            ("@intake", intakeSeq), ("@now", now));
        using var envelope = transaction.Command("INSERT INTO outbox_envelopes (seq, envelope) VALUES (@seq, @envelope)");
        var alreadyPresent = new List<string>();
        foreach (var message in messages)
        {
            insert.Set("@id", message.MessageId);
            insert.Set("@partner", message.PartnerId);
            insert.Set("@type", message.MessageType);
            insert.Set("@request", message.RequestId);
            insert.Set("@trace", message.TraceParent);
            if (insert.ExecuteScalar() is not long seq)
            {
                alreadyPresent.Add(message.MessageId);
                // What this export said is evidence even when nothing new is sent (a corrected re-export of a request
                // keeps its message id): its record, translation and lineage are kept, then why nothing went out.
                AuditCommands.AppendAll(transaction, message.Evidence ?? [], now);
                AuditCommands.Append(transaction, AuditEntries.AlreadyQueued(message), now);
                HeldCommands.Resolve(transaction, message, now);
                continue;
            }
            envelope.Set("@seq", seq);
            envelope.Set("@envelope", SqlExtensions.Blob(message.SignedEnvelope));
            envelope.ExecuteNonQuery();
            if (message.Request is not null) RequestCommands.Upsert(transaction, message.Request, now);
            AuditCommands.AppendAll(transaction, message.Evidence ?? [], now);
            if (message.Downgraded is { } downgraded) AuditCommands.Append(transaction, downgraded, now);
            AuditCommands.Append(transaction, AuditEntries.Sealed(message), now);
            // A request held earlier (no partner served its country) and now exported again or released: sent at last.
            HeldCommands.Resolve(transaction, message, now);
        }
        return new EnqueueResult(messages.Count - alreadyPresent.Count, alreadyPresent);
    }

    public static IReadOnlyList<LeasedMessage> Lease(SqliteTransaction transaction, string partnerId, string owner, int maxCount, long now, long expires)
    {
        using var lease = transaction.Command(LeaseSql,
            ("@owner", owner), ("@expires", expires), ("@now", now), ("@partner", partnerId), ("@max", maxCount));
        var leased = new List<(long Seq, string Id, string Type, string? Request, int Attempts, long Enqueued, long Token, string? Trace)>();
        using (var reader = lease.ExecuteReader())
        {
            while (reader.Read())
            {
                leased.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.NullableString(3),
                    reader.GetInt32(4), reader.GetInt64(5), reader.GetInt64(6), reader.NullableString(7)));
            }
        }
        using var envelope = transaction.Command("SELECT envelope FROM outbox_envelopes WHERE seq = @seq");
        var expiresAt = StoredInstants.FromStored(expires);
        return leased.OrderBy(row => row.Seq).Select(row =>
        {
            envelope.Set("@seq", row.Seq);
            var bytes = (byte[])envelope.ExecuteScalar()!;
            return new LeasedMessage(new OutboxLease(row.Id, owner, row.Token, expiresAt), row.Seq, partnerId, row.Type, row.Request,
                bytes, row.Attempts, StoredInstants.FromStored(row.Enqueued), row.Trace);
        }).ToList();
    }

    public static OutboxLease? Renew(SqliteTransaction transaction, OutboxLease lease, long now, long expires)
    {
        if (FindLeased(transaction, lease) is not { } row) return null;
        using var command = transaction.Command("UPDATE outbox SET due_at = @expires, updated_at = @now WHERE seq = @seq",
            ("@expires", expires), ("@now", now), ("@seq", row.Seq));
        command.ExecuteNonQuery();
        return lease with { ExpiresAt = StoredInstants.FromStored(expires) };
    }

    public static bool Release(SqliteTransaction transaction, OutboxLease lease, long now)
    {
        if (FindLeased(transaction, lease) is not { } row) return false;
        using var command = transaction.Command($"UPDATE outbox SET {Released} WHERE seq = @seq", ("@now", now), ("@seq", row.Seq));
        command.ExecuteNonQuery();
        return true;
    }

    public static int ReleaseOwner(SqliteTransaction transaction, string owner, long now)
    {
        using var command = transaction.Command($"UPDATE outbox SET {Released} WHERE state = 'sending' AND lease_owner = @owner",
            ("@now", now), ("@owner", owner));
        return command.ExecuteNonQuery();
    }

    public static bool RecordAttempt(SqliteTransaction transaction, OutboxLease lease, DeliveryAttempt attempt, long now)
    {
        if (FindLeased(transaction, lease) is not { } row) return false;
        AddAttempt(transaction, row, attempt, nextAttemptAt: null, now);
        Update(transaction, row.Seq, now, "attempts = attempts + 1, last_error = COALESCE(@error, last_error)", ("@error", ErrorOf(attempt)));
        return true;
    }

    public static bool Deliver(SqliteTransaction transaction, OutboxLease lease, DeliveryAttempt attempt, ReadOnlyMemory<byte> receipt, long now)
    {
        if (FindLeased(transaction, lease) is not { } row) return false;
        AddAttempt(transaction, row, attempt, nextAttemptAt: null, now);
        Update(transaction, row.Seq, now,
            "state = 'delivered', due_at = NULL, lease_owner = NULL, attempts = attempts + 1, delivered_at = @now");
        using var store = transaction.Command("INSERT INTO outbox_receipts (seq, receipt) VALUES (@seq, @receipt)",
            ("@seq", row.Seq), ("@receipt", SqlExtensions.Blob(receipt)));
        store.ExecuteNonQuery();
        AuditCommands.Append(transaction, AuditEntries.Receipt(row, receipt), now);
        RequestCommands.Transition(transaction, row.RequestId, RequestStatus.Submitted, RequestStatus.Delivered, now);
        return true;
    }

    public static bool ScheduleRetry(SqliteTransaction transaction, OutboxLease lease, DeliveryAttempt attempt, long nextAttemptAt, long now)
    {
        if (FindLeased(transaction, lease) is not { } row) return false;
        AddAttempt(transaction, row, attempt, nextAttemptAt, now);
        Update(transaction, row.Seq, now,
            "state = 'retry-waiting', due_at = @next, lease_owner = NULL, attempts = attempts + 1, last_error = @error",
            ("@next", nextAttemptAt), ("@error", ErrorOf(attempt)));
        return true;
    }

    public static bool DeadLetter(SqliteTransaction transaction, OutboxLease lease, DeliveryAttempt? attempt, string reason, long now)
    {
        if (FindLeased(transaction, lease) is not { } row) return false;
        if (attempt is not null) AddAttempt(transaction, row, attempt, nextAttemptAt: null, now);
        AuditCommands.Append(transaction, AuditEntries.DeadLettered(row, reason), now);
        Update(transaction, row.Seq, now,
            "state = 'dead-lettered', due_at = NULL, lease_owner = NULL, attempts = attempts + @counted, " +
            "last_error = COALESCE(@error, last_error), dead_letter_reason = @reason",
            ("@counted", attempt is null ? 0 : 1), ("@error", attempt is null ? null : ErrorOf(attempt)), ("@reason", reason));
        RequestCommands.Transition(transaction, row.RequestId, RequestStatus.Submitted, RequestStatus.Undeliverable, now);
        return true;
    }

    public static OperatorActionResult RetryNow(SqliteTransaction transaction, string messageId, string actor, long now)
    {
        if (FindState(transaction, messageId) is not { } row) return new OperatorActionResult(false, null);
        var allowed = row.State is OutboxState.Queued or OutboxState.RetryWaiting;
        // Refused attempts are audited too: an auditor sees who tried what, not only what took effect.
        AuditCommands.Append(transaction, AuditEntries.Operator(AuditEventKinds.OperatorRetry, messageId, row.RequestId, actor, row.State, allowed), now);
        if (!allowed) return new OperatorActionResult(false, row.State);
        Update(transaction, row.Seq, now, "due_at = MIN(due_at, @now)");
        return new OperatorActionResult(true, row.State);
    }

    public static OperatorActionResult Replay(SqliteTransaction transaction, string messageId, string actor, long now)
    {
        if (FindState(transaction, messageId) is not { } row) return new OperatorActionResult(false, null);
        var allowed = row.State is OutboxState.DeadLettered;
        AuditCommands.Append(transaction, AuditEntries.Operator(AuditEventKinds.OperatorReplay, messageId, row.RequestId, actor, row.State, allowed), now);
        if (!allowed) return new OperatorActionResult(false, row.State);
        Update(transaction, row.Seq, now, "state = 'queued', attempts = 0, due_at = @now, dead_letter_reason = NULL");
        RequestCommands.Transition(transaction, row.RequestId, RequestStatus.Undeliverable, RequestStatus.Submitted, now);
        return new OperatorActionResult(true, row.State);
    }

    /// <summary>The row the lease still holds, or null when the lease was lost (completed, released or taken over).</summary>
    private static LeasedRow? FindLeased(SqliteTransaction transaction, OutboxLease lease)
    {
        using var command = transaction.Command(
            "SELECT seq, partner_id, request_id FROM outbox WHERE message_id = @id AND state = 'sending' AND lease_owner = @owner AND lease_token = @token",
            ("@id", lease.MessageId), ("@owner", lease.Owner), ("@token", lease.Token));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new LeasedRow(reader.GetInt64(0), lease.MessageId, reader.GetString(1), reader.NullableString(2)) : null;
    }

    private static (long Seq, OutboxState State, string? RequestId)? FindState(SqliteTransaction transaction, string messageId)
    {
        using var command = transaction.Command("SELECT seq, state, request_id FROM outbox WHERE message_id = @id", ("@id", messageId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), KebabNames<OutboxState>.Parse(reader.GetString(1)), reader.NullableString(2)) : null;
    }

    private static void AddAttempt(SqliteTransaction transaction, LeasedRow row, DeliveryAttempt attempt, long? nextAttemptAt, long now)
    {
        using var command = transaction.Command(
            """
            INSERT INTO outbox_attempts (seq, number, started_at, outcome, http_status, error)
            VALUES (@seq, COALESCE((SELECT MAX(number) FROM outbox_attempts WHERE seq = @seq), 0) + 1, @started, @outcome, @status, @error)
            RETURNING number
            """,
            ("@seq", row.Seq), ("@started", StoredInstants.ToStored(attempt.StartedAt)), ("@outcome", KebabNames<AttemptOutcome>.Word(attempt.Outcome)),
            ("@status", attempt.HttpStatus), ("@error", attempt.Error));
        var number = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        AuditCommands.Append(transaction, AuditEntries.Attempt(row, attempt, number, nextAttemptAt), now);
    }

    private static void Update(SqliteTransaction transaction, long seq, long now, string assignments, params (string Name, object? Value)[] parameters)
    {
        using var command = transaction.Command($"UPDATE outbox SET {assignments}, updated_at = @now WHERE seq = @seq", parameters);
        command.Set("@now", now);
        command.Set("@seq", seq);
        command.ExecuteNonQuery();
    }

    /// <summary>The last error to show: the attempt's own words, or its outcome and HTTP status when it gave none.</summary>
    private static string? ErrorOf(DeliveryAttempt attempt) =>
        attempt.Error ?? (attempt.Outcome is AttemptOutcome.Accepted or AttemptOutcome.Duplicate
            ? null
            : KebabNames<AttemptOutcome>.Word(attempt.Outcome) + (attempt.HttpStatus is { } status ? $" (HTTP {status})" : ""));
}
