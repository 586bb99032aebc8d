using System.Globalization;

namespace CooperJus.Gateway.Benchmarks.Memory;

/// <summary>What the <c>memory</c> sub-command measured in its own process, printed as <c>key=value</c> lines for the parent.</summary>
/// <param name="PeakResidentBytes">VmHWM at the end: the most resident memory the process ever had.</param>
/// <param name="ResidentAfterGcBytes">VmRSS after a forced, compacting full collection.</param>
/// <param name="ManagedPeakBytes">The largest managed heap seen (sampled every 256 records).</param>
/// <param name="ManagedAfterGcBytes">Managed heap after the forced full collection.</param>
/// <param name="RetainedMidFileBytes">Managed heap surviving a full collection halfway through the file; -1 when not taken.</param>
/// <param name="Accepted">Requests accepted, to show the run translated what it should.</param>
internal sealed record MemoryReport(long PeakResidentBytes, long ResidentAfterGcBytes, long ManagedPeakBytes, long ManagedAfterGcBytes, long RetainedMidFileBytes, long Accepted)
{
    private const string PeakKey = "peak-rss-bytes";
    private const string RssAfterGcKey = "rss-after-gc-bytes";
    private const string ManagedPeakKey = "managed-peak-bytes";
    private const string ManagedAfterGcKey = "managed-after-gc-bytes";
    private const string RetainedKey = "retained-mid-file-bytes";
    private const string AcceptedKey = "accepted";

    public IEnumerable<string> ToLines() =>
    [
        $"{PeakKey}={PeakResidentBytes}",
        $"{RssAfterGcKey}={ResidentAfterGcBytes}",
        $"{ManagedPeakKey}={ManagedPeakBytes}",
        $"{ManagedAfterGcKey}={ManagedAfterGcBytes}",
        $"{RetainedKey}={RetainedMidFileBytes}",
        $"{AcceptedKey}={Accepted}",
    ];

    /// <summary>Reads the lines a child printed.</summary>
    /// <exception cref="FormatException">A value is missing.</exception>
    public static MemoryReport Parse(string output)
    {
        var values = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        long Value(string key) => values.TryGetValue(key, out var text)
            ? long.Parse(text, CultureInfo.InvariantCulture)
            : throw new FormatException($"The memory probe printed no '{key}'. It printed:\n{output}");
        return new MemoryReport(Value(PeakKey), Value(RssAfterGcKey), Value(ManagedPeakKey), Value(ManagedAfterGcKey), Value(RetainedKey), Value(AcceptedKey));
    }
}
