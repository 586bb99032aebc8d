using System.Globalization;

namespace CooperJus.Gateway.Benchmarks.Memory;

/// <summary>The process's resident memory as Linux reports it in <c>/proc/self/status</c>.</summary>
internal static class ProcessMemory
{
    /// <summary>Peak resident set size (<c>VmHWM</c>) in bytes, or -1 where /proc is unavailable.</summary>
    public static long PeakResidentBytes() => Read("VmHWM:");

    /// <summary>Current resident set size (<c>VmRSS</c>) in bytes, or -1 where /proc is unavailable.</summary>
    public static long ResidentBytes() => Read("VmRSS:");

    private static long Read(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return -1;
        foreach (var line in File.ReadLines(status))
        {
            if (!line.StartsWith(field, StringComparison.Ordinal)) continue;
            var kilobytes = line[field.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
        }
        return -1;
    }
}
