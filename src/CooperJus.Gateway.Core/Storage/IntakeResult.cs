namespace CooperJus.Gateway.Core.Storage;

/// <summary>What <see cref="IGatewayStore.RecordIntakeAsync"/> did.</summary>
/// <param name="IsDuplicate">
/// True when the same content (SHA-256) was accepted before: nothing was stored or enqueued by this call.
/// </param>
/// <param name="Intake">The file just recorded, or for a duplicate the ORIGINAL record (its name and time tell the
/// operator which earlier drop it repeats).</param>
public sealed record IntakeResult(bool IsDuplicate, IntakeRecord Intake);
