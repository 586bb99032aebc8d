namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// The kinds of audit event, stable lowercase words (they are part of the hashed header, so they never change once
/// written). Grouped by the step of the gateway that records them.
/// </summary>
public static class AuditEventKinds
{
    /// <summary>A national export was claimed from the intake: name, size and SHA-256 of the whole file.</summary>
    public const string FileClaimed = "file.claimed";

    /// <summary>One national record was read; its body is the record's exact source text.</summary>
    public const string RecordParsed = "record.parsed";

    /// <summary>A record became a canonical request; its body is the canonical JSON.</summary>
    public const string RequestTranslated = "request.translated";

    /// <summary>The lineage of a canonical request (canonical field ← source field, conversion); body is its JSON.</summary>
    public const string LineageRecorded = "lineage.recorded";

    /// <summary>
    /// One record of a national response file was read (facts: file, record, row/line/path); its body is the record's
    /// exact source text. Recorded under the request it answers, apart from <see cref="RecordParsed"/>, which is the
    /// request's own record.
    /// </summary>
    public const string ResponseParsed = "response.parsed";

    /// <summary>A national response record became a canonical response; its body is the canonical JSON.</summary>
    public const string ResponseTranslated = "response.translated";

    /// <summary>The lineage of a canonical response read from a national file; its body is the lineage JSON.</summary>
    public const string ResponseLineageRecorded = "response.lineage-recorded";

    /// <summary>Validation accepted a canonical request (warnings, if any, in the body).</summary>
    public const string RequestValidated = "request.validated";

    /// <summary>A record or a file was rejected; the body lists every problem with its location and rule.</summary>
    public const string RecordRejected = "record.rejected";

    /// <summary>
    /// A valid request was kept as held because no partner gateway serves its requested country (the reason in the
    /// facts); the record, translation, lineage and validation events before it show what was exported. Nothing was sent.
    /// </summary>
    public const string RequestHeld = "request.held";

    /// <summary>
    /// A held request was released to the partner now serving its country (partner and message id in the header; the
    /// actor is the gateway at start or reload, or the operator who ran <c>cooperjus requests release</c>); the
    /// <c>message.sealed</c> event follows.
    /// </summary>
    public const string RequestReleased = "request.released";

    /// <summary>A message was signed and queued; its body is the exact JWS that goes on the wire.</summary>
    public const string MessageSealed = "message.sealed";

    /// <summary>
    /// A message was sealed for a partner that reads only an older canonical version (<c>schemaVersion</c> 1.0): the
    /// facts give the version sent and the canonical path of every field not carried as it was, the body each with its
    /// rule and what was done. The <c>message.sealed</c> event that follows has the exact JWS sent; the canonical
    /// document the gateway holds (<c>request.translated</c>) stays the v2 one.
    /// </summary>
    public const string MessageDowngraded = "message.downgraded";

    /// <summary>
    /// A message for this request is already in the outbox (the same request exported again): nothing new was sent;
    /// the record, translation and lineage events before it show what the new export said.
    /// </summary>
    public const string MessageAlreadyQueued = "message.already-queued";

    /// <summary>One delivery attempt and its outcome (HTTP status, error).</summary>
    public const string DeliveryAttempted = "delivery.attempted";

    /// <summary>The partner's signed receipt for a delivered message; its body is the exact JWS received.</summary>
    public const string ReceiptReceived = "receipt.received";

    /// <summary>A message gave up after its retry budget or a permanent refusal.</summary>
    public const string MessageDeadLettered = "message.dead-lettered";

    /// <summary>A partner's message was received and verified; its body is the exact envelope received.</summary>
    public const string InboundReceived = "inbound.received";

    /// <summary>
    /// A partner's message in canonical version 1.0 was read as 2.0 before it was stored for the national system (it
    /// follows its <c>inbound.received</c>, whose body is the envelope as received): facts <c>type</c>,
    /// <c>receivedVersion</c>, <c>canonicalVersion</c>, <c>notCarried</c> and <c>paths</c>; the body lists what the
    /// reading did not carry (a request's use limitations), with rule and canonical path, as JSON.
    /// </summary>
    public const string MessageUpgraded = "message.upgraded";

    /// <summary>The signed receipt this gateway answered with; its body is the exact JWS sent.</summary>
    public const string ReceiptSent = "receipt.sent";

    /// <summary>
    /// A partner's message was refused; its body is the raw request body, or only its first bytes when no listed
    /// partner key signed it (then the facts give the size and SHA-256 of the whole, and the client address).
    /// </summary>
    public const string InboundRejected = "inbound.rejected";

    /// <summary>
    /// Unattributable messages (no valid signature by a listed partner key) that were answered without being recorded,
    /// over the per-address limit, counted over one window (facts: count, addresses, from, until, top); the body lists
    /// each client address with its count.
    /// </summary>
    public const string InboundNotRecorded = "inbound.not-recorded";

    /// <summary>A response from a partner (or from this office) changed a request's status.</summary>
    public const string ResponseApplied = "response.applied";

    /// <summary>A received message was written for the national system (file name and SHA-256 in the facts).</summary>
    public const string NationalOutputWritten = "national-output.written";

    /// <summary>An operator asked to retry a waiting message now.</summary>
    public const string OperatorRetry = "operator.retry";

    /// <summary>An operator replayed a dead-lettered message.</summary>
    public const string OperatorReplay = "operator.replay";

    /// <summary>The gateway started with a configuration different from the one recorded before (its SHA-256 in the facts).</summary>
    public const string ConfigurationChanged = "configuration.changed";

    /// <summary>A person signed in to the auditor view (the actor is the account).</summary>
    public const string AuditorSignedIn = "auditor.signed-in";

    /// <summary>A signed-in auditor opened a request, and so saw its personal data.</summary>
    public const string AuditorViewedRequest = "auditor.viewed-request";

    /// <summary>
    /// A signed-in auditor searched by a person's name or identity number. The actor is the account; the facts hold a
    /// SHA-256 of the query's hashed search terms (<see cref="PersonSearchTerms.OfQuery"/>), never the words, and the
    /// number of requests found.
    /// </summary>
    public const string AuditorSearchedPerson = "auditor.searched-person";

    /// <summary>An evidence bundle of a request was exported (the actor is who ran the export).</summary>
    public const string EvidenceExported = "evidence.exported";

    /// <summary>A consistent copy of the store was made (<c>cooperjus store backup</c>; facts: file, lastEvent; the actor is who made it).</summary>
    public const string StoreBackedUp = "store.backed-up";

    /// <summary>A signed checkpoint of event <c>seq</c> was appended to the checkpoint file (facts: seq, head).</summary>
    public const string CheckpointWritten = "checkpoint.written";

    /// <summary>An operator knowingly started a new checkpoint file (the old one lost); the actor is who did it.</summary>
    public const string CheckpointFileStarted = "checkpoint.file-started";

    /// <summary>
    /// The person search index was rebuilt with the search key of fingerprint <c>key</c> (facts: key, requests): at the
    /// first start after an upgrade, or by an operator with <c>cooperjus audit reindex</c>.
    /// </summary>
    public const string SearchIndexRebuilt = "search-index.rebuilt";

    /// <summary>Retention removed the bodies of old events (their hashes stay, so the chain still verifies).</summary>
    public const string RetentionPruned = "retention.pruned";
}
