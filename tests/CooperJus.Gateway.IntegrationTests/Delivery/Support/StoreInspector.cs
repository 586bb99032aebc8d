using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>
/// Reads a gateway's SQLite file directly, read-only, the way an auditor with <c>sqlite3</c> would: for what the
/// store's interface does not list (the inbox as a whole, the evidence of refused messages).
/// </summary>
internal static class StoreInspector
{
    public static IReadOnlyList<StoredRejection> Rejections(string storePath) =>
        Query(storePath,
            "SELECT seq, partner_id, message_id, reason, length(raw_body), receipt IS NOT NULL, body_size, body_sha256, client_address FROM inbound_rejections ORDER BY seq",
            r => new StoredRejection(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetBoolean(5),
                r.GetInt64(6), r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8)));

    /// <summary>The message ids in the inbox (what the national system is given), in order of arrival.</summary>
    public static IReadOnlyList<string> InboxMessageIds(string storePath) =>
        Query(storePath, "SELECT message_id FROM inbox ORDER BY seq", r => r.GetString(0));

    /// <summary>The inbox: each message's id, type, the envelope as received and the payload stored for the national system.</summary>
    public static IReadOnlyList<StoredInbound> Inbox(string storePath) =>
        Query(storePath, "SELECT i.message_id, i.message_type, c.envelope, c.payload FROM inbox i JOIN inbox_content c ON c.seq = i.seq ORDER BY i.seq",
            r => new StoredInbound(r.GetString(0), r.GetString(1), (byte[])r.GetValue(2), System.Text.Encoding.UTF8.GetString((byte[])r.GetValue(3))));

    private static List<T> Query<T>(string storePath, string sql, Func<SqliteDataReader, T> map)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = storePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }
}
