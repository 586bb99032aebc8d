using System.Text;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Cli;

/// <summary><c>cooperjus outbox show --json</c> (docs/cli-json.md).</summary>
internal sealed record OutboxMessageJson(
    OutboxEntryJson Message,
    string? IntakeFile,
    IReadOnlyList<OutboxAttemptJson> Attempts,
    string? SignedEnvelope,
    string? Receipt)
{
    public static OutboxMessageJson Of(OutboxMessageDetail detail) =>
        new(OutboxEntryJson.Of(detail.Entry), detail.IntakeFileName,
            detail.History.Select(a => new OutboxAttemptJson(a.Number, a.StartedAt.UtcDateTime, CanonicalCodes.ToCode(a.Outcome), a.HttpStatus, a.Error)).ToList(),
            detail.SignedEnvelope.IsEmpty ? null : Encoding.ASCII.GetString(detail.SignedEnvelope.Span),
            detail.Receipt is { IsEmpty: false } receipt ? Encoding.ASCII.GetString(receipt.Span) : null);

}
