using System.Globalization;
using System.Text;
using CooperJus.Gateway.Benchmarks.Measurement;
using CooperJus.Gateway.Benchmarks.Setup;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Benchmarks.Memory;

/// <summary>
/// <c>memory --adapter PE --input FILE [--adapters DIR] [--checkpoint N]</c>: the child process of the memory
/// measurement. Runs the pipeline without schema validation once over the file, in a fresh process so nothing else
/// inflates its peak, and prints a <see cref="MemoryReport"/>. At record N (the parent passes half the file) it
/// forces one full collection and notes the heap that survives it: what the pipeline keeps while reading, which
/// must not grow with the file.
/// </summary>
internal static class MemoryCommand
{
    public const string Name = "memory";

    private const int SampleEvery = 256;

    /// <summary>Runs with the arguments that follow the sub-command's name.</summary>
    /// <exception cref="FormatException">An argument is missing or unknown.</exception>
    public static int Run(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2) values[args[i]] = args[i + 1];
        if (args.Count % 2 != 0 || values.Keys.Any(k => k is not ("--adapter" or "--input" or "--adapters" or "--checkpoint")))
            throw new FormatException("Usage: memory --adapter CC --input FILE [--adapters DIR] [--checkpoint N]");
        string Required(string key) => values.TryGetValue(key, out var value) ? value : throw new FormatException($"memory needs {key}.");
        var checkpoint = values.TryGetValue("--checkpoint", out var text) ? long.Parse(text, CultureInfo.InvariantCulture) : -1;
        return Run(Required("--adapter"), Required("--input"), values.GetValueOrDefault("--adapters"), checkpoint);
    }

    private static int Run(string adapterId, string input, string? adaptersFolder, long checkpoint)
    {
        var adapter = BenchmarkAdapters.Load(adaptersFolder).Require(adapterId);
        var translator = new Translator(new RequestValidator(NoSchemaValidator.Instance, TimeProvider.System));
        long accepted = 0, records = 0, managedPeak = 0, retained = -1;
        using (var writer = new BufferedStream(new CountingNullStream(), 1 << 16))
        {
            foreach (var outcome in translator.Translate(adapter, SourceFile.FromPath(input)))
            {
                if (outcome.IsAccepted)
                {
                    accepted++;
                    PipelineRun.Write(writer, outcome);
                }
                if (++records % SampleEvery == 0) managedPeak = Math.Max(managedPeak, GC.GetTotalMemory(forceFullCollection: false));
                if (records == checkpoint) retained = GC.GetTotalMemory(forceFullCollection: true);
            }
        }
        managedPeak = Math.Max(managedPeak, GC.GetTotalMemory(forceFullCollection: false));
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var report = new MemoryReport(ProcessMemory.PeakResidentBytes(), ProcessMemory.ResidentBytes(), managedPeak, GC.GetTotalMemory(forceFullCollection: false), retained, accepted);
        foreach (var line in report.ToLines()) Console.WriteLine(line);
        return 0;
    }
}
