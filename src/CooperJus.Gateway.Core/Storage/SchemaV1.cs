namespace CooperJus.Gateway.Core.Storage;

/// <summary>The first schema. Instants are Unix milliseconds (see <see cref="StoredInstants"/>); states are kebab-case words.</summary>
internal static class SchemaV1
{
    public const string Sql = """
        CREATE TABLE intake_files (
            seq           INTEGER PRIMARY KEY,
            name          TEXT    NOT NULL,
            size          INTEGER NOT NULL,
            sha256        TEXT    NOT NULL,
            outcome       TEXT    NOT NULL CHECK (outcome IN ('accepted', 'failed')),
            recorded_at   INTEGER NOT NULL,
            message_count INTEGER NOT NULL,
            report        TEXT
        );
        -- The same content is accepted once; failed drops may repeat (after a fix of the adapter or the code lists).
        CREATE UNIQUE INDEX intake_files_accepted_sha256 ON intake_files (sha256) WHERE outcome = 'accepted';

        CREATE TABLE outbox (
            seq                INTEGER PRIMARY KEY,
            message_id         TEXT    NOT NULL UNIQUE,
            partner_id         TEXT    NOT NULL,
            message_type       TEXT    NOT NULL,
            request_id         TEXT,
            intake_seq         INTEGER REFERENCES intake_files (seq),
            state              TEXT    NOT NULL CHECK (state IN ('queued', 'sending', 'retry-waiting', 'delivered', 'dead-lettered')),
            attempts           INTEGER NOT NULL DEFAULT 0,
            -- When the row next needs a dispatcher: queued and retry-waiting = next attempt, sending = lease expiry.
            -- NULL when it needs none (delivered, dead-lettered), so one partial index serves every "what is due" query.
            due_at             INTEGER,
            lease_owner        TEXT,
            lease_token        INTEGER NOT NULL DEFAULT 0,
            enqueued_at        INTEGER NOT NULL,
            updated_at         INTEGER NOT NULL,
            delivered_at       INTEGER,
            last_error         TEXT,
            dead_letter_reason TEXT,
            CHECK ((state IN ('queued', 'sending', 'retry-waiting')) = (due_at IS NOT NULL)),
            CHECK ((state = 'sending') = (lease_owner IS NOT NULL))
        );
        -- Leasing, due partners, earliest due and pending counts: only pending rows, by partner, then due time, then
        -- arrival (seq spelled out so "ORDER BY due_at, seq" needs no sort; state makes the counts covering).
        CREATE INDEX outbox_pending ON outbox (partner_id, due_at, seq, state) WHERE due_at IS NOT NULL;
        -- Operator lists in order of arrival (the rowid closes every index): by state, by partner, by both.
        -- outbox_partner is written only on insert: SQLite leaves an index alone when an UPDATE changes none of its columns.
        CREATE INDEX outbox_state ON outbox (state);
        CREATE INDEX outbox_partner ON outbox (partner_id);
        CREATE INDEX outbox_partner_state ON outbox (partner_id, state);

        -- Bytes apart from the row that changes state, so a state change never rewrites an envelope.
        CREATE TABLE outbox_envelopes (
            seq      INTEGER PRIMARY KEY REFERENCES outbox (seq) ON DELETE CASCADE,
            envelope BLOB    NOT NULL
        );
        CREATE TABLE outbox_receipts (
            seq     INTEGER PRIMARY KEY REFERENCES outbox (seq) ON DELETE CASCADE,
            receipt BLOB    NOT NULL
        );
        CREATE TABLE outbox_attempts (
            seq         INTEGER NOT NULL REFERENCES outbox (seq) ON DELETE CASCADE,
            number      INTEGER NOT NULL,
            started_at  INTEGER NOT NULL,
            outcome     TEXT    NOT NULL,
            http_status INTEGER,
            error       TEXT,
            PRIMARY KEY (seq, number)
        ) WITHOUT ROWID;

        CREATE TABLE inbox (
            seq          INTEGER PRIMARY KEY,
            message_id   TEXT    NOT NULL UNIQUE,
            partner_id   TEXT    NOT NULL,
            message_type TEXT    NOT NULL,
            request_id   TEXT,
            stored_at    INTEGER NOT NULL,
            exported_at  INTEGER,
            exported_to  TEXT
        );
        -- What the export step still has to write, in order of arrival; empty in the steady state.
        CREATE INDEX inbox_unexported ON inbox (seq) WHERE exported_at IS NULL;
        CREATE TABLE inbox_content (
            seq      INTEGER PRIMARY KEY REFERENCES inbox (seq) ON DELETE CASCADE,
            envelope BLOB    NOT NULL,
            payload  BLOB    NOT NULL,
            receipt  BLOB    NOT NULL
        );

        CREATE TABLE inbound_rejections (
            seq         INTEGER PRIMARY KEY,
            received_at INTEGER NOT NULL,
            partner_id  TEXT,
            message_id  TEXT,
            reason      TEXT    NOT NULL,
            raw_body    BLOB    NOT NULL,
            receipt     BLOB
        );
        CREATE INDEX inbound_rejections_message ON inbound_rejections (message_id) WHERE message_id IS NOT NULL;

        CREATE TABLE requests (
            request_id        TEXT    PRIMARY KEY,
            direction         TEXT    NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
            case_reference    TEXT    NOT NULL,
            partner_id        TEXT    NOT NULL,
            requested_country TEXT    NOT NULL,
            status            TEXT    NOT NULL CHECK (status IN ('submitted', 'delivered', 'undeliverable', 'received',
                                  'acknowledged', 'in-progress', 'executed', 'partially-executed', 'refused', 'information-needed')),
            respond_by        TEXT,
            created_at        INTEGER NOT NULL,
            updated_at        INTEGER NOT NULL,
            -- The createdAt of the response that set the status: the latest response wins whatever the arrival order.
            status_at         INTEGER
        ) WITHOUT ROWID;
        CREATE INDEX requests_case_reference ON requests (case_reference);
        CREATE INDEX requests_status ON requests (status);
        CREATE INDEX requests_respond_by ON requests (respond_by) WHERE respond_by IS NOT NULL;
        """;
}
