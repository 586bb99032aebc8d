using System.Globalization;
using System.Text;
using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>The audit events the store writes about its own changes, built in one place so every command words them alike.</summary>
internal static class AuditEntries
{
    public static AuditEntry FileClaimed(IntakeFile file, string outcome, int messagesOffered) => new(AuditEventKinds.FileClaimed)
    {
        Facts = Facts(("name", file.Name), ("size", file.Size), ("sha256", file.Sha256), ("outcome", outcome), ("messagesOffered", messagesOffered)),
    };

    public static AuditEntry AlreadyQueued(OutgoingMessage message) => new(AuditEventKinds.MessageAlreadyQueued)
    {
        RequestId = message.RequestId,
        MessageId = message.MessageId,
        PartnerId = message.PartnerId,
        Facts = Facts(("type", message.MessageType)),
    };

    public static AuditEntry Sealed(OutgoingMessage message) => new(AuditEventKinds.MessageSealed)
    {
        RequestId = message.RequestId,
        MessageId = message.MessageId,
        CaseReference = message.Request?.CaseReference,
        PartnerId = message.PartnerId,
        Country = message.Request?.RequestedCountry,
        Facts = Facts(("type", message.MessageType)),
        Body = message.SignedEnvelope,
        BodyMediaType = "application/jose",
    };

    public static AuditEntry Attempt(LeasedRow row, DeliveryAttempt attempt, int number, long? nextAttemptAt) => new(AuditEventKinds.DeliveryAttempted)
    {
        RequestId = row.RequestId,
        MessageId = row.MessageId,
        PartnerId = row.PartnerId,
        Facts = Facts(("attempt", number), ("startedAt", attempt.StartedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
            ("outcome", KebabNames<AttemptOutcome>.Word(attempt.Outcome)), ("httpStatus", attempt.HttpStatus),
            ("nextAttemptAt", nextAttemptAt is { } next ? StoredInstants.FromStored(next).UtcDateTime.ToString("O", CultureInfo.InvariantCulture) : null)),
        // The partner's words may quote the values it refused: they go in the body, never in the hashed header.
        Body = attempt.Error is { } error ? Encoding.UTF8.GetBytes(error) : default,
        BodyMediaType = "text/plain; charset=utf-8",
    };

    public static AuditEntry Receipt(LeasedRow row, ReadOnlyMemory<byte> receipt) => new(AuditEventKinds.ReceiptReceived)
    {
        RequestId = row.RequestId,
        MessageId = row.MessageId,
        PartnerId = row.PartnerId,
        Body = receipt,
        BodyMediaType = "application/jose",
    };

    public static AuditEntry DeadLettered(LeasedRow row, string reason) => new(AuditEventKinds.MessageDeadLettered)
    {
        RequestId = row.RequestId,
        MessageId = row.MessageId,
        PartnerId = row.PartnerId,
        Body = Encoding.UTF8.GetBytes(reason),
        BodyMediaType = "text/plain; charset=utf-8",
    };

    public static AuditEntry Operator(string kind, string messageId, string? requestId, string actor, OutboxState before, bool allowed) => new(kind)
    {
        RequestId = requestId,
        MessageId = messageId,
        Actor = actor,
        Facts = Facts(("stateBefore", KebabNames<OutboxState>.Word(before)), ("outcome", allowed ? "done" : "refused")),
    };

    public static AuditEntry InboundReceived(InboundMessage message, bool duplicate) => new(AuditEventKinds.InboundReceived)
    {
        RequestId = message.RequestId,
        MessageId = message.MessageId,
        CaseReference = message.CaseReference,
        PartnerId = message.PartnerId,
        Facts = Facts(("type", message.MessageType), ("duplicate", duplicate ? "true" : null)),
        Body = message.SignedEnvelope,
        BodyMediaType = "application/jose",
        SearchTerms = duplicate ? [] : message.SearchTerms ?? [],
    };

    public static AuditEntry ReceiptSent(InboundMessage message, ReadOnlyMemory<byte> receipt) => new(AuditEventKinds.ReceiptSent)
    {
        RequestId = message.RequestId,
        MessageId = message.MessageId,
        PartnerId = message.PartnerId,
        Body = receipt,
        BodyMediaType = "application/jose",
    };

    public static AuditEntry InboundRejected(RejectedInbound rejected) => new(AuditEventKinds.InboundRejected)
    {
        MessageId = rejected.MessageId,
        PartnerId = rejected.PartnerId,
        // Size and SHA-256 name the whole body when the body kept is only its first bytes (nobody's key signed it).
        Facts = Facts(("rules", RulesOf(rejected.Reason)), ("size", rejected.IsTruncated ? rejected.Size : null),
            ("sha256", rejected.IsTruncated ? rejected.Sha256 : null), ("kept", rejected.IsTruncated ? rejected.RawBody.Length : null),
            ("client", rejected.ClientAddress)),
        Body = rejected.RawBody,
        BodyMediaType = "application/octet-stream",
    };

    public static AuditEntry RejectionSent(RejectedInbound rejected, ReadOnlyMemory<byte> receipt) => new(AuditEventKinds.ReceiptSent)
    {
        MessageId = rejected.MessageId,
        PartnerId = rejected.PartnerId,
        Facts = Facts(("status", "rejected")),
        Body = receipt,
        BodyMediaType = "application/jose",
    };

    public static AuditEntry Exported(string messageId, string? requestId, string? exportedTo, string? outputSha256) => new(AuditEventKinds.NationalOutputWritten)
    {
        RequestId = requestId,
        MessageId = messageId,
        Facts = Facts(("file", exportedTo is null ? null : Path.GetFileName(exportedTo)), ("sha256", outputSha256)),
    };

    public static AuditEntry ResponseApplied(string requestId, ResponseApplyResult result, string status, long issuedAt) => new(AuditEventKinds.ResponseApplied)
    {
        RequestId = requestId,
        Facts = Facts(("status", status), ("issuedAt", StoredInstants.FromStored(issuedAt).UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
            ("result", KebabNames<ResponseApplyResult>.Word(result))),
    };

    /// <summary>Facts in the order given, leaving out those without a value, formatted without culture.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Facts(params (string Name, object? Value)[] facts) =>
        facts.Where(f => f.Value is not null)
            .Select(f => KeyValuePair.Create(f.Name, Convert.ToString(f.Value, CultureInfo.InvariantCulture)!))
            .ToList();

    /// <summary>The rule ids of a rejection reason (<c>rule: message; rule: message</c>), without the messages' values.</summary>
    private static string RulesOf(string reason) =>
        string.Join(",", reason.Split("; ").Select(part => part.Split(':', 2)[0].Trim()).Where(r => r.Length is > 0 and < 64).Distinct());
}
