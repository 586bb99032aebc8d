using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>The SQL of the <c>intake_files</c> table.</summary>
internal static class IntakeCommands
{
    private const string Columns = "seq, name, size, sha256, outcome, recorded_at, message_count, report";

    public static IntakeRecord? FindAccepted(SqliteConnection connection, SqliteTransaction? transaction, string sha256)
    {
        using var command = connection.Command($"SELECT {Columns} FROM intake_files WHERE sha256 = @sha AND outcome = 'accepted'", ("@sha", sha256));
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        return reader.Read() ? Map(reader) : null;
    }

    /// <summary>Records an accepted file and enqueues its messages, unless the content was accepted before.</summary>
    public static IntakeResult RecordAccepted(SqliteTransaction transaction, IntakeFile file, IReadOnlyList<OutgoingMessage> messages, long now)
    {
        var original = FindAccepted(transaction.Connection!, transaction, file.Sha256);
        if (original is not null)
        {
            AuditCommands.Append(transaction, AuditEntries.FileClaimed(file, "duplicate", 0), now);
            return new IntakeResult(IsDuplicate: true, original);
        }
        var seq = Insert(transaction, file, IntakeOutcome.Accepted, file.Report, now);
        AuditCommands.Append(transaction, AuditEntries.FileClaimed(file, "accepted", messages.Count), now);
        AuditCommands.AppendAll(transaction, file.Audit ?? [], now);
        var enqueued = OutboxCommands.Enqueue(transaction, messages, seq, now);
        using var count = transaction.Command("UPDATE intake_files SET message_count = @count WHERE seq = @seq", ("@count", enqueued.Enqueued), ("@seq", seq));
        count.ExecuteNonQuery();
        var alreadySent = (file.Held ?? []).Where(held => !HeldCommands.Hold(transaction, held, now)).Select(held => held.Request.RequestId).ToList();
        return new IntakeResult(IsDuplicate: false, Read(transaction, seq)) { AlreadyQueued = enqueued.AlreadyPresent, AlreadySent = alreadySent };
    }

    public static IntakeRecord RecordFailed(SqliteTransaction transaction, IntakeFile file, string report, long now)
    {
        var seq = Insert(transaction, file, IntakeOutcome.Failed, report, now);
        AuditCommands.Append(transaction, AuditEntries.FileClaimed(file, "failed", 0), now);
        AuditCommands.AppendAll(transaction, file.Audit ?? [], now);
        return Read(transaction, seq);
    }

    private static long Insert(SqliteTransaction transaction, IntakeFile file, IntakeOutcome outcome, string? report, long now)
    {
        using var command = transaction.Command(
            """
            INSERT INTO intake_files (name, size, sha256, outcome, recorded_at, message_count, report)
            VALUES (@name, @size, @sha, @outcome, @now, 0, @report) RETURNING seq
            """,
            ("@name", file.Name), ("@size", file.Size), ("@sha", file.Sha256), ("@outcome", KebabNames<IntakeOutcome>.Word(outcome)),
            ("@now", now), ("@report", report));
        return (long)command.ExecuteScalar()!;
    }

    private static IntakeRecord Read(SqliteTransaction transaction, long seq)
    {
        using var command = transaction.Command($"SELECT {Columns} FROM intake_files WHERE seq = @seq", ("@seq", seq));
        using var reader = command.ExecuteReader();
        reader.Read();
        return Map(reader);
    }

    private static IntakeRecord Map(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3),
        KebabNames<IntakeOutcome>.Parse(reader.GetString(4)), reader.Instant(5), reader.GetInt32(6), reader.NullableString(7));
}
