using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>The checks on good samples that need no golden: they translate cleanly, lineage covers them, they round-trip.</summary>
internal static class GoodSampleChecks
{
    public static IEnumerable<ConformanceFailure> Translate(AdapterUnderTest a)
    {
        if (a.GoodRuns.Count == 0)
        {
            yield return a.Fail(ConformanceCheck.GoodSamples, a.Relative(a.Samples),
                $"no file here matches the adapter's file patterns ({string.Join(", ", a.Adapter.Descriptor.FilePatterns)}): add a good sample, an anonymised real export that reads without errors");
            yield break;
        }
        foreach (var run in a.GoodRuns)
        {
            if (!run.Accepted.Any())
                yield return a.Fail(ConformanceCheck.GoodSamples, a.Relative(run.File), "produced no request: a good sample holds at least one request the adapter accepts");
            foreach (var problem in run.Outcomes.SelectMany(o => o.Problems).Where(p => p.IsError))
                yield return a.Fail(ConformanceCheck.GoodSamples, a.Relative(run.File) + (problem.Source is { } s ? $" ({s})" : ""),
                    $"error {problem.Rule} in a good sample: {problem.Message}{(problem.CanonicalPath is { } p ? $" at {p}" : "")}; {Remedy(a, problem.Rule)}");
        }
    }

    private static string Remedy(AdapterUnderTest a, string rule) => rule == "code-list.unknown"
        ? $"add the national code to the code list it names, in {a.Relative(a.CodeLists)}/ (or fix the sample, if the code is wrong)"
        : "fix the adapter (or the sample, if the sample is wrong)";

    public static IEnumerable<ConformanceFailure> Lineage(AdapterUnderTest a)
    {
        foreach (var run in a.GoodRuns)
        {
            foreach (var outcome in run.Accepted)
            {
                var where = $"{a.Relative(run.File)} record {outcome.Record.RecordId}";
                foreach (var failure in Lineage(a, ConformanceCheck.LineageCoverage, where, outcome.CanonicalJson!, outcome.Record.Lineage, outcome.Record.OriginalText))
                    yield return failure;
            }
        }
    }

    /// <summary>Lineage covers every filled leaf of one canonical document, and its record keeps its original text.</summary>
    public static IEnumerable<ConformanceFailure> Lineage(AdapterUnderTest a, string check, string where, string canonicalJson, IReadOnlyList<LineageEntry> lineage, string? originalText)
    {
        foreach (var path in LineageCoverage.UncoveredLeaves(canonicalJson, lineage))
            yield return a.Fail(check, where, $"{path} has no lineage entry: record the source field it comes from, or `adapter-default` / `clock` when it has none");
        if (string.IsNullOrEmpty(originalText))
            yield return a.Fail(check, where, "the record keeps no original text: set its OriginalText to the record exactly as read");
    }

    /// <summary>
    /// Documents read back after a render, against the documents rendered: as many, no error, each the same leaf by leaf
    /// (<paramref name="name"/> names each original in a failure's location).
    /// </summary>
    public static IEnumerable<ConformanceFailure> SameAfterRender(AdapterUnderTest a, string check, string location,
        IReadOnlyList<JsonObject> originals, IReadOnlyList<Problem> readProblems, IReadOnlyList<JsonObject> back, Func<int, string> name)
    {
        foreach (var problem in readProblems.Where(p => p.IsError))
            yield return a.Fail(check, location, $"reading back the rendered file gives error {problem}: render writes what read refuses");
        if (back.Count != originals.Count)
        {
            yield return a.Fail(check, location, $"rendered {originals.Count}, read back {back.Count}");
            yield break;
        }
        for (var i = 0; i < originals.Count; i++)
            foreach (var difference in JsonDiff.Compare(originals[i], back[i]))
                yield return a.Fail(check, $"{location}, {name(i)}", $"{difference}: render must write what read gives back for a document read from the national format");
    }

    public static IEnumerable<ConformanceFailure> RoundTrip(AdapterUnderTest a)
    {
        var requests = a.Accepted.Select(o => o.Record.Request!).ToList();
        foreach (var group in requests.GroupBy(r => r.CreatedAt))
        {
            List<CooperationRequest> originals = [.. group];
            var (reread, _) = RenderAndRead(a, originals, "roundtrip");
            var location = $"{a.Relative(a.Samples)} requests created at {group.Key:O}";
            var back = reread.Where(r => r.Request is not null).Select(r => WithoutProvenance(r.Request!)).ToList();
            foreach (var failure in SameAfterRender(a, ConformanceCheck.RoundTrip, location, [.. originals.Select(WithoutProvenance)],
                [.. reread.SelectMany(r => r.Problems)], back, i => $"request {originals[i].RequestId}"))
                yield return failure;
        }
    }

    /// <summary>Renders <paramref name="requests"/> into one national file and reads it back.</summary>
    public static (IReadOnlyList<RecordResult> Results, RenderReport Report) RenderAndRead(AdapterUnderTest a, IReadOnlyList<CooperationRequest> requests, string name)
    {
        using var national = new MemoryStream();
        var report = a.Adapter.Render(requests, national);
        var fileName = a.Adapter.Descriptor.FilePatterns[0].Replace("*", name, StringComparison.Ordinal);
        return ([.. a.Adapter.Read(SourceFile.FromBytes(fileName, national.ToArray()))], report);
    }

    public static JsonObject WithoutProvenance(CooperationRequest request)
    {
        var node = JsonNode.Parse(CanonicalJson.Serialize(request))!.AsObject();
        node.Remove("provenance");
        return node;
    }
}
