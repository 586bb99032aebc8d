using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Cli;

/// <summary>One message in <c>cooperjus outbox list --json</c>, and the <c>message</c> of <c>outbox show --json</c> (docs/cli-json.md).</summary>
internal sealed record OutboxEntryJson(
    long Sequence,
    string MessageId,
    string PartnerId,
    string MessageType,
    string? RequestId,
    string State,
    int Attempts,
    DateTime EnqueuedAt,
    DateTime UpdatedAt,
    DateTime? NextAttemptAt,
    DateTime? DeliveredAt,
    string? LastError,
    string? DeadLetterReason)
{
    public static OutboxEntryJson Of(OutboxEntry e) =>
        new(e.Sequence, e.MessageId, e.PartnerId, e.MessageType, e.RequestId, CanonicalCodes.ToCode(e.State), e.Attempts, e.EnqueuedAt.UtcDateTime,
            e.UpdatedAt.UtcDateTime, CliJson.Utc(e.NextAttemptAt), CliJson.Utc(e.DeliveredAt), e.LastError, e.DeadLetterReason);
}
