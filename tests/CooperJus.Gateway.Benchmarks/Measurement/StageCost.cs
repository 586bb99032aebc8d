namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>Time and allocation spent in one stage of the pipeline over a whole file.</summary>
/// <param name="Stage">What the stage does.</param>
/// <param name="Ticks">Stopwatch ticks spent in it.</param>
/// <param name="AllocatedBytes">Managed bytes it allocated.</param>
internal sealed record StageCost(string Stage, long Ticks, long AllocatedBytes)
{
    public TimeSpan Time => TimeSpan.FromSeconds(Ticks / (double)System.Diagnostics.Stopwatch.Frequency);
}
