using System.Globalization;
using CooperJus.Gateway.Benchmarks.Generation;
using CooperJus.Gateway.Benchmarks.Measurement;

namespace CooperJus.Gateway.Benchmarks.Reporting;

/// <summary>Prints the figures of a format as a readable table, with the verdict for each target.</summary>
internal sealed class ReportWriter
{
    private const string RowFormat = "  {0,-52} {1,9} {2,11} {3,11} {4,8} {5,10} {6,9}";
    private readonly TextWriter _out;

    public ReportWriter(TextWriter output) => _out = output;

    public void Print(FormatResult result)
    {
        var plan = result.Plan;
        _out.WriteLine();
        _out.WriteLine(Invariant($"== {plan.Title}: {result.Main.Records:N0} {plan.RecordName}, {result.Main.Requests:N0} requests, {Megabytes(result.Main.Bytes)} =="));
        _out.WriteLine(Invariant($"   templates: {plan.TemplateSource}"));
        _out.WriteLine(Invariant($"   warm-up and memory baseline file: {result.Small.Records:N0} {plan.RecordName}, {result.Small.Requests:N0} requests"));
        _out.WriteLine(string.Format(CultureInfo.InvariantCulture, RowFormat, "measurement", "time", plan.RecordName + "/s", "requests/s", "MB/s", "alloc/rec", "GC pause"));
        Measurement(Invariant($"(a) floor: {plan.FloorName}"), result.Floor, result.Main, requests: false);
        Measurement("    the same, parse only (no serialisation)", result.FloorParseOnly, result.Main, requests: false);
        Measurement("(b) pipeline: adapter+lineage+rules+JSON, no schema", result.Pipeline, result.Main, requests: true);
        var modest = result.Modest == result.Main ? "" : Invariant($" ({result.Modest.Records:N0} {plan.RecordName})");
        Measurement($"(d) full: (b) + NJsonSchema{modest}", result.Full, result.Modest, requests: true);
        Measurement($"(b*) what-if, NOT the gateway{modest}", result.WhatIf, result.Modest, requests: true);
        _out.WriteLine(Invariant($"  {"(c) schema alone: NJsonSchema, " + result.SchemaDocuments.ToString("N0", CultureInfo.InvariantCulture) + " documents",-52} {Seconds(result.Schema),9} {result.Schema.Rate(result.SchemaDocuments),11:N0} documents/s"));
        _out.WriteLine(Invariant($"  {"    of which reading them into Newtonsoft JTokens",-52} {Seconds(result.SchemaParseOnly),9} {result.SchemaParseOnly.Rate(result.SchemaDocuments),11:N0} documents/s"));
        Outcomes(result);
        Verdicts(result);
        Breakdown(result);
    }

    private void Measurement(string name, Timed timed, GeneratedFile file, bool requests)
    {
        var records = file.Records;
        _out.WriteLine(string.Format(
            CultureInfo.InvariantCulture, RowFormat, name, Seconds(timed),
            timed.Rate(records).ToString("N0", CultureInfo.InvariantCulture),
            requests ? timed.Rate(timed.Counts.Accepted).ToString("N0", CultureInfo.InvariantCulture) : "-",
            (file.Bytes / 1e6 / timed.Elapsed.TotalSeconds).ToString("N1", CultureInfo.InvariantCulture),
            Kilobytes(timed.AllocatedBytes / (double)records),
            Invariant($"{timed.GcPause.TotalSeconds:N2} s")));
    }

    private void Outcomes(FormatResult result)
    {
        foreach (var (name, timed, file) in new[] { ("(b)", result.Pipeline, result.Main), ("(d)", result.Full, result.Modest) })
        {
            var counts = timed.Counts;
            _out.WriteLine(Invariant($"  {name} accepted {counts.Accepted:N0} of {file.Requests:N0} requests, rejected {counts.Rejected:N0}, file problems {counts.FileProblems:N0}; wrote {Megabytes(counts.BytesOut)} of canonical JSON + lineage"));
            if (counts.FirstProblem is { } problem) _out.WriteLine($"      first problem: {problem}");
        }
        if (result.Schema.Counts.Rejected > 0)
            _out.WriteLine(Invariant($"  (c) {result.Schema.Counts.Rejected:N0} documents broke the schema; first: {result.Schema.Counts.FirstProblem}"));
    }

