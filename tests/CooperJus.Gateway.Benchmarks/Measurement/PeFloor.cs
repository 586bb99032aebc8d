namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// The floor for an SGF export: <see cref="CsvFloor"/> with SGF's separator, <c>;</c>.
/// </summary>
internal static class PeFloor
{
    /// <summary>Parses (and, unless <paramref name="serialize"/> is false, serialises) every row of <paramref name="path"/>.</summary>
    public static RunCounts Run(string path, bool serialize = true) => CsvFloor.Run(path, ';', serialize);

    /// <summary>The file opened as <c>SourceFile.FromPath</c> opens it for the adapter, so both read the same way.</summary>
    public static FileStream OpenSequential(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
