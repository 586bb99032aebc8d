using System.Text;
using CooperJus.Gateway.Core.Audit;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>The SQL that reads the audit log.</summary>
internal static class AuditQueries
{
    private const string EventColumns = "e.header, b.pruned_at IS NOT NULL";

    /// <summary>The condition of the partial index <c>audit_events_rare_kinds</c>, repeated so the planner uses it.</summary>
    /// <summary>The kinds <see cref="Last"/> serves.</summary>
    public static readonly IReadOnlySet<string> RareKindNames = new HashSet<string>(StringComparer.Ordinal)
    {
        AuditEventKinds.ConfigurationChanged, AuditEventKinds.RetentionPruned, AuditEventKinds.FileClaimed, AuditEventKinds.CheckpointWritten,
    };

    private const string RareKinds = "e.kind IN ('configuration.changed', 'retention.pruned', 'file.claimed', 'checkpoint.written')";

    public static string? SearchKeyFingerprint(SqliteConnection connection)
    {
        using var command = connection.Command("SELECT fingerprint FROM audit_search_key LIMIT 1");
        return command.ExecuteScalar() as string;
    }

    public static AuditEvent? Head(SqliteConnection connection)
    {
        using var command = connection.Command($"SELECT {EventColumns} FROM audit_events e LEFT JOIN audit_bodies b USING (seq) ORDER BY e.seq DESC LIMIT 1");
        return ReadEvents(command).FirstOrDefault();
    }

    public static AuditEvent? Last(SqliteConnection connection, string kind)
    {
        using var command = connection.Command(
            $"SELECT {EventColumns} FROM audit_events e LEFT JOIN audit_bodies b USING (seq) WHERE e.kind = @kind AND {RareKinds} ORDER BY e.seq DESC LIMIT 1", ("@kind", kind));
        return ReadEvents(command).FirstOrDefault();
    }

