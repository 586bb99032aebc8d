namespace CooperJus.Gateway.Core.Audit;

/// <summary>One stored audit event, as read back: its place in the chain, what happened, and its body's hash.</summary>
/// <param name="Sequence">Its number in the chain: 1, 2, 3… with no gap.</param>
/// <param name="At">When it was recorded (the store's clock).</param>
/// <param name="Kind">What happened, one of <see cref="AuditEventKinds"/>.</param>
/// <param name="RequestId">The canonical request, or null.</param>
/// <param name="MessageId">The message, or null.</param>
/// <param name="CaseReference">The national case reference, or null.</param>
/// <param name="PartnerId">The partner gateway, or null.</param>
/// <param name="Country">The requested State, or null.</param>
/// <param name="Actor"><c>gateway</c> or an operator's account name.</param>
/// <param name="Facts">Small, non-personal facts.</param>
/// <param name="Body">The body's hash and size, or null when the event has no body.</param>
/// <param name="Hash">SHA-256 (lowercase hex) of <see cref="Header"/>: what the next event's <c>prev</c> holds.</param>
/// <param name="Header">The exact hashed bytes (canonical JSON), as stored.</param>
public sealed record AuditEvent(
    long Sequence,
    DateTimeOffset At,
    string Kind,
    string? RequestId,
    string? MessageId,
    string? CaseReference,
    string? PartnerId,
    string? Country,
    string Actor,
    IReadOnlyList<KeyValuePair<string, string>> Facts,
    AuditBodyInfo? Body,
    string Hash,
    ReadOnlyMemory<byte> Header)
{
    /// <summary>The value of a fact, or null.</summary>
    public string? Fact(string name) => Facts.FirstOrDefault(f => f.Key == name).Value;
}
