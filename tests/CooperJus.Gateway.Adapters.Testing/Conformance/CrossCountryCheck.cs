using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// Requests of other countries: every golden request of every other adapter (<c>samples/*/expected/*.json</c>) is
/// rendered by this adapter and read back. Each canonical field that does not come back the same (lost, changed or
/// added) must be named, or have an ancestor named, by a warning of the <c>RenderReport</c>: nothing is dropped
/// silently when a partner's request is written into the national system. Only <c>/provenance</c>, which describes
/// where a document came from rather than its content, is left out. Two things are not counted as changes: refs
/// renamed consistently (a national format numbers its own parties: <c>E1</c> may come back <c>p1</c>; refs are
/// compared by the position of the party they name), and the items after an array item a warning names (leaving
/// <c>/legalBasis/0</c> out shifts <c>/legalBasis/1</c> to index 0).
/// </summary>
internal static partial class CrossCountryCheck
{
    private static readonly string[] Parties = ["persons", "organisations", "assets"];

    public static IEnumerable<ConformanceFailure> Run(AdapterUnderTest a)
    {
        foreach (var golden in OtherGoldens(a, "expected"))
            foreach (var failure in One(a, golden)) yield return failure;
    }

    /// <summary>The golden documents of the other adapters in <c>samples/*/&lt;folder&gt;</c> (lineage files left out).</summary>
    public static IEnumerable<string> OtherGoldens(AdapterUnderTest a, string folder)
    {
        var samples = Path.Combine(a.Root, "samples");
        if (!Directory.Exists(samples)) return [];
        return Directory.EnumerateDirectories(samples)
            .Where(d => !string.Equals(Path.GetFileName(d), a.Id, StringComparison.OrdinalIgnoreCase))
            .Select(d => Path.Combine(d, folder))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.json"))
            .Where(f => !f.EndsWith(".lineage.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    private static IEnumerable<ConformanceFailure> One(AdapterUnderTest a, string golden)
    {
        CooperationRequest request = CanonicalJson.Deserialize(File.ReadAllText(golden));
        var (results, report) = GoodSampleChecks.RenderAndRead(a, [request], "crosscountry");
        var back = results.Where(r => r.Request is not null).Select(r => GoodSampleChecks.WithoutProvenance(r.Request!)).ToList();
        return Compare(a, ConformanceCheck.CrossCountry, a.Relative(golden), GoodSampleChecks.WithoutProvenance(request),
            [.. results.SelectMany(r => r.Problems)], back, report);
    }

    /// <summary>
    /// One document of another country, rendered and read back (<paramref name="back"/>, with the problems of reading
    /// <paramref name="readProblems"/>): every difference needs a warning of <paramref name="report"/> at its path or an ancestor.
    /// </summary>
    public static IEnumerable<ConformanceFailure> Compare(AdapterUnderTest a, string check, string location, JsonObject original,
        IReadOnlyList<Problem> readProblems, IReadOnlyList<JsonObject> back, RenderReport report)
    {
        var errors = readProblems.Where(p => p.IsError).ToList();
        foreach (var error in errors)
            yield return a.Fail(check, location, $"the rendered file reads back with error {error}: render must write what read accepts, or leave the value out with a warning");
        if (back.Count != 1)
        {
            if (errors.Count == 0) yield return a.Fail(check, location, $"rendering one document and reading it back gave {back.Count}");
            yield break;
        }
        var warned = report.Warnings.Select(w => w.CanonicalPath).OfType<string>().ToList();
        foreach (var difference in JsonDiff.Compare(ByPosition(original), ByPosition(back[0])))
        {
            if (warned.Any(w => Covers(w, difference.Path))) continue;
            yield return a.Fail(check, location,
                $"{difference}, and no render warning names {difference.Path} or an ancestor: carry it, or report it (render.not-carried / render.altered) with its canonical path");
        }
    }

    private static bool Covers(string warned, string path)
    {
        if (warned.Length == 0 || warned == "/" || path == warned || path.StartsWith(warned + "/", StringComparison.Ordinal)) return true;
        // An item left out shifts the items after it: a warning on /legalBasis/0 covers /legalBasis/1… as well.
        var item = ArrayItem().Match(warned);
        var prefix = item.Groups[1].Value + "/";
        if (!item.Success || !path.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var rest = path[prefix.Length..];
        var digits = new string([.. rest.TakeWhile(char.IsAsciiDigit)]);
        return digits.Length > 0 && (rest.Length == digits.Length || rest[digits.Length] == '/')
            && int.Parse(digits, CultureInfo.InvariantCulture) >= int.Parse(item.Groups[2].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Every ref (<c>ref</c>, <c>…Ref</c>, <c>…Refs</c>) replaced by the position of the party it names: <c>persons/0</c>.</summary>
    private static JsonObject ByPosition(JsonObject request)
    {
        var positions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in Parties)
        {
            if (request[list] is not JsonArray items) continue;
            for (var i = 0; i < items.Count; i++)
                if (items[i]?["ref"] is JsonValue value && value.TryGetValue<string>(out var reference)) positions.TryAdd(reference, $"{list}/{i}");
        }
        Rename(request, positions);
        return request;
    }

    private static void Rename(JsonNode? node, Dictionary<string, string> positions)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (IsRef(name) && child is JsonValue value && value.TryGetValue<string>(out var reference) && positions.TryGetValue(reference, out var position))
                    {
                        obj[name] = position;
                    }
                    else if (name.EndsWith("Refs", StringComparison.Ordinal) && child is JsonArray refs)
                    {
                        for (var i = 0; i < refs.Count; i++)
                        {
                            if (refs[i] is JsonValue item && item.TryGetValue<string>(out var listed) && positions.TryGetValue(listed, out var at)) refs[i] = at;
                        }
                    }
                    else
                    {
                        Rename(child, positions);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array) Rename(item, positions);
                break;
            default:
                break;
        }
    }

    private static bool IsRef(string name) => name == "ref" || name.EndsWith("Ref", StringComparison.Ordinal);

    [GeneratedRegex(@"^(.*)/(\d+)$")]
    private static partial Regex ArrayItem();
}