    public static IEnumerable<StoredAuditRow> Rows(SqliteConnection connection, long from, long to)
    {
        using var command = connection.Command(
            """
            SELECT e.seq, e.hash, e.header, e.kind, e.request_id, e.message_id, e.case_reference, b.body, b.pruned_at IS NOT NULL, e.recorded_at
            FROM audit_events e LEFT JOIN audit_bodies b USING (seq)
            WHERE e.seq BETWEEN @from AND @to ORDER BY e.seq
            """,
            ("@from", from), ("@to", to));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new StoredAuditRow(reader.GetInt64(0), reader.GetString(1), reader.Bytes(2), reader.GetString(3),
                reader.NullableString(4), reader.NullableString(5), reader.NullableString(6),
                reader.IsDBNull(7) ? null : reader.Bytes(7), !reader.IsDBNull(8) && reader.GetBoolean(8))
            {
                RecordedAt = reader.Instant(9),
            };
        }
    }

    public static byte[]? Body(SqliteConnection connection, long sequence)
    {
        using var command = connection.Command("SELECT body FROM audit_bodies WHERE seq = @seq", ("@seq", sequence));
        return command.ExecuteScalar() as byte[];
    }

    /// <summary>
    /// Events of a request (starting with the claim of the national file its record came from) and of every message
    /// that carries or answers it, or of one message; oldest first.
    /// </summary>
    public static IReadOnlyList<AuditEvent> Events(SqliteConnection connection, string? requestId, string? messageId)
    {
        using var command = connection.Command(
            $"""
            SELECT {EventColumns} FROM audit_events e LEFT JOIN audit_bodies b USING (seq)
            WHERE e.seq IN (SELECT seq FROM audit_events WHERE request_id = @request
                            UNION SELECT seq FROM audit_events WHERE message_id = @message
                            UNION SELECT seq FROM audit_events WHERE message_id IN (SELECT message_id FROM audit_events WHERE request_id = @request AND message_id IS NOT NULL)
                            UNION SELECT {FileClaimBefore("(SELECT MIN(seq) FROM audit_events WHERE request_id = @request AND kind = 'record.parsed')")})
            ORDER BY e.seq
            """,
            ("@request", requestId), ("@message", messageId));
        return ReadEvents(command).ToList();
    }

    /// <summary>The sequence number of the last file claim before <paramref name="sequence"/> (an SQL expression), through the partial index.</summary>
    private static string FileClaimBefore(string sequence) =>
        $"(SELECT e.seq FROM audit_events e WHERE e.kind = 'file.claimed' AND {RareKinds} AND e.seq < {sequence} ORDER BY e.seq DESC LIMIT 1)";

    public static IReadOnlyList<string> Resolve(SqliteConnection connection, string reference)
    {
        var ids = Ids(connection,
            """
            SELECT request_id FROM requests WHERE request_id = @ref
            UNION SELECT request_id FROM audit_events WHERE message_id = @ref AND request_id IS NOT NULL
            UNION SELECT request_id FROM requests WHERE case_reference = @ref COLLATE NOCASE
            UNION SELECT request_id FROM audit_events WHERE case_reference = @ref COLLATE NOCASE AND case_reference IS NOT NULL AND request_id IS NOT NULL
            UNION SELECT request_id FROM audit_events WHERE request_id = @ref
            """,
            reference);
        return ids.Count > 0 ? ids : ByRecordNumber(connection, reference);
    }

    /// <summary>
    /// The requests made of national record <paramref name="reference"/> (the record id the adapter gave, e.g.
    /// <c>SGF-2024-000187</c>), which the <c>record.parsed</c> event of each translation keeps as its <c>record</c> fact.
    /// </summary>
    /// <remarks>
    /// No index serves this: it reads the headers of every <c>record.parsed</c> event, so it runs only when nothing
    /// else matched (an id or a case reference is found through an index first).
    /// </remarks>
    private static List<string> ByRecordNumber(SqliteConnection connection, string reference) =>
        Ids(connection,
            """
            SELECT DISTINCT request_id FROM audit_events
            WHERE kind = 'record.parsed' AND request_id IS NOT NULL
              AND json_extract(CAST(header AS TEXT), '$.facts.record') = @ref COLLATE NOCASE
            """,
            reference);

    private static List<string> Ids(SqliteConnection connection, string sql, string reference)
    {
        using var command = connection.Command(sql, ("@ref", reference));
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    public static AuditRequestView? RequestView(SqliteConnection connection, string requestId, string today)
    {
        var request = RequestCommands.Get(connection, requestId, today);
        var timeline = Events(connection, requestId, null);
        if (request is null && timeline.Count == 0) return null;
        var claimed = timeline.FirstOrDefault(e => e.Kind == AuditEventKinds.FileClaimed)?.Fact("name");
        return new AuditRequestView(request, claimed,
            LastBodyText(connection, timeline, AuditEventKinds.RecordParsed),
            LastBodyText(connection, timeline, AuditEventKinds.RequestTranslated) ?? (request is null ? null : InboundPayload(connection, requestId)),
            LastBodyText(connection, timeline, AuditEventKinds.LineageRecorded),
            timeline)
        {
            // A request never sent (refused, or no partner for its country) has only its events: they name it.
            RequestId = requestId,
            CaseReference = request?.Request.CaseReference ?? timeline.Select(e => e.CaseReference).FirstOrDefault(c => c is not null),
            RejectionReasons = request is null ? LastBodyText(connection, timeline, AuditEventKinds.RecordRejected) : null,
        };
    }

    private static string? LastBodyText(SqliteConnection connection, IReadOnlyList<AuditEvent> timeline, string kind) =>
        timeline.LastOrDefault(e => e.Kind == kind && e.Body is { IsPruned: false }) is { } found && Body(connection, found.Sequence) is { } bytes
            ? Encoding.UTF8.GetString(bytes)
            : null;

    /// <summary>A request received from a partner has no national record: its canonical document is the envelope's payload.</summary>
    private static string? InboundPayload(SqliteConnection connection, string requestId)
    {
        using var command = connection.Command(
            "SELECT c.payload FROM inbox i JOIN inbox_content c USING (seq) WHERE i.request_id = @id AND i.message_type = 'cooperation-request' ORDER BY i.seq LIMIT 1",
            ("@id", requestId));
        return command.ExecuteScalar() is byte[] { Length: > 0 } payload ? Encoding.UTF8.GetString(payload) : null;
    }

    private static IEnumerable<AuditEvent> ReadEvents(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return AuditHeader.Parse(reader.Bytes(0), !reader.IsDBNull(1) && reader.GetBoolean(1));
    }
}
