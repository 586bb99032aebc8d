using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>The SQL of the inbox and of the rejected inbound evidence.</summary>
internal static class InboxCommands
{
    public static InboundStoreResult Store(SqliteTransaction transaction, InboundMessage message, ReadOnlyMemory<byte> receipt, long now)
    {
        // The unique message id decides, inside the transaction that stores: no window in which two copies both look new.
        using var insert = transaction.Command(
            """
            INSERT INTO inbox (message_id, partner_id, message_type, request_id, stored_at)
            VALUES (@id, @partner, @type, @request, @now)
            ON CONFLICT (message_id) DO NOTHING RETURNING seq
            """,
            ("@id", message.MessageId), ("@partner", message.PartnerId), ("@type", message.MessageType),
            ("@request", message.RequestId), ("@now", now));
        if (insert.ExecuteScalar() is long seq)
        {
            using var content = transaction.Command(
                "INSERT INTO inbox_content (seq, envelope, payload, receipt) VALUES (@seq, @envelope, @payload, @receipt)",
                ("@seq", seq), ("@envelope", SqlExtensions.Blob(message.SignedEnvelope)), ("@payload", SqlExtensions.Blob(message.Payload)),
                ("@receipt", SqlExtensions.Blob(receipt)));
            content.ExecuteNonQuery();
            AuditCommands.Append(transaction, AuditEntries.InboundReceived(message, duplicate: false), now);
            if (message.Upgraded is { } upgraded) AuditCommands.Append(transaction, upgraded with { CaseReference = message.CaseReference }, now);
            AuditCommands.Append(transaction, AuditEntries.ReceiptSent(message, receipt), now);
            return new InboundStoreResult(IsDuplicate: false, seq, message.PartnerId, receipt);
        }
        using var original = transaction.Command(
            "SELECT i.seq, i.partner_id, c.receipt FROM inbox i JOIN inbox_content c USING (seq) WHERE i.message_id = @id",
            ("@id", message.MessageId));
        using var reader = original.ExecuteReader();
        reader.Read();
        AuditCommands.Append(transaction, AuditEntries.InboundReceived(message, duplicate: true), now);
        return new InboundStoreResult(IsDuplicate: true, reader.GetInt64(0), reader.GetString(1), reader.Bytes(2));
    }

    public static IReadOnlyList<StoredInboundMessage> ListUnexported(SqliteConnection connection, long afterSequence, int maxCount)
    {
        using var command = connection.Command(
            """
            SELECT i.seq, i.message_id, i.partner_id, i.message_type, i.request_id, c.envelope, c.payload, c.receipt, i.stored_at
            FROM inbox i JOIN inbox_content c USING (seq)
            WHERE i.exported_at IS NULL AND i.seq > @after ORDER BY i.seq LIMIT @max
            """,
            ("@after", afterSequence), ("@max", maxCount));
        using var reader = command.ExecuteReader();
        var page = new List<StoredInboundMessage>();
        while (reader.Read())
        {
            var message = new InboundMessage(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.NullableString(4),
                reader.Bytes(5), reader.Bytes(6));
            page.Add(new StoredInboundMessage(reader.GetInt64(0), message, reader.Bytes(7), reader.Instant(8), null, null));
        }
        return page;
    }

    public static bool MarkExported(SqliteTransaction transaction, string messageId, string? exportedTo, string? outputSha256, long now)
    {
        using var command = transaction.Command(
            "UPDATE inbox SET exported_to = @to, exported_at = @now WHERE message_id = @id AND exported_at IS NULL RETURNING request_id",
            ("@to", exportedTo), ("@now", now), ("@id", messageId));
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read())
            {
                var requestId = reader.NullableString(0);
                reader.Close();
                AuditCommands.Append(transaction, AuditEntries.Exported(messageId, requestId, exportedTo, outputSha256), now);
                return true;
            }
        }
        using var exists = transaction.Command("SELECT COUNT(*) FROM inbox WHERE message_id = @id", ("@id", messageId));
        return Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    public static long Reject(SqliteTransaction transaction, RejectedInbound rejected, long now)
    {
        using var command = transaction.Command(
            """
            INSERT INTO inbound_rejections (received_at, partner_id, message_id, reason, raw_body, receipt, body_size, body_sha256, client_address)
            VALUES (@now, @partner, @id, @reason, @raw, @receipt, @size, @sha256, @client) RETURNING seq
            """,
            ("@now", now), ("@partner", rejected.PartnerId), ("@id", rejected.MessageId), ("@reason", rejected.Reason),
            ("@raw", SqlExtensions.Blob(rejected.RawBody)), ("@receipt", rejected.Receipt is { } receipt ? SqlExtensions.Blob(receipt) : null),
            ("@size", rejected.Size ?? rejected.RawBody.Length), ("@sha256", rejected.Sha256 ?? Convert.ToHexStringLower(SHA256.HashData(rejected.RawBody.Span))),
            ("@client", rejected.ClientAddress));
        var seq = (long)command.ExecuteScalar()!;
        AuditCommands.Append(transaction, AuditEntries.InboundRejected(rejected), now);
        if (rejected.Receipt is { } sent) AuditCommands.Append(transaction, AuditEntries.RejectionSent(rejected, sent), now);
        return seq;
    }
}
