using System.Diagnostics;

namespace CooperJus.Gateway.Benchmarks.Reporting;

/// <summary>What the benchmark is doing, on standard error, so standard output holds only the figures.</summary>
internal static class Progress
{
    private static readonly long Started = Stopwatch.GetTimestamp();

    public static void Say(string message) =>
        Console.Error.WriteLine($"[{Stopwatch.GetElapsedTime(Started):mm\\:ss}] {message}");
}
