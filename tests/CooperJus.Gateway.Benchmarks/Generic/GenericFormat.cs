using System.Globalization;
using CooperJus.Gateway.Benchmarks.Measurement;
using CooperJus.Gateway.Benchmarks.Setup;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Benchmarks.Generic;

/// <summary>
/// The plan of an adapter without a generator of its own: its good samples replicated into a big file, and the
/// floor of its shape. Nothing here knows a country; a new adapter with samples is benchmarked as it is.
/// </summary>
internal static class GenericFormat
{
    /// <summary>The rate below which issue 13 asks for the reason.</summary>
    public const double RateTarget = 0.3;

    /// <summary>The plan and the number of records for <paramref name="adapter"/>, or why it cannot be benchmarked.</summary>
    public static (FormatPlan? Plan, long Records, string? Skipped) Plan(ICountryAdapter adapter, BenchmarkOptions options, string workFolder)
    {
        var descriptor = adapter.Descriptor;
        var samples = GoodSamples.Load(adapter, RepositoryPaths.Samples(options.SamplesFolder));
        var patterns = string.Join(", ", descriptor.FilePatterns);
        if (samples.Files.Count == 0) return (null, 0, $"no good sample matching {patterns} in {samples.Folder}");
        var shape = ShapeDetection.Detect(descriptor, samples.Files[0]);
        if (shape is null) return (null, 0, $"its shape is unknown (media type {descriptor.MediaType}, files {patterns})");
        var (replicator, floor, floorName) = Build(shape.Value, samples);
        if (replicator is null) return (null, 0, $"no record found to copy in {samples.Folder} ({patterns}, read as {shape})");
        Reporting.Progress.Say($"{descriptor.Id}: {shape}; trying one copy of each of {replicator.Templates} records under each of {replicator.Headers} headers");
        var (leftOut, problem) = TemplateTrial.Choose(replicator, adapter, workFolder);
        var trial = leftOut == 0 ? "" : $"; {leftOut} of {replicator.Templates} left out, rejected when copied (first: {problem})";
        var records = options.Records ?? Math.Max(1, (long)Math.Round(options.GenericBytes / replicator.AverageRecordBytes));
        var varied = samples.ReferenceFields.Count == 0
            ? "references kept (no /requestId lineage)"
            : $"{string.Join(", ", samples.ReferenceFields)} varied per copy";
        var plan = new FormatPlan(
            descriptor.Id,
            $"{descriptor.Id}, {descriptor.DisplayName} ({shape}, {descriptor.SourceFormat}; generic generator)",
            replicator.RecordName,
            count => FileName(descriptor.FilePatterns[0], count, shape.Value),
            $"{replicator.Describe()}, from {samples.Files.Count} files in {samples.Folder} ({patterns}); {varied}{trial}",
            replicator.Write,
            floor,
            floorName,
            RateTarget);
        return (plan, records, null);
    }

    private static (Replicator? Replicator, Func<string, bool, RunCounts> Floor, string FloorName) Build(SourceShape shape, GoodSamples samples)
    {
        switch (shape)
        {
            case SourceShape.Xml:
                return (XmlReplicator.Load(samples.Files, samples.References), XmlFloor.Run, "XmlReader + XNode.ReadFrom per element + JSON");
            case SourceShape.Json:
                var json = JsonReplicator.Load(samples.Files, samples.References);
                return (json, (path, serialize) => JsonArrayFloor.Run(path, json?.ArrayProperty, serialize), "JsonDocument per item + STJ");
            case SourceShape.JsonLines:
                return (JsonLinesReplicator.Load(samples.Files, samples.References), JsonLinesFloor.Run, "JsonDocument per line + STJ");
            default:
                var csv = CsvReplicator.Load(samples);
                var separator = csv?.Separator ?? ';';
                return (csv, (path, serialize) => CsvFloor.Run(path, separator, serialize), "CsvHelper row to dictionary + STJ");
        }
    }

    /// <summary>The adapter's first file pattern with its wildcard made <c>bench_N</c>: <c>fortuny_bench_5000.xml</c>.</summary>
    private static string FileName(string pattern, long records, SourceShape shape)
    {
        var tag = string.Create(CultureInfo.InvariantCulture, $"bench_{records}");
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        var name = star < 0 ? $"{tag}{Extension(shape)}" : pattern[..star] + tag + pattern[(star + 1)..].Replace("*", "", StringComparison.Ordinal);
        return name.Replace('?', 'x');
    }

    private static string Extension(SourceShape shape) => shape switch
    {
        SourceShape.Xml => ".xml",
        SourceShape.Json => ".json",
        SourceShape.JsonLines => ".jsonl",
        _ => ".csv",
    };
}
