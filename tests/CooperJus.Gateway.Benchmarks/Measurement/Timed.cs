using System.Diagnostics;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>One timed pass: how long it took, what it produced and what it cost the garbage collector.</summary>
/// <param name="Elapsed">Wall-clock time.</param>
/// <param name="Counts">What the pass produced.</param>
/// <param name="AllocatedBytes">Managed bytes allocated during the pass (all threads).</param>
/// <param name="GcPause">Time the GC paused the process during the pass.</param>
internal sealed record Timed(TimeSpan Elapsed, RunCounts Counts, long AllocatedBytes, TimeSpan GcPause)
{
    private const int MaxWarmUpPasses = 50;

    /// <summary>Runs <paramref name="pass"/> once from a collected heap, so passes start from the same state.</summary>
    public static Timed Run(Func<RunCounts> pass)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var pause = GC.GetTotalPauseDuration();
        var started = Stopwatch.GetTimestamp();
        var counts = pass();
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new Timed(elapsed, counts, GC.GetTotalAllocatedBytes(precise: true) - allocated, GC.GetTotalPauseDuration() - pause);
    }

    /// <summary>
    /// Runs <paramref name="pass"/> (over a smaller file) until at least <paramref name="minimum"/> has passed, at
    /// least once: long enough for tiered compilation to have replaced the hot methods with optimised code, so the
    /// measured pass that follows is not partly run by the quick first-tier JIT.
    /// </summary>
    public static void WarmUp(TimeSpan minimum, Func<RunCounts> pass)
    {
        var started = Stopwatch.GetTimestamp();
        var passes = 0;
        do
        {
            pass();
        }
        while (++passes < MaxWarmUpPasses && Stopwatch.GetElapsedTime(started) < minimum);
    }

    /// <summary>The fastest of <paramref name="runs"/> passes (the least disturbed by the machine).</summary>
    public static Timed BestOf(int runs, Func<RunCounts> pass) =>
        Enumerable.Range(0, runs).Select(_ => Run(pass)).MinBy(t => t.Elapsed)!;

    /// <summary><paramref name="items"/> per second.</summary>
    public double Rate(long items) => items / Elapsed.TotalSeconds;
}
