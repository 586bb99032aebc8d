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
                var where = $"{a.Relative(run.File)} record {outcome.Record.RecordId}";
                foreach (var failure in Entries(a, ConformanceCheck.LineageTruth, source, outcome.CanonicalJson!, outcome.Record.Lineage, where)) yield return failure;
            }
        }
    }

    /// <summary>The lineage <paramref name="entries"/> of one canonical document (<paramref name="canonicalJson"/>) read from <paramref name="source"/>.</summary>
    public static IEnumerable<ConformanceFailure> Entries(AdapterUnderTest a, string check, ISourceDocument source, string canonicalJson, IEnumerable<LineageEntry> entries, string where)
    {
        var canonical = JsonNode.Parse(canonicalJson);
        foreach (var entry in entries)
            foreach (var failure in Entry(a, check, source, canonical, entry, where)) yield return failure;
    }

    private static IEnumerable<ConformanceFailure> Entry(AdapterUnderTest a, string check, ISourceDocument source, JsonNode? canonical, LineageEntry entry, string where)
    {
        foreach (var location in entry.Sources.Where(NamesAPlace))
        {
            var found = source.Find(location);
            if (!found.Found)
                yield return a.Fail(check, where,
                    $"{entry.CanonicalPath} ({entry.Conversion}) names {Place(location)}, which is not in the file: name the field the value is read from");
            else if (!ValueText.Stands(found.Value, location.Value))
                yield return a.Fail(check, where,
                    $"{entry.CanonicalPath} ({entry.Conversion}) names {Place(location)} with value \"{location.Value}\", but that field holds \"{found.Value}\": the lineage names the wrong field or row");
        }
        if (entry.Conversion != "copy" || entry.Sources.Count != 1 || entry.Sources[0].Value is not { } written) yield break;
        var node = CanonicalPointer.Resolve(canonical, entry.CanonicalPath);
        var values = node is JsonArray array ? array.Select(CanonicalPointer.Text) : [CanonicalPointer.Text(node)];
        if (!values.Any(v => v is not null && ValueText.Same(v, written)))
            yield return a.Fail(check, where,
                $"{entry.CanonicalPath} is a `copy` of {Place(entry.Sources[0])} \"{written}\" but holds {node?.ToJsonString() ?? "nothing"}: a copy carries the value as written; name the real conversion");
    }

    private static bool NamesAPlace(SourceLocation location) => location.Row is not null || location.Path is not null;

    private static string Place(SourceLocation location) =>
        (location.Row is { } row ? $"row {row}" : $"path {location.Path}") + (location.Field is { } field ? $" field {field}" : "");
}
