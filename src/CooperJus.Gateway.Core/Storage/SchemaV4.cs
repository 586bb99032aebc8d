namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The evidence of a refused inbound message names the whole body (size, SHA-256) and the client address it came from,
/// because for a body no listed partner key signed only the first bytes are kept. Rows from before have the whole
/// body in <c>raw_body</c> (or its first 64 KiB when it was too large) and NULL here.
/// </summary>
internal static class SchemaV4
{
    public const string Sql = """
        ALTER TABLE inbound_rejections ADD COLUMN body_size INTEGER;
        ALTER TABLE inbound_rejections ADD COLUMN body_sha256 TEXT;
        ALTER TABLE inbound_rejections ADD COLUMN client_address TEXT;
        """;
}
