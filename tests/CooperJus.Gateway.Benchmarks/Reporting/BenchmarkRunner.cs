using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using CooperJus.Gateway.Benchmarks.Generic;
using CooperJus.Gateway.Benchmarks.Setup;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Benchmarks.Reporting;

/// <summary>The whole benchmark: each format measured in turn, then the figures printed on standard output.</summary>
internal static class BenchmarkRunner
{
    public static int Run(BenchmarkOptions options)
    {
        var started = Stopwatch.GetTimestamp();
        WarnIfNotOptimised();
        var loadAtStart = LoadAverage();
        var workFolder = Path.GetFullPath(options.WorkFolder ?? Path.Combine(Path.GetTempPath(), $"cooperjus-bench-{Environment.ProcessId}"));
        var createdFolder = !Directory.Exists(workFolder);
        Directory.CreateDirectory(workFolder);
        var skipped = new List<string>();
        var (adapters, ids) = LoadAdapters(options, workFolder, skipped);
        var results = new List<FormatResult>();
        try
        {
            foreach (var id in ids)
            {
                if (Measure(id, options, adapters, workFolder, skipped) is { } result) results.Add(result);
            }
        }
        finally
        {
            CleanUp(options, workFolder, createdFolder, results);
        }
        PrintHeader(options, adapters, workFolder, Stopwatch.GetElapsedTime(started), loadAtStart);
        foreach (var line in skipped) Console.WriteLine($"  not measured: {line}");
        var report = new ReportWriter(Console.Out);
        foreach (var result in results) report.Print(result);
        PrintSummary(results);
        return 0;
    }

    /// <summary>PE and BR with their own generators; any other adapter with the generic one, when its samples allow.</summary>
    private static FormatResult? Measure(string id, BenchmarkOptions options, BenchmarkAdapters adapters, string workFolder, List<string> skipped)
    {
        switch (options.Generic ? "" : id)
        {
            case "PE":
                return FormatBenchmark.Run(FormatPlans.Peru(options, adapters), adapters, options, options.PeRows, workFolder);
            case "BR":
                return FormatBenchmark.Run(FormatPlans.Brazil(options, adapters), adapters, options, options.BrRequests, workFolder);
            default:
                var (plan, records, reason) = GenericFormat.Plan(adapters.Require(id), options, workFolder);
                if (plan is not null) return FormatBenchmark.Run(plan, adapters, options, records, workFolder);
                if (options.Only is not null) throw new InvalidOperationException($"Adapter {id} cannot be benchmarked: {reason}.");
                Progress.Say($"{id}: not measured: {reason}");
                skipped.Add($"{id}: {reason}");
                return null;
        }
    }

    /// <summary>
    /// The adapters and the ids to measure: those of <c>--only</c>, else every adapter found (in the repository with
    /// <c>--build-adapters</c>, else in the adapter folder), PE and BR first. Without <c>--only</c>, an adapter that
    /// does not build or load is left out with the reason, so one adapter in the making does not stop the run.
    /// </summary>
    private static (BenchmarkAdapters Adapters, IReadOnlyList<string> Ids) LoadAdapters(BenchmarkOptions options, string workFolder, List<string> skipped)
    {
        var ids = (options.Only ?? (options.BuildAdapters ? ReleaseAdapterBuild.RepositoryIds() : [])).ToList();
        string? folder = options.AdaptersFolder;
        if (options.BuildAdapters)
        {
            folder = Path.Combine(workFolder, "adapters");
            foreach (var id in ids.ToList())
            {
                try
                {
                    ReleaseAdapterBuild.BuildOne(id, folder);
                }
                catch (InvalidOperationException e) when (options.Only is null)
                {
                    Progress.Say($"{id}: not measured: {e.Message}");
                    skipped.Add($"{id}: it does not build in Release ({FirstError(e.Message)})");
                    ids.Remove(id);
                }
            }
        }
        var adapters = BenchmarkAdapters.Load(folder);
        if (options.Only is null && !options.BuildAdapters) ids = adapters.Ids.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var usable = new List<string>();
        foreach (var id in ids)
        {
            ICountryAdapter adapter;
            try
            {
                adapter = adapters.Require(id);
            }
            catch (InvalidOperationException e) when (options.Only is null)
            {
                skipped.Add($"{id}: {e.Message}");
                continue;
            }
            usable.Add(adapter.Descriptor.Id);
            if (!BenchmarkAdapters.IsOptimised(adapter))
                Console.Error.WriteLine($"warning: adapter {id} in {adapters.Root} is a Debug build: the JIT does not optimise it, so (b) and (d) are understated. Use --build-adapters, or build it with -c Release.");
        }
        return (adapters, usable.OrderBy(Rank).ThenBy(id => id, StringComparer.Ordinal).ToList());
    }

