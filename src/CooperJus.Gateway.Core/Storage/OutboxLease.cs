namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// Proof that a dispatcher holds a message. Every completion (<see cref="IGatewayStore.MarkDeliveredAsync"/>,
/// retry, dead letter, release) presents it and succeeds only while it is the latest lease on the message.
/// </summary>
/// <param name="MessageId">The leased message.</param>
/// <param name="Owner">Who holds it: the dispatcher instance's stable id.</param>
/// <param name="Token">Fencing token: increases with every lease of this message, so an old holder is refused even when
/// the same owner leased the message again.</param>
/// <param name="ExpiresAt">After this instant another dispatcher may lease the message; until somebody does, this lease
/// still completes.</param>
public sealed record OutboxLease(string MessageId, string Owner, long Token, DateTimeOffset ExpiresAt);
