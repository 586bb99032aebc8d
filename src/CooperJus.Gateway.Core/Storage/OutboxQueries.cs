using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>The SQL that reads the outbox, for the dispatcher's scheduling and the operator CLI.</summary>
internal static class OutboxQueries
{
    private const string EntryColumns =
        "seq, message_id, partner_id, message_type, request_id, state, attempts, enqueued_at, updated_at, due_at, lease_owner, " +
        "delivered_at, last_error, dead_letter_reason";

    /// <summary>Each partner with pending rows and its earliest due time (see <see cref="Schedule"/>).</summary>
    internal const string ScheduleSql = """
            WITH RECURSIVE partners (id) AS (
                SELECT MIN(partner_id) FROM outbox WHERE due_at IS NOT NULL
                UNION ALL
                SELECT (SELECT MIN(partner_id) FROM outbox WHERE due_at IS NOT NULL AND partner_id > partners.id)
                FROM partners WHERE partners.id IS NOT NULL
            )
            SELECT id, (SELECT MIN(due_at) FROM outbox WHERE partner_id = partners.id AND due_at IS NOT NULL)
            FROM partners WHERE id IS NOT NULL
            """;

    internal const string EarliestDueSql = "SELECT MIN(due_at) FROM outbox WHERE partner_id = @partner AND due_at IS NOT NULL";

    /// <summary>Pending rows through the pending index (named: the planner would rather scan <c>outbox_partner_state</c>,
    /// delivered rows and all, to save a sort); dead letters through the state index. Delivered rows, the millions, are
    /// never read.</summary>
    internal const string CountsSql = """
            SELECT partner_id, state, COUNT(*) FROM outbox INDEXED BY outbox_pending WHERE due_at IS NOT NULL GROUP BY partner_id, state
            UNION ALL
            SELECT partner_id, state, COUNT(*) FROM outbox WHERE state = 'dead-lettered' GROUP BY partner_id, state
            """;

    /// <summary>The entry columns of outbox alias <c>o</c>, for queries that join tables which also have a <c>seq</c>.</summary>
    private static readonly string s_qualifiedEntryColumns = string.Join(", ", EntryColumns.Split(", ").Select(column => "o." + column));

    /// <summary>
    /// Each partner with pending rows and its earliest due time. A loose index scan (hop from one partner to the next in
    /// the pending index) so its cost grows with the number of partners, not with the 100,000 messages queued for them.
    /// </summary>
    public static IReadOnlyList<(string PartnerId, long EarliestDue)> Schedule(SqliteConnection connection)
    {
        using var command = connection.Command(ScheduleSql);
        using var reader = command.ExecuteReader();
        var schedule = new List<(string, long)>();
        while (reader.Read()) schedule.Add((reader.GetString(0), reader.GetInt64(1)));
        return schedule;
    }

    public static long? EarliestDue(SqliteConnection connection, string partnerId)
    {
        using var command = connection.Command(EarliestDueSql, ("@partner", partnerId));
        return command.ExecuteScalar() is long due ? due : null;
    }

    public static IReadOnlyList<OutboxEntry> List(SqliteConnection connection, OutboxQuery query)
    {
        using var command = connection.Command(ListSql(query), ("@after", query.AfterSequence), ("@limit", query.Limit),
            ("@state", query.State is { } state ? KebabNames<OutboxState>.Word(state) : null), ("@partner", query.PartnerId));
        using var reader = command.ExecuteReader();
        var page = new List<OutboxEntry>();
        while (reader.Read()) page.Add(MapEntry(reader));
        return page;
    }

    /// <summary>A page in order of arrival: each filter combination has an index that yields rows in <c>seq</c> order.</summary>
    internal static string ListSql(OutboxQuery query)
    {
        var filters = new List<string> { "seq > @after" };
        if (query.State is not null) filters.Add("state = @state");
        if (query.PartnerId is not null) filters.Add("partner_id = @partner");
        return $"SELECT {EntryColumns} FROM outbox WHERE {string.Join(" AND ", filters)} ORDER BY seq LIMIT @limit";
    }

    /// <summary>One message and everything about it, read in one snapshot so the parts agree.</summary>
    public static OutboxMessageDetail? Detail(SqliteConnection connection, string messageId)
    {
        using var snapshot = connection.BeginTransaction(deferred: true);
        using var command = snapshot.Command(
            $"""
            SELECT {s_qualifiedEntryColumns}, e.envelope, r.receipt, i.name
            FROM outbox o LEFT JOIN outbox_envelopes e USING (seq) LEFT JOIN outbox_receipts r USING (seq)
                 LEFT JOIN intake_files i ON i.seq = o.intake_seq
            WHERE o.message_id = @id
            """,
            ("@id", messageId));
        OutboxEntry entry;
        byte[] envelope;
        byte[]? receipt;
        string? intakeName;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) return null;
            entry = MapEntry(reader);
            envelope = reader.IsDBNull(14) ? [] : reader.Bytes(14); // retention removed it (delivered long ago)
            receipt = reader.IsDBNull(15) ? null : reader.Bytes(15);
            intakeName = reader.NullableString(16);
        }
        return new OutboxMessageDetail(entry, envelope, receipt, intakeName, History(snapshot, entry.Sequence));
    }

    public static IReadOnlyList<PartnerQueueCounts> Counts(SqliteConnection connection)
    {
        using var command = connection.Command(CountsSql);
        using var reader = command.ExecuteReader();
        var counts = new SortedDictionary<string, PartnerQueueCounts>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var partner = reader.GetString(0);
            var current = counts.GetValueOrDefault(partner) ?? new PartnerQueueCounts(partner, 0, 0, 0, 0);
            var n = reader.GetInt32(2);
            counts[partner] = KebabNames<OutboxState>.Parse(reader.GetString(1)) switch
            {
                OutboxState.Queued => current with { Queued = n },
                OutboxState.Sending => current with { Sending = n },
                OutboxState.RetryWaiting => current with { RetryWaiting = n },
                _ => current with { DeadLettered = n },
            };
        }
        return counts.Values.ToList();
    }

    private static List<AttemptRecord> History(SqliteTransaction snapshot, long seq)
    {
        using var command = snapshot.Command(
            "SELECT number, started_at, outcome, http_status, error FROM outbox_attempts WHERE seq = @seq ORDER BY number", ("@seq", seq));
        using var reader = command.ExecuteReader();
        var history = new List<AttemptRecord>();
        while (reader.Read())
        {
            history.Add(new AttemptRecord(reader.GetInt32(0), reader.Instant(1), KebabNames<AttemptOutcome>.Parse(reader.GetString(2)),
                reader.NullableInt32(3), reader.NullableString(4)));
        }
        return history;
    }

    private static OutboxEntry MapEntry(SqliteDataReader reader)
    {
        var state = KebabNames<OutboxState>.Parse(reader.GetString(5));
        var due = reader.NullableInstant(9);
        return new OutboxEntry(
            reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.NullableString(4), state,
            reader.GetInt32(6), reader.Instant(7), reader.Instant(8),
            NextAttemptAt: state is OutboxState.Queued or OutboxState.RetryWaiting ? due : null,
            LeaseOwner: reader.NullableString(10),
            LeaseExpiresAt: state is OutboxState.Sending ? due : null,
            DeliveredAt: reader.NullableInstant(11), LastError: reader.NullableString(12), DeadLetterReason: reader.NullableString(13));
    }
}
