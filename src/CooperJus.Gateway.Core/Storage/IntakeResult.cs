namespace CooperJus.Gateway.Core.Storage;

/// <summary>What <see cref="IGatewayStore.RecordIntakeAsync"/> did.</summary>
/// <param name="IsDuplicate">
/// True when the same content (SHA-256) was accepted before: nothing was stored or enqueued by this call.
/// </param>
/// <param name="Intake">The file just recorded, or for a duplicate the ORIGINAL record (its name and time tell the
/// operator which earlier drop it repeats).</param>
public sealed record IntakeResult(bool IsDuplicate, IntakeRecord Intake)
{
    /// <summary>Message ids of the file that were already in the outbox (the same request exported before): not sent again.</summary>
    public IReadOnlyList<string> AlreadyQueued { get; init; } = [];

    /// <summary>Request ids of the file's held requests that had been sent before: left as they are, not held.</summary>
    public IReadOnlyList<string> AlreadySent { get; init; } = [];
}
