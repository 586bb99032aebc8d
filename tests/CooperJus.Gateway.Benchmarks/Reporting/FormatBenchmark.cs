using CooperJus.Gateway.Benchmarks.Generation;
using CooperJus.Gateway.Benchmarks.Measurement;
using CooperJus.Gateway.Benchmarks.Memory;
using CooperJus.Gateway.Benchmarks.Setup;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Benchmarks.Reporting;

/// <summary>
/// Measures one format: generates the file and a file ten times smaller (the warm-up file, and the memory
/// baseline), then (a) floor, (b) pipeline without schema, (c) schema alone, (d) full pipeline, the stage
/// breakdown and the memory of (b) in child processes. Each measurement runs once on the small file first.
/// </summary>
internal static class FormatBenchmark
{
    private const int FullWarmUpRecords = 1_000;
    private const int SchemaWarmUpDocuments = 200;
    private const int MinModestRecords = 10_000;

    /// <summary>How long each warm-up lasts at least (repeating the pass over the small file when it is quicker).</summary>
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(3);

    public static FormatResult Run(FormatPlan plan, BenchmarkAdapters adapters, BenchmarkOptions options, long records, string workFolder)
    {
        var adapter = adapters.Require(plan.AdapterId);
        var main = Generate(plan, workFolder, records, options.Seed);
        var small = Generate(plan, workFolder, Math.Max(1, records / 10), options.Seed + 1);

        Timed.WarmUp(WarmUpTime, () => plan.Floor(small.Path, true));
        var floor = Report(plan, "(a) floor", Timed.BestOf(options.Runs, () => plan.Floor(main.Path, true)), main.Records);
        Timed.WarmUp(WarmUpTime, () => plan.Floor(small.Path, false));
        var floorParseOnly = Report(plan, "(a) floor, parse only", Timed.BestOf(options.Runs, () => plan.Floor(main.Path, false)), main.Records);

        var noSchema = new RequestValidator(NoSchemaValidator.Instance, TimeProvider.System);
        Timed.WarmUp(WarmUpTime, () => PipelineRun.Run(adapter, small.Path, noSchema));
        var pipeline = Report(plan, "(b) pipeline", Timed.BestOf(options.Runs, () => PipelineRun.Run(adapter, main.Path, noSchema)), main.Records);

        // (b*), (d) and the breakdown run on the small file: a record's cost does not depend on the size of a streamed
        // file, and the default run must stay near ten minutes on two cores ((d) alone would take minutes on the big
        // file: NJsonSchema validates about 10,000 documents/s here). A small file too small to time (--quick) is
        // replaced by the big one.
        var modest = small.Records >= MinModestRecords ? small : main;
        Timed.WarmUp(WarmUpTime, () => WhatIfPipeline.Run(adapter, small.Path));
        var whatIf = Report(plan, "(b*) what-if", Timed.BestOf(options.Runs, () => WhatIfPipeline.Run(adapter, modest.Path)), modest.Records);

        var (schema, schemaParseOnly, documents) = MeasureSchema(plan, adapter, main.Path, options.SchemaDocuments);

        var fullValidator = RequestValidator.CreateDefault(TimeProvider.System);
        Timed.WarmUp(WarmUpTime, () => PipelineRun.Run(adapter, small.Path, fullValidator, FullWarmUpRecords));
        var full = Report(plan, "(d) full", Timed.Run(() => PipelineRun.Run(adapter, modest.Path, fullValidator)), modest.Records);

        Progress.Say($"{plan.AdapterId}: stage breakdown on {modest.Records:N0} {plan.RecordName}");
        var breakdown = StageBreakdown.Run(adapter, modest.Path);
        Progress.Say($"{plan.AdapterId}: stage breakdown: {breakdown.Elapsed.TotalSeconds:N2} s for {breakdown.Requests:N0} requests");

        Progress.Say($"{plan.AdapterId}: hot parts");
        var hotParts = HotParts.Measure(adapter, modest.Path, adapters.CodeListsOf(plan.AdapterId));

        Progress.Say($"{plan.AdapterId}: peak memory of (b) in child processes");
        var smallMemory = MemoryProbe.Measure(plan.AdapterId, small.Path, adapters.Root, Math.Max(1, small.Requests / 2));
        var mainMemory = MemoryProbe.Measure(plan.AdapterId, main.Path, adapters.Root, Math.Max(1, main.Requests / 2));

        return new FormatResult
        {
            Plan = plan, Main = main, Small = small, Floor = floor, FloorParseOnly = floorParseOnly, Pipeline = pipeline, WhatIf = whatIf,
            Schema = schema, SchemaParseOnly = schemaParseOnly, SchemaDocuments = documents, Full = full,
            Breakdown = breakdown, Modest = modest, HotParts = hotParts, SmallMemory = smallMemory, MainMemory = mainMemory,
        };
    }

    private static GeneratedFile Generate(FormatPlan plan, string workFolder, long records, int seed)
    {
        Progress.Say($"{plan.AdapterId}: generating {records:N0} {plan.RecordName}");
        var file = plan.Generate(Path.Combine(workFolder, plan.FileName(records)), records, seed);
        Progress.Say($"{plan.AdapterId}: {file.Path}: {file.Records:N0} {plan.RecordName}, {file.Requests:N0} requests, {file.Bytes / 1e6:N1} MB");
        return file;
    }

    /// <summary>(c): the canonical documents of the first accepted requests, validated alone, and parsed alone.</summary>
    private static (Timed Schema, Timed ParseOnly, int Documents) MeasureSchema(FormatPlan plan, ICountryAdapter adapter, string path, int count)
    {
        Progress.Say($"{plan.AdapterId}: collecting {count:N0} canonical documents for (c)");
        var documents = PipelineRun.CollectDocuments(adapter, path, count);
        var warmUp = documents.Take(SchemaWarmUpDocuments).ToList();
        var validator = NJsonSchemaValidator.ForEmbedded(CanonicalSchemas.CooperationRequestV2);
        Timed.WarmUp(WarmUpTime, () => SchemaRun.Run(validator, warmUp));
        var schema = Report(plan, "(c) schema", Timed.Run(() => SchemaRun.Run(validator, documents)), documents.Count);
        Timed.WarmUp(WarmUpTime, () => SchemaRun.ParseOnly(warmUp));
        var parseOnly = Report(plan, "(c) JToken parse only", Timed.Run(() => SchemaRun.ParseOnly(documents)), documents.Count);
        return (schema, parseOnly, documents.Count);
    }

    private static Timed Report(FormatPlan plan, string what, Timed timed, long records)
    {
        Progress.Say($"{plan.AdapterId}: {what}: {timed.Elapsed.TotalSeconds:N2} s, {timed.Rate(records):N0}/s" +
            (timed.Counts.Rejected + timed.Counts.FileProblems > 0 ? $", {timed.Counts.Rejected:N0} rejected: {timed.Counts.FirstProblem}" : ""));
        return timed;
    }
}
