namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The request statuses of the v2 response (postponed, conditions-proposed, forwarded, measure-substituted,
/// withdrawn), so a request shows what its partner answered rather than the nearest v1 status. The <c>requests</c>
/// table is rebuilt as the held-requests step (5) did, because SQLite cannot change a CHECK constraint in place; its
/// rows and indexes are copied as they were.
/// </summary>
internal static class SchemaResponseStatusesV2
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
                                  'acknowledged', 'in-progress', 'executed', 'partially-executed', 'refused', 'information-needed', 'held',
                                  'postponed', 'conditions-proposed', 'forwarded', 'measure-substituted', 'withdrawn')),
            respond_by        TEXT,
            created_at        INTEGER NOT NULL,
            updated_at        INTEGER NOT NULL,
            -- The createdAt of the response that set the status: the latest response wins whatever the arrival order.
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
        """;
}
