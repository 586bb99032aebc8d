using System.IO.Enumeration;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// The checks of an adapter that also reads and writes its office's responses (<see cref="IResponseAdapter"/>), over
/// <c>samples/&lt;id&gt;/responses/</c>: good files there, goldens in <c>expected/</c>, bad files in <c>bad/</c>. They
/// are the request checks run on responses, through the same code (bad samples, goldens, lineage, cross-country
/// comparison); an adapter that reads no responses has none of them to pass.
/// </summary>
internal static class ResponseChecks
{
    private static readonly Lazy<ResponseValidator> Validator = new(ResponseValidator.CreateDefault);

    public static IEnumerable<ConformanceFailure> GoodSamples(AdapterUnderTest a)
    {
        if (a.ResponseAdapter is not { } adapter) yield break;
        if (a.ResponseRuns.Count == 0)
        {
            yield return a.Fail(ConformanceCheck.ResponseGoodSamples, a.Relative(a.Responses),
                $"no file here matches the adapter's response file patterns ({string.Join(", ", adapter.ResponseFormat.FilePatterns)}): add a good response sample");
            yield break;
        }
        foreach (var run in a.ResponseRuns)
        {
            var location = a.Relative(run.File);
            if (a.Adapter.Descriptor.FilePatterns.Any(p => FileSystemName.MatchesSimpleExpression(p, Path.GetFileName(run.File), ignoreCase: true)))
                yield return a.Fail(ConformanceCheck.ResponseGoodSamples, location, "also matches a request file pattern: the intake could not tell it from a request export; give responses their own name pattern");
            if (!run.Accepted.Any())
                yield return a.Fail(ConformanceCheck.ResponseGoodSamples, location, "produced no response: a good sample holds at least one response the adapter accepts");
            foreach (var problem in run.Results.SelectMany(r => r.Problems).Where(p => p.IsError))
                yield return a.Fail(ConformanceCheck.ResponseGoodSamples, location + (problem.Source is { } s ? $" ({s})" : ""),
                    $"error {problem.Rule} in a good sample: {problem.Message}{(problem.CanonicalPath is { } p ? $" at {p}" : "")}; fix the adapter (or the sample, if the sample is wrong)");
            foreach (var result in run.Accepted)
                foreach (var violation in Validator.Value.Validate(CanonicalJson.Serialize(result.Response!)))
                    yield return a.Fail(ConformanceCheck.ResponseGoodSamples, $"{location} record {result.RecordId}", $"not valid against cooperation-response v2: {violation}");
        }
    }

    public static IEnumerable<ConformanceFailure> LineageCoverage(AdapterUnderTest a) =>
        a.ResponseRuns.SelectMany(run => run.Accepted.SelectMany(r =>
            GoodSampleChecks.Lineage(a, ConformanceCheck.ResponseLineageCoverage, Where(a, run, r), CanonicalJson.Serialize(r.Response!), r.Lineage, r.OriginalText)));

    public static IEnumerable<ConformanceFailure> LineageTruth(AdapterUnderTest a) =>
        a.ResponseRuns.SelectMany(run => run.Accepted.SelectMany(r =>
            LineageTruthCheck.Entries(a, ConformanceCheck.ResponseLineageTruth, a.Source(run.File), CanonicalJson.Serialize(r.Response!), r.Lineage, Where(a, run, r))));

    public static IEnumerable<ConformanceFailure> BadSamples(AdapterUnderTest a) =>
        a.ResponseAdapter is null
            ? []
            : BadSampleChecks.Run(a, ConformanceCheck.ResponseBadSamples, a.ResponseBad, file =>
            {
                var results = a.ReadResponses(file);
                return new BadSampleChecks.Reading([.. results.SelectMany(r => r.Problems)], results.Any(r => !r.IsAccepted && r.RecordId is not null && r.OriginalText is null));
            });