    private void Verdicts(FormatResult result)
    {
        _out.WriteLine(Invariant($"  TARGET rate   (b)/(a) = {result.RateRatio:N3}  (target >= {result.Plan.RateTarget:N2})  {Verdict(result.RateTargetMet)}"));
        _out.WriteLine(Invariant($"         what-if (b*)/(a) = {result.WhatIfRatio:N3}: (b)'s work on one thread, no read-ahead"));
        _out.WriteLine(Invariant($"  TARGET memory peak RSS {Megabytes(result.MainMemory.PeakResidentBytes)} for {result.Main.Records:N0} {result.Plan.RecordName} / {Megabytes(result.SmallMemory.PeakResidentBytes)} for {result.Small.Records:N0} = {result.MemoryRatio:N2}  (target <= {FormatResult.MemoryTarget:N1})  {Verdict(result.MemoryTargetMet)}"));
        _out.WriteLine(Invariant($"         after a full GC: RSS {Megabytes(result.MainMemory.ResidentAfterGcBytes)} / {Megabytes(result.SmallMemory.ResidentAfterGcBytes)}, managed heap {Megabytes(result.MainMemory.ManagedAfterGcBytes)} / {Megabytes(result.SmallMemory.ManagedAfterGcBytes)}; largest managed heap seen {Megabytes(result.MainMemory.ManagedPeakBytes)} / {Megabytes(result.SmallMemory.ManagedPeakBytes)}"));
        _out.WriteLine(Invariant($"         managed heap kept while reading (after a full GC halfway through the file): {Megabytes(result.MainMemory.RetainedMidFileBytes)} / {Megabytes(result.SmallMemory.RetainedMidFileBytes)}"));
    }

    private void Breakdown(FormatResult result)
    {
        var breakdown = result.Breakdown;
        var requests = Math.Max(1, breakdown.Requests);
        var total = breakdown.Costs.Sum(c => c.Ticks);
        _out.WriteLine(Invariant($"  where (b)'s time goes, on the {result.Modest.Records:N0}-{result.Plan.RecordName} file ({breakdown.Requests:N0} requests, {breakdown.Elapsed.TotalSeconds:N2} s):"));
        _out.WriteLine(Invariant($"    {"stage",-50} {"share",7} {"us/request",11} {"KB alloc/request",17}"));
        foreach (var cost in breakdown.Costs)
            _out.WriteLine(Invariant($"    {cost.Stage,-50} {cost.Ticks / (double)total,7:P1} {cost.Time.TotalMicroseconds / requests,11:N1} {cost.AllocatedBytes / 1024.0 / requests,17:N1}"));
        _out.WriteLine(Invariant($"    GC pauses {breakdown.GcPause.TotalSeconds / breakdown.Elapsed.TotalSeconds:P1} of the run, {breakdown.Gen2Collections:N0} full collections; {breakdown.LargeLineageStrings / (double)requests:P0} of the lineage strings are >= 85,000 bytes (large object heap)"));
        _out.WriteLine(Invariant($"    per request: {breakdown.LineageEntries / (double)requests:N0} lineage entries, document {breakdown.DocumentChars / 1024.0 / requests:N1} K chars, lineage {breakdown.LineageChars / 1024.0 / requests:N1} K chars"));
        _out.WriteLine(Invariant($"    the lineage names {breakdown.LineageSources / (double)requests:N0} source locations per request (the file is named once, at the top of the lineage), and their values as written add up to {breakdown.LineageValueChars / 1024.0 / requests:N1} K chars"));
        _out.WriteLine("  hot parts measured alone (first requests of that file):");
        _out.WriteLine(Invariant($"    {"operation",-62} {"ns/call",9} {"B/call",8} {"calls/req",9} {"us/request",11}"));
        foreach (var part in result.HotParts)
            _out.WriteLine(Invariant($"    {part.Name,-62} {part.NanosecondsPerCall,9:N0} {part.BytesPerCall,8:N0} {part.CallsPerRequest,9:N1} {part.MicrosecondsPerRequest,11:N1}"));
    }

    private static string Verdict(bool met) => met ? "MET" : "MISSED";

    private static string Seconds(Timed timed) => Invariant($"{timed.Elapsed.TotalSeconds:N2} s");

    private static string Megabytes(long bytes) => Invariant($"{bytes / 1e6:N1} MB");

    private static string Kilobytes(double bytes) => Invariant($"{bytes / 1024:N1} KB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
