using CooperJus.Gateway.Core.Telemetry;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>The one grouped read behind the gateway's store gauges (<see cref="GatewayMetrics"/>).</summary>
internal static class MetricsQueries
{
    private const string Sql = $"""
        SELECT 'outbox', partner_id, state, message_type, COUNT(*) FROM outbox GROUP BY partner_id, state, message_type
        UNION ALL
        SELECT 'inbox', partner_id, message_type, NULL, COUNT(*) FROM inbox GROUP BY partner_id, message_type
        UNION ALL
        SELECT 'requests', partner_id, status, direction, COUNT(*) FROM requests GROUP BY partner_id, status, direction
        UNION ALL
        SELECT 'overdue', '', '', NULL, COUNT(*) FROM requests
            WHERE {RequestCommands.Overdue}
        """;

    public static StoreCounts Read(SqliteConnection connection, string today)
    {
        using var command = connection.Command(Sql, ("@today", today));
        using var reader = command.ExecuteReader();
        List<StoreCount> outbox = [], inbox = [], requests = [];
        long overdue = 0;
        while (reader.Read())
        {
            var count = new StoreCount(reader.GetString(1), reader.GetString(2), reader.NullableString(3), reader.GetInt64(4));
            switch (reader.GetString(0))
            {
                case "outbox": outbox.Add(count); break;
                case "inbox": inbox.Add(count); break;
                case "requests": requests.Add(count); break;
                default: overdue = count.Count; break;
            }
        }
        return new StoreCounts(outbox, inbox, requests, overdue);
    }
}
