using CooperJus.Gateway.Sdk.Model;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>The SQL of the <c>requests</c> table.</summary>
internal static class RequestCommands
{
    /// <summary>Past its respond-by date (a <c>@today</c> parameter) and not final.</summary>
    public const string Overdue = "(respond_by IS NOT NULL AND respond_by < @today AND status NOT IN " + FinalStatuses.Sql + ")";

    private const string Columns =
        "request_id, direction, case_reference, partner_id, requested_country, respond_by, created_at, status, updated_at, status_at, " +
        Overdue + " AS overdue, " +
        "(SELECT reason FROM held_requests h WHERE h.request_id = requests.request_id AND h.released_at IS NULL) AS held_reason";

    public static void Upsert(SqliteTransaction transaction, TrackedRequest request, long now)
    {
        using var command = transaction.Command(
            """
            INSERT INTO requests (request_id, direction, case_reference, partner_id, requested_country, status, respond_by, created_at, updated_at)
            VALUES (@id, @direction, @case, @partner, @country, @status, @respondBy, @created, @now)
            ON CONFLICT (request_id) DO UPDATE SET
                case_reference = excluded.case_reference, partner_id = excluded.partner_id,
                requested_country = excluded.requested_country, respond_by = excluded.respond_by, updated_at = excluded.updated_at
            """,
            ("@id", request.RequestId), ("@direction", KebabNames<RequestDirection>.Word(request.Direction)),
            ("@case", request.CaseReference), ("@partner", request.PartnerId), ("@country", request.RequestedCountry),
            ("@status", KebabNames<RequestStatus>.Word(request.Status)),
            ("@respondBy", request.RespondBy is { } date ? StoredInstants.ToStored(date) : null),
            ("@created", StoredInstants.ToStored(request.CreatedAt)), ("@now", now));
        command.ExecuteNonQuery();
    }

    /// <summary>Moves an OUTGOING request from one gateway-set status to another (delivered, undeliverable, replayed).</summary>
    public static void Transition(SqliteTransaction transaction, string? requestId, RequestStatus from, RequestStatus to, long now)
    {
        if (requestId is null) return;
        using var command = transaction.Command(
            "UPDATE requests SET status = @to, updated_at = @now WHERE request_id = @id AND direction = 'outgoing' AND status = @from",
            ("@to", KebabNames<RequestStatus>.Word(to)), ("@from", KebabNames<RequestStatus>.Word(from)), ("@id", requestId), ("@now", now));
        command.ExecuteNonQuery();
    }

    public static ResponseApplyResult ApplyResponse(SqliteTransaction transaction, string requestId, ResponseStatus status, long issuedAt, long now)
    {
        // <= rather than <: the same response applied twice (a retried export) is applied again, harmlessly.
        using var update = transaction.Command(
            """
            UPDATE requests SET status = @status, status_at = @issued, updated_at = @now
            WHERE request_id = @id AND (status_at IS NULL OR status_at <= @issued)
            """,
            ("@status", KebabNames<RequestStatus>.Word(ToRequestStatus(status))), ("@issued", issuedAt), ("@now", now), ("@id", requestId));
        if (update.ExecuteNonQuery() == 1) return ResponseApplyResult.Applied;
        using var exists = transaction.Command("SELECT 1 FROM requests WHERE request_id = @id", ("@id", requestId));
        return exists.ExecuteScalar() is null ? ResponseApplyResult.UnknownRequest : ResponseApplyResult.Stale;
    }

    public static RequestSummary? Get(SqliteConnection connection, string requestId, string today)
    {
        using var command = connection.Command($"SELECT {Columns} FROM requests WHERE request_id = @id", ("@id", requestId), ("@today", today));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Map(reader) : null;
    }

    public static IReadOnlyList<RequestSummary> List(SqliteConnection connection, RequestQuery query, string today)
    {
        var filters = new List<string>();
        using var command = connection.Command("", ("@today", today), ("@offset", query.Offset), ("@limit", query.Limit));
        if (query.Direction is { } direction) AddFilter(command, filters, "direction", KebabNames<RequestDirection>.Word(direction));
        if (query.PartnerId is { } partner) AddFilter(command, filters, "partner_id", partner);
        if (query.Status is { } status) AddFilter(command, filters, "status", KebabNames<RequestStatus>.Word(status));
        if (query.CaseReference is { } reference) AddFilter(command, filters, "case_reference", reference);
        if (query.After is { } after) AddAfter(command, filters, after);
        var where = filters.Count == 0 ? "" : "WHERE " + string.Join(" AND ", filters);
        command.CommandText = $"SELECT {Columns} FROM requests {where} ORDER BY overdue DESC, created_at, request_id LIMIT @limit OFFSET @offset";
        using var reader = command.ExecuteReader();
        var page = new List<RequestSummary>();
        while (reader.Read()) page.Add(Map(reader));
        return page;
    }

