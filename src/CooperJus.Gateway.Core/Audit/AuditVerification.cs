namespace CooperJus.Gateway.Core.Audit;

/// <summary>The outcome of checking the whole chain against itself and against the signed checkpoints.</summary>
/// <param name="EventsChecked">Events read.</param>
/// <param name="CheckpointsChecked">Signed checkpoints whose signature and head were checked.</param>
/// <param name="BodiesPruned">Events whose body retention removed (their hash was checked as recorded, not recomputed).</param>
/// <param name="FirstBrokenEvent">The sequence number of the first event found broken, or null when intact.</param>
/// <param name="Problem">Why, in words an auditor can act on, or null when intact.</param>
public sealed record AuditVerification(long EventsChecked, int CheckpointsChecked, long BodiesPruned, long? FirstBrokenEvent, string? Problem)
{
    /// <summary>
    /// Events after the last signed checkpoint: protected by the chain alone until the next checkpoint (a rewrite of
    /// them that recomputes the hashes could not be seen yet).
    /// </summary>
    public long EventsAfterLastCheckpoint { get; init; }

    /// <summary>
    /// What the checks could not cover although nothing was found broken (an operator started a new checkpoint file,
    /// so the lost checkpoints no longer vouch for the events before), or null.
    /// </summary>
    public string? Caveat { get; init; }

    /// <summary>True when every event links to the one before, every hash and body matches, and every checkpoint holds.</summary>
    public bool IsIntact => Problem is null;
}
