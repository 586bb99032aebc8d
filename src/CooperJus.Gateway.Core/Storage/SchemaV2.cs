namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The audit log: hash-chained event headers, their bodies apart (retention may drop them), and the search index.
/// </summary>
/// <remarks>
/// Triggers make the log append-only for everything that goes through SQLite: no UPDATE or DELETE of an event, and a
/// body can only be removed (set to NULL by retention), never replaced. They stop mistakes and careless tools; a person
/// who edits the file directly is caught by the chain and the signed checkpoints instead.
/// </remarks>
internal static class SchemaV2
{
    public const string Sql = """
        CREATE TABLE audit_events (
            seq            INTEGER PRIMARY KEY,
            hash           TEXT    NOT NULL,
            header         BLOB    NOT NULL,
            recorded_at    INTEGER NOT NULL,
            kind           TEXT    NOT NULL,
            request_id     TEXT,
            message_id     TEXT,
            case_reference TEXT
        );
        CREATE INDEX audit_events_request ON audit_events (request_id) WHERE request_id IS NOT NULL;
        CREATE INDEX audit_events_message ON audit_events (message_id) WHERE message_id IS NOT NULL;
        -- Records that never became a sent request (rejected, not routed) are found by their case reference here only.
        CREATE INDEX audit_events_case_reference ON audit_events (case_reference COLLATE NOCASE) WHERE case_reference IS NOT NULL;
        CREATE INDEX audit_events_recorded ON audit_events (recorded_at);
        -- The few kinds looked up as "the last one before": the configuration recorded at start, the file a record came from.
        CREATE INDEX audit_events_rare_kinds ON audit_events (kind, seq) WHERE kind IN ('configuration.changed', 'retention.pruned', 'file.claimed', 'checkpoint.written');
        CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
        CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;

        CREATE TABLE audit_bodies (
            seq       INTEGER PRIMARY KEY,
            body      BLOB,
            pruned_at INTEGER,
            CHECK ((body IS NULL) = (pruned_at IS NOT NULL))
        );
        CREATE TRIGGER audit_bodies_prune_only BEFORE UPDATE ON audit_bodies
            WHEN NEW.body IS NOT NULL OR NEW.seq <> OLD.seq
            BEGIN SELECT RAISE(ABORT, 'an audit body can only be pruned, never replaced'); END;
        CREATE TRIGGER audit_bodies_no_delete BEFORE DELETE ON audit_bodies
            BEGIN SELECT RAISE(ABORT, 'audit bodies are pruned, never deleted'); END;

        -- Hashed person terms (see PersonSearchTerms): find a request by name or identity number without keeping either.
        CREATE TABLE audit_search (
            term       TEXT NOT NULL,
            request_id TEXT NOT NULL,
            PRIMARY KEY (term, request_id)
        ) WITHOUT ROWID;

        -- Auditor search: case references whatever their case, and date ranges.
        CREATE INDEX requests_case_reference_nocase ON requests (case_reference COLLATE NOCASE);
        CREATE INDEX requests_created_at ON requests (created_at);
        """;
}
