namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// Where an outgoing message stands. Stored as kebab-case text (<c>retry-waiting</c>) so an operator reading the
/// database with <c>sqlite3</c> sees the same words as <c>cooperjus outbox list</c>.
/// </summary>
/// <remarks>
/// <c>Queued → Sending → Delivered</c>; <c>Sending → RetryWaiting → Sending</c>; <c>Sending → DeadLettered</c>;
/// <c>DeadLettered → Queued</c> only by an operator replay. Every message is in exactly one state at any time.
/// </remarks>
public enum OutboxState
{
    /// <summary>Waiting for its first attempt; due from the moment it was enqueued.</summary>
    Queued,

    /// <summary>Leased by a dispatcher that is sending it; the lease expiry is when another dispatcher may take it over.</summary>
    Sending,

    /// <summary>An attempt failed; due again at its next attempt time.</summary>
    RetryWaiting,

    /// <summary>The partner's signed receipt was received and verified. Final.</summary>
    Delivered,

    /// <summary>Permanently rejected or out of retries; kept with the reason until an operator replays it.</summary>
    DeadLettered,
}
