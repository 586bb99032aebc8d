namespace CooperJus.Gateway.Benchmarks.Delivery;

/// <summary>What (2) measured: filling the outbox, then each restart up to its first delivery, and the store calls of the way there.</summary>
/// <param name="Queued">Messages in the outbox at the restart.</param>
/// <param name="Signing">Time to sign them.</param>
/// <param name="Storing">Time of the <c>EnqueueAsync</c> calls that stored them.</param>
/// <param name="DatabaseBytes">Size of the store (database and WAL) after enqueueing.</param>
/// <param name="Process">The restart of a <c>cooperjus run</c> process.</param>
/// <param name="InProcess">The restart of the host inside this process (no runtime start-up, JIT already warm for the core).</param>
/// <param name="StoreCalls">The store calls a starting dispatcher makes, each timed on the full outbox.</param>
internal sealed record RestartFigures(
    int Queued,
    TimeSpan Signing,
    TimeSpan Storing,
    long DatabaseBytes,
    IReadOnlyList<(string Step, TimeSpan At)> Process,
    IReadOnlyList<(string Step, TimeSpan At)> InProcess,
    IReadOnlyList<(string Call, TimeSpan Took)> StoreCalls)
{
    /// <summary>The target: first delivery within 5 s of a restart.</summary>
    public static readonly TimeSpan Target = TimeSpan.FromSeconds(5);

    public TimeSpan ProcessFirstDelivery => Process[^1].At;
}
