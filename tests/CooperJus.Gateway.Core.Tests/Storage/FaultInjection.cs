namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>
/// Makes the database itself fail a write part-way through a transaction (a trigger that aborts), standing in for a
/// full disk or an I/O error at the worst moment.
/// </summary>
public static class FaultInjection
{
    public const string Message = "injected fault";

    /// <summary>Every insert into the outbox of <paramref name="messageId"/> fails.</summary>
    public static void FailInsertOf(string databasePath, string messageId) =>
        RawDatabase.Execute(databasePath,
            $"CREATE TRIGGER fail_{messageId} BEFORE INSERT ON outbox WHEN NEW.message_id = '{messageId}' BEGIN SELECT RAISE(ABORT, '{Message}'); END;");
}