    /// <summary>The first compiler error of a build's output, or its first line.</summary>
    private static string FirstError(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.FirstOrDefault(l => l.Contains(": error ", StringComparison.Ordinal)) ?? lines.FirstOrDefault() ?? "no output";
    }

    /// <summary>PE and BR, the formats of the first benchmark, come first.</summary>
    private static int Rank(string id) => id switch { "PE" => 0, "BR" => 1, _ => 2 };

    /// <summary>The 1-minute load average (other work on the machine slows every figure), or "?" off Linux.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static void PrintHeader(BenchmarkOptions options, BenchmarkAdapters adapters, string workFolder, TimeSpan elapsed, string loadAtStart)
    {
        var gc = GCSettings.IsServerGC ? "server" : "workstation";
        var concurrent = AppContext.TryGetSwitch("System.GC.Concurrent", out var on) && !on ? "non-concurrent" : "concurrent";
        Console.WriteLine("CooperJus Gateway: translation speed and memory benchmark");
        Console.WriteLine($"  machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {gc} {concurrent} GC, {(IsOptimised() ? "Release (optimised)" : "DEBUG build: figures are meaningless")}");
        var loadAtEnd = LoadAverage();
        var busy = new[] { loadAtStart, loadAtEnd }.Any(l => double.TryParse(l, CultureInfo.InvariantCulture, out var load) && load > Environment.ProcessorCount);
        Console.WriteLine($"  load average (1 min) at start {loadAtStart}, at end {loadAtEnd}{(busy ? $": above {Environment.ProcessorCount}, other processes competed for the cores" : "")}");
        Console.WriteLine($"  adapters: {adapters.Root}: {string.Join(", ", adapters.Describe())}");
        Console.WriteLine($"  generated files in {workFolder}{(options.Keep ? " (kept)" : " (deleted)")}");
        var generic = options.Records is { } records ? $"{records:N0} records" : $"about {options.GenericBytes / 1e6:N0} MB";
        Console.WriteLine($"  sizes: {(options.Quick ? "--quick, " : "")}{options.PeRows:N0} PE rows, {options.BrRequests:N0} BR pedidos, {generic} for each other format, {options.SchemaDocuments:N0} documents for (c)");
        Console.WriteLine($"  (a), (b), (b*): best of {options.Runs} passes; (c), (d): one pass; (b*), (d) on the file ten times smaller if it has 10,000 records; each after a warm-up on the smaller file; seed {options.Seed}");
        Console.WriteLine($"  memory: (b) alone in a child process per file, peak RSS = VmHWM of /proc/self/status; total run time {elapsed:mm\\:ss}");
    }

    private static void PrintSummary(IReadOnlyList<FormatResult> results)
    {
        Console.WriteLine();
        Console.WriteLine("Targets:");
        foreach (var r in results)
        {
            Console.WriteLine($"  {r.Plan.AdapterId} rate   (b) >= {r.Plan.RateTarget:N1} x (a): {r.RateRatio:N3}  {(r.RateTargetMet ? "MET" : "MISSED")}");
            Console.WriteLine($"  {r.Plan.AdapterId} memory 10x input <= {FormatResult.MemoryTarget:N1} x peak: {r.MemoryRatio:N2}  {(r.MemoryTargetMet ? "MET" : "MISSED")}");
        }
        Console.WriteLine("  schema validation stays behind ISchemaValidator (NJsonSchemaValidator); (c) gives its cost alone.");
    }

    private static void CleanUp(BenchmarkOptions options, string workFolder, bool createdFolder, IReadOnlyList<FormatResult> results)
    {
        if (options.Keep) return;
        if (createdFolder)
        {
            Directory.Delete(workFolder, recursive: true);
            return;
        }
        foreach (var file in results.SelectMany(r => new[] { r.Main.Path, r.Small.Path })) File.Delete(file);
    }

    private static void WarnIfNotOptimised()
    {
        if (!IsOptimised()) Console.Error.WriteLine("warning: this is a Debug build; run with -c Release for meaningful figures.");
    }

    /// <summary>True when both this program and the core were compiled with optimisations (a Release build).</summary>
    private static bool IsOptimised() =>
        new[] { typeof(BenchmarkRunner).Assembly, typeof(Translator).Assembly }
            .All(a => a.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true);
}
