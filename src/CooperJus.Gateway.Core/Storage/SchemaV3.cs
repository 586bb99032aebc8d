namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The person search index keyed with a secret outside the database (see <see cref="Audit.PersonSearchTerms"/>).
/// </summary>
/// <remarks>
/// Version 2 kept plain SHA-256 hashes of identity numbers, which anyone who reads the store can reverse by hashing
/// every candidate. They are removed here; the gateway rebuilds the index with its key at the next start, from the
/// event bodies retention kept, and records the key's fingerprint in <c>audit_search_key</c>.
/// </remarks>
internal static class SchemaV3
{
    public const string Sql = """
        DELETE FROM audit_search;
        -- The fingerprint of the key the index was built with (no row: the index must be rebuilt before use).
        CREATE TABLE audit_search_key (
            fingerprint TEXT NOT NULL
        );
        """;
}