    public static IReadOnlyDictionary<string, string> ProduceGoldens(AdapterUnderTest a)
    {
        var produced = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var run in a.ResponseRuns)
        {
            foreach (var result in run.Accepted)
            {
                var response = result.Response!;
                produced[response.ResponseId + ".json"] = CanonicalJson.Serialize(response);
                produced[response.ResponseId + ".lineage.json"] = ResponseLineage.ToJson(response, Path.GetFileName(run.File), result.Lineage);
            }
        }
        return produced;
    }

    public static IEnumerable<ConformanceFailure> Goldens(AdapterUnderTest a) =>
        a.ResponseAdapter is null ? [] : GoldenCheck.Compare(a, ConformanceCheck.ResponseGoldens, a.ResponseExpected, ProduceGoldens(a));

    /// <summary>The responses of each good file, rendered into one national file and read back: the same, and nothing reported.</summary>
    public static IEnumerable<ConformanceFailure> RoundTrip(AdapterUnderTest a)
    {
        foreach (var run in a.ResponseRuns)
        {
            List<CooperationResponse> originals = [.. run.Accepted.Select(r => r.Response!)];
            if (originals.Count == 0) continue;
            var (results, report) = RenderAndRead(a, originals, "roundtrip");
            var location = $"{a.Relative(run.File)} rendered and read back";
            foreach (var warning in report.Warnings)
                yield return a.Fail(ConformanceCheck.ResponseRoundTrip, location, $"render warning {warning} for a response read from the national format: render must write back whatever read gives");
            var back = results.Where(r => r.Response is not null).Select(r => AsJson(r.Response!)).ToList();
            foreach (var failure in GoodSampleChecks.SameAfterRender(a, ConformanceCheck.ResponseRoundTrip, location, [.. originals.Select(AsJson)],
                [.. results.SelectMany(r => r.Problems)], back, i => $"response {originals[i].ResponseId}"))
                yield return failure;
        }
    }

    /// <summary>
    /// Every golden response of the other adapters (<c>samples/*/responses/expected/</c>), and a response with every
    /// field filled (<see cref="OverfullResponse"/>), rendered and read back: every change named by a render warning.
    /// </summary>
    public static IEnumerable<ConformanceFailure> CrossCountry(AdapterUnderTest a)
    {
        if (a.ResponseAdapter is null) yield break;
        var documents = CrossCountryCheck.OtherGoldens(a, Path.Combine("responses", "expected"))
            .Select(f => (Location: a.Relative(f), Response: CanonicalJson.DeserializeResponse(File.ReadAllText(f))))
            .Append(("a response with every canonical field filled (OverfullResponse)", OverfullResponse.Create()));
        foreach (var (location, response) in documents)
        {
            var (results, report) = RenderAndRead(a, [response], "crosscountry");
            var back = results.Where(r => r.Response is not null).Select(r => AsJson(r.Response!)).ToList();
            foreach (var failure in CrossCountryCheck.Compare(a, ConformanceCheck.ResponseCrossCountry, location, AsJson(response), [.. results.SelectMany(r => r.Problems)], back, report))
                yield return failure;
        }
    }

    private static (IReadOnlyList<ResponseRecordResult> Results, RenderReport Report) RenderAndRead(AdapterUnderTest a, IReadOnlyList<CooperationResponse> responses, string name)
    {
        var adapter = a.ResponseAdapter!;
        using var national = new MemoryStream();
        var report = adapter.RenderResponses(responses, national);
        var fileName = adapter.ResponseFormat.FilePatterns[0].Replace("*", name, StringComparison.Ordinal);
        return ([.. adapter.ReadResponses(SourceFile.FromBytes(fileName, national.ToArray()))], report);
    }

    private static JsonObject AsJson(CooperationResponse response) => JsonNode.Parse(CanonicalJson.Serialize(response))!.AsObject();

    private static string Where(AdapterUnderTest a, ResponseSampleRun run, ResponseRecordResult result) => $"{a.Relative(run.File)} record {result.RecordId}";
}
