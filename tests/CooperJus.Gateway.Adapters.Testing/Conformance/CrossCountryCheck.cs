using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// Requests of other countries: every golden request of every other adapter (<c>samples/*/expected/*.json</c>) is
/// rendered by this adapter and read back. Each canonical field that does not come back the same (lost, changed or
/// added) must be named, or have an ancestor named, by a warning of the <c>RenderReport</c>: nothing is dropped
/// silently when a partner's request is written into the national system. Only <c>/provenance</c>, which describes
/// where a document came from rather than its content, is left out.
/// </summary>
internal static class CrossCountryCheck
{
    public static IEnumerable<ConformanceFailure> Run(AdapterUnderTest a)
    {
        var samples = Path.Combine(a.Root, "samples");
        if (!Directory.Exists(samples)) yield break;
        var goldens = Directory.EnumerateDirectories(samples)
            .Where(d => !string.Equals(Path.GetFileName(d), a.Id, StringComparison.OrdinalIgnoreCase))
            .Select(d => Path.Combine(d, "expected"))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.json"))
            .Where(f => !f.EndsWith(".lineage.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var golden in goldens)
            foreach (var failure in One(a, golden)) yield return failure;
    }

    private static IEnumerable<ConformanceFailure> One(AdapterUnderTest a, string golden)
    {
        var location = a.Relative(golden);
        CooperationRequest request = CanonicalJson.Deserialize(File.ReadAllText(golden));
        var (results, report) = GoodSampleChecks.RenderAndRead(a, [request], "crosscountry");
        var errors = results.SelectMany(r => r.Problems).Where(p => p.IsError).ToList();
        foreach (var error in errors)
            yield return a.Fail(ConformanceCheck.CrossCountry, location, $"the rendered file reads back with error {error}: render must write what read accepts, or leave the value out with a warning");
        var back = results.Where(r => r.Request is not null).Select(r => r.Request!).ToList();
        if (back.Count != 1)
        {
            if (errors.Count == 0) yield return a.Fail(ConformanceCheck.CrossCountry, location, $"rendering one request and reading it back gave {back.Count} requests");
            yield break;
        }
        var warned = report.Warnings.Select(w => w.CanonicalPath).OfType<string>().ToList();
        foreach (var difference in JsonDiff.Compare(GoodSampleChecks.WithoutProvenance(request), GoodSampleChecks.WithoutProvenance(back[0])))
        {
            if (warned.Any(w => Covers(w, difference.Path))) continue;
            yield return a.Fail(ConformanceCheck.CrossCountry, location,
                $"{difference}, and no render warning names {difference.Path} or an ancestor: carry it, or report it (render.not-carried / render.approximated) with its canonical path");
        }
    }

    private static bool Covers(string warned, string path) =>
        path == warned || path.StartsWith(warned.TrimEnd('/') + "/", StringComparison.Ordinal) || warned.Length == 0 || warned == "/";
}
