namespace CooperJus.Gateway.Core.Storage;

/// <summary>One line of <c>cooperjus outbox list</c>: an outgoing message without its bytes.</summary>
/// <param name="Sequence">Order of arrival; page with <see cref="OutboxQuery.AfterSequence"/>.</param>
/// <param name="MessageId">The envelope's message id.</param>
/// <param name="PartnerId">The partner it goes to.</param>
/// <param name="MessageType">The envelope type.</param>
/// <param name="RequestId">The request it carries or answers, or null.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Attempts">Attempts in the current retry budget.</param>
/// <param name="EnqueuedAt">When it entered the outbox.</param>
/// <param name="UpdatedAt">When its state last changed.</param>
/// <param name="NextAttemptAt">For Queued and RetryWaiting, when it is due; otherwise null.</param>
/// <param name="LeaseOwner">For Sending, who holds it; otherwise null.</param>
/// <param name="LeaseExpiresAt">For Sending, when the lease expires; otherwise null.</param>
/// <param name="DeliveredAt">For Delivered, when the receipt was recorded; otherwise null.</param>
/// <param name="LastError">The error of the latest failed attempt, or null.</param>
/// <param name="DeadLetterReason">For DeadLettered, why; otherwise null.</param>
public sealed record OutboxEntry(
    long Sequence,
    string MessageId,
    string PartnerId,
    string MessageType,
    string? RequestId,
    OutboxState State,
    int Attempts,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? NextAttemptAt,
    string? LeaseOwner,
    DateTimeOffset? LeaseExpiresAt,
    DateTimeOffset? DeliveredAt,
    string? LastError,
    string? DeadLetterReason);
