using System.Text.Json.Nodes;
using CooperJus.Gateway.Adapters.Testing.Conformance.Sources;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// Every lineage source names a value that stands at that place of the sample (the row and column, the pointer and
/// property, the element and attribute or child), and a <c>copy</c> gives the canonical field its source value.
/// A lineage that names the wrong column is caught here, whatever the goldens say.
/// </summary>
internal static class LineageTruthCheck
{
    public static IEnumerable<ConformanceFailure> Run(AdapterUnderTest a)
    {
        foreach (var run in a.GoodRuns)
        {
            var source = a.Source(run.File);
            foreach (var outcome in run.Accepted)
            {
                var canonical = JsonNode.Parse(outcome.CanonicalJson!);
                var where = $"{a.Relative(run.File)} record {outcome.Record.RecordId}";
                foreach (var entry in outcome.Record.Lineage)
                    foreach (var failure in Entry(a, source, canonical, entry, where)) yield return failure;
            }
        }
    }

    private static IEnumerable<ConformanceFailure> Entry(AdapterUnderTest a, ISourceDocument source, JsonNode? canonical, LineageEntry entry, string where)
    {
        foreach (var location in entry.Sources.Where(NamesAPlace))
        {
            var found = source.Find(location);
            if (!found.Found)
                yield return a.Fail(ConformanceCheck.LineageTruth, where,
                    $"{entry.CanonicalPath} ({entry.Conversion}) names {Place(location)}, which is not in the file: name the field the value is read from");
            else if (!ValueText.Stands(found.Value, location.Value))
                yield return a.Fail(ConformanceCheck.LineageTruth, where,
                    $"{entry.CanonicalPath} ({entry.Conversion}) names {Place(location)} with value \"{location.Value}\", but that field holds \"{found.Value}\": the lineage names the wrong field or row");
        }
        if (entry.Conversion != "copy" || entry.Sources.Count != 1 || entry.Sources[0].Value is not { } written) yield break;
        var node = CanonicalPointer.Resolve(canonical, entry.CanonicalPath);
        var values = node is JsonArray array ? array.Select(CanonicalPointer.Text) : [CanonicalPointer.Text(node)];
        if (!values.Any(v => v is not null && ValueText.Same(v, written)))
            yield return a.Fail(ConformanceCheck.LineageTruth, where,
                $"{entry.CanonicalPath} is a `copy` of {Place(entry.Sources[0])} \"{written}\" but holds {node?.ToJsonString() ?? "nothing"}: a copy carries the value as written; name the real conversion");
    }

    private static bool NamesAPlace(SourceLocation location) => location.Row is not null || location.Path is not null;

    private static string Place(SourceLocation location) =>
        (location.Row is { } row ? $"row {row}" : $"path {location.Path}") + (location.Field is { } field ? $" field {field}" : "");
}
