namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// Held requests: a translated, valid request for a country no partner serves yet is kept, with its reason and its
/// canonical document, until a partner serving that country is added and it is sealed and queued. The <c>requests</c>
/// table is rebuilt because SQLite cannot change a CHECK constraint in place (its status gains <c>held</c>); its rows
/// and indexes are copied as they were.
/// </summary>
internal static class SchemaHeldRequests
{
    public const string Sql = """
        CREATE TABLE requests_rebuilt (
            request_id        TEXT    PRIMARY KEY,
            direction         TEXT    NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
            case_reference    TEXT    NOT NULL,
            -- Empty while the request is held: no partner serves its country yet.
            partner_id        TEXT    NOT NULL,
            requested_country TEXT    NOT NULL,
            status            TEXT    NOT NULL CHECK (status IN ('submitted', 'delivered', 'undeliverable', 'received',
                                  'acknowledged', 'in-progress', 'executed', 'partially-executed', 'refused', 'information-needed', 'held')),
            respond_by        TEXT,
            created_at        INTEGER NOT NULL,
            updated_at        INTEGER NOT NULL,
            status_at         INTEGER
        ) WITHOUT ROWID;
        INSERT INTO requests_rebuilt (request_id, direction, case_reference, partner_id, requested_country, status, respond_by, created_at, updated_at, status_at)
            SELECT request_id, direction, case_reference, partner_id, requested_country, status, respond_by, created_at, updated_at, status_at FROM requests;
        DROP TABLE requests;
        ALTER TABLE requests_rebuilt RENAME TO requests;
        CREATE INDEX requests_case_reference ON requests (case_reference);
        CREATE INDEX requests_status ON requests (status);
        CREATE INDEX requests_respond_by ON requests (respond_by) WHERE respond_by IS NOT NULL;
        CREATE INDEX requests_case_reference_nocase ON requests (case_reference COLLATE NOCASE);
        CREATE INDEX requests_created_at ON requests (created_at);

        -- What is needed to seal a held request later: its canonical JSON (the envelope's payload) and why it waits.
        -- Released rows stay, naming the partner and the message that carried the request.
        CREATE TABLE held_requests (
            request_id        TEXT    PRIMARY KEY,
            requested_country TEXT    NOT NULL,
            reason            TEXT    NOT NULL,
            canonical         BLOB    NOT NULL,
            held_at           INTEGER NOT NULL,
            released_at       INTEGER,
            released_to       TEXT,
            message_id        TEXT,
            CHECK ((released_at IS NULL) = (message_id IS NULL))
        ) WITHOUT ROWID;
        -- What a new partner can take: pending rows by country.
        CREATE INDEX held_requests_pending ON held_requests (requested_country) WHERE released_at IS NULL;
        """;
}