    /// <summary>
    /// Keyset paging in the list's order (overdue first, then oldest, then by id): the rows after the last one of the
    /// previous page, so a long list is read page by page at the same cost and nothing is skipped as offsets would.
    /// </summary>
    private static void AddAfter(SqliteCommand command, List<string> filters, RequestSummary after)
    {
        filters.Add($"({Overdue} < @afterOverdue OR ({Overdue} = @afterOverdue AND (created_at, request_id) > (@afterCreated, @afterId)))");
        command.Set("@afterOverdue", after.IsOverdue ? 1 : 0);
        command.Set("@afterCreated", StoredInstants.ToStored(after.Request.CreatedAt));
        command.Set("@afterId", after.RequestId);
    }

    /// <summary>The auditor's search: every criterion given must hold; newest first.</summary>
    public static IReadOnlyList<RequestSummary> Search(SqliteConnection connection, CooperJus.Gateway.Core.Audit.AuditSearch search, string today)
    {
        var filters = new List<string>();
        using var command = connection.Command("", ("@today", today), ("@offset", search.Offset), ("@limit", search.Limit));
        if (search.CaseReference is { } reference) AddFilter(command, filters, "case_reference = @case COLLATE NOCASE", "@case", reference.Trim());
        if (search.RequestId is { } id)
        {
            AddFilter(command, filters,
                "request_id IN (@id, (SELECT request_id FROM outbox WHERE message_id = @id), (SELECT request_id FROM inbox WHERE message_id = @id))",
                "@id", id.Trim());
        }
        if (search.Country is { } country) AddFilter(command, filters, "requested_country = @country", "@country", country.Trim().ToUpperInvariant());
        if (search.PartnerId is { } partner) AddFilter(command, filters, "partner_id = @partner", "@partner", partner.Trim());
        if (search.Status is { } status) AddFilter(command, filters, "status = @status", "@status", KebabNames<RequestStatus>.Word(status));
        if (search.From is { } from) AddFilter(command, filters, "created_at >= @from", "@from", StartOf(from));
        if (search.To is { } to) AddFilter(command, filters, "created_at < @to", "@to", StartOf(to.AddDays(1)));
        if (search.PersonTerms is { } terms) AddPersonFilter(command, filters, terms);
        var where = filters.Count == 0 ? "" : "WHERE " + string.Join(" AND ", filters);
        command.CommandText = $"SELECT {Columns} FROM requests {where} ORDER BY created_at DESC, request_id LIMIT @limit OFFSET @offset";
        using var reader = command.ExecuteReader();
        var page = new List<RequestSummary>();
        while (reader.Read()) page.Add(Map(reader));
        return page;
    }

    private static long StartOf(DateOnly day) => StoredInstants.ToStored(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    /// <summary>Every hashed term of the query must be indexed for the request; a query with no term matches nothing.</summary>
    private static void AddPersonFilter(SqliteCommand command, List<string> filters, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0)
        {
            filters.Add("0");
            return;
        }
        var names = terms.Select((term, i) => "@term" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (var i = 0; i < terms.Count; i++) command.Set(names[i], terms[i]);
        command.Set("@terms", terms.Count);
        filters.Add($"request_id IN (SELECT request_id FROM audit_search WHERE term IN ({string.Join(", ", names)}) GROUP BY request_id HAVING COUNT(*) = @terms)");
    }

    private static void AddFilter(SqliteCommand command, List<string> filters, string condition, string parameter, object value)
    {
        filters.Add(condition);
        command.Set(parameter, value);
    }

    private static void AddFilter(SqliteCommand command, List<string> filters, string column, string value)
    {
        filters.Add($"{column} = @{column}");
        command.Set("@" + column, value);
    }

    /// <summary>The request status a response sets: the partner's own status, each to its namesake.</summary>
    internal static RequestStatus ToRequestStatus(ResponseStatus status) => status switch
    {
        ResponseStatus.Acknowledged => RequestStatus.Acknowledged,
        ResponseStatus.InProgress => RequestStatus.InProgress,
        ResponseStatus.Executed => RequestStatus.Executed,
        ResponseStatus.PartiallyExecuted => RequestStatus.PartiallyExecuted,
        ResponseStatus.Refused => RequestStatus.Refused,
        ResponseStatus.InformationNeeded => RequestStatus.InformationNeeded,
        ResponseStatus.Postponed => RequestStatus.Postponed,
        ResponseStatus.ConditionsProposed => RequestStatus.ConditionsProposed,
        ResponseStatus.Forwarded => RequestStatus.Forwarded,
        ResponseStatus.MeasureSubstituted => RequestStatus.MeasureSubstituted,
        ResponseStatus.Withdrawn => RequestStatus.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a response status."),
    };

    private static RequestSummary Map(SqliteDataReader reader)
    {
        var request = new TrackedRequest(
            reader.GetString(0), KebabNames<RequestDirection>.Parse(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
            reader.GetString(4), reader.IsDBNull(5) ? null : StoredInstants.DateFromStored(reader.GetString(5)), reader.Instant(6),
            KebabNames<RequestStatus>.Parse(reader.GetString(7)));
        return new RequestSummary(request, reader.Instant(8), reader.NullableInstant(9), reader.GetInt64(10) == 1) { HeldReason = reader.NullableString(11) };
    }
}
