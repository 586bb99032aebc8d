using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Adapters.Testing.Conformance.Sources;
using CooperJus.Gateway.Core;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// Code-list mappings are checked against expectations the author wrote from the national specification, kept beside
/// each good sample in <c>&lt;sample&gt;.checks</c>: lines <c>&lt;record id&gt; &lt;canonical pointer&gt; = &lt;JSON value&gt;</c>.
/// Every assertion must hold, and every (code list, national code) pair the good samples use must be pinned by at
/// least one assertion on a field that pair fills. A wrong entry in <c>codelists/*.csv</c> then fails here even when
/// the goldens were regenerated from it.
/// </summary>
internal static class CodeListCheck
{
    /// <summary>One hand-written expectation.</summary>
    private sealed record Expectation(string RecordId, string Path, JsonNode? Value, int Line);

    public static IEnumerable<ConformanceFailure> Run(AdapterUnderTest a)
    {
        var pinned = new HashSet<(string List, string Code)>();
        var used = new List<(string List, string Code, string Where, string Path, string Record, string ChecksFile)>();
        var failures = new List<ConformanceFailure>();
        foreach (var run in a.GoodRuns)
        {
            var checksFile = run.File + ".checks";
            var byRecord = run.Accepted.GroupBy(o => o.Record.RecordId ?? "").ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var expectation in Read(a, checksFile, failures))
            {
                var location = $"{a.Relative(checksFile)} line {expectation.Line}";
                if (!byRecord.TryGetValue(expectation.RecordId, out var outcome))
                {
                    failures.Add(a.Fail(ConformanceCheck.CodeLists, location, $"no accepted request {expectation.RecordId} in {Path.GetFileName(run.File)}"));
                    continue;
                }
                var actual = CanonicalPointer.Resolve(JsonNode.Parse(outcome.CanonicalJson!), expectation.Path);
                if (!JsonNode.DeepEquals(actual, expectation.Value))
                    failures.Add(a.Fail(ConformanceCheck.CodeLists, location,
                        $"{expectation.RecordId} {expectation.Path}: expected {expectation.Value?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "nothing"}: fix the code list (or the expectation, if the national spec says otherwise)"));
                foreach (var entry in outcome.Record.Lineage.Where(e => Covers(expectation.Path, e.CanonicalPath)))
                    foreach (var pair in Pairs(entry.Conversion, entry.Sources.Select(s => s.Value))) pinned.Add(pair);
            }
            foreach (var outcome in run.Accepted)
                foreach (var entry in outcome.Record.Lineage)
                    foreach (var (list, code) in Pairs(entry.Conversion, entry.Sources.Select(s => s.Value)))
                        used.Add((list, code, $"{a.Relative(run.File)} record {outcome.Record.RecordId}", entry.CanonicalPath, outcome.Record.RecordId ?? "", a.Relative(checksFile)));
        }
        foreach (var use in used.Where(u => !pinned.Contains((u.List, u.Code))).DistinctBy(u => (u.List, u.Code)))
            failures.Add(a.Fail(ConformanceCheck.CodeLists, use.Where,
                $"code list `{use.List}` maps national code \"{use.Code}\" (at {use.Path}) with no hand-written expectation: add to {use.ChecksFile} the line `{use.Record} {use.Path} = <the canonical value the national specification gives, as JSON>`"));
        return failures;
    }

    private static IEnumerable<(string List, string Code)> Pairs(string conversion, IEnumerable<string?> values) =>
        conversion.StartsWith("code-list:", StringComparison.Ordinal)
            ? values.OfType<string>().Select(v => (conversion["code-list:".Length..], ValueText.Key(v)))
            : [];

    private static bool Covers(string asserted, string path) =>
        path == asserted || path.StartsWith(asserted + "/", StringComparison.Ordinal);

    private static List<Expectation> Read(AdapterUnderTest a, string checksFile, List<ConformanceFailure> failures)
    {
        var expectations = new List<Expectation>();
        if (!File.Exists(checksFile)) return expectations;
        var lines = File.ReadAllLines(checksFile);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            var assignment = parts.Length == 2 ? parts[1].Split(" = ", 2, StringSplitOptions.TrimEntries) : [];
            JsonNode? value = null;
            var valid = assignment.Length == 2 && assignment[0].StartsWith('/') && TryParse(assignment[1], out value);
            if (valid) expectations.Add(new Expectation(parts[0], assignment[0], value, i + 1));
            else failures.Add(a.Fail(ConformanceCheck.CodeLists, $"{a.Relative(checksFile)} line {i + 1}",
                "not an expectation: write `<record id> <canonical pointer> = <JSON value>`, e.g. `SGF-2024-000123 /offences/0/iccsCode = \"0901\"`"));
        }
        return expectations;
    }

    private static bool TryParse(string json, out JsonNode? value)
    {
        try
        {
            value = JsonNode.Parse(json);
            return true;
        }
        catch (JsonException)
        {
            value = null;
            return false;
        }
    }
}
