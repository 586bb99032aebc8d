using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// The canonical document and lineage of every accepted request match <c>samples/&lt;id&gt;/expected/</c>, reported
/// leaf by leaf. Goldens pin today's output; they cannot tell a right mapping from a wrong one, which is why the
/// other checks do not read them.
/// </summary>
internal static class GoldenCheck
{
    public static IReadOnlyDictionary<string, string> Produce(AdapterUnderTest a)
    {
        var produced = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var outcome in a.Accepted)
        {
            var request = outcome.Record.Request!;
            produced[request.RequestId + ".json"] = outcome.CanonicalJson!;
            produced[request.RequestId + ".lineage.json"] = CanonicalJson.SerializeValue(new LineageDocument
            {
                RequestId = request.RequestId,
                SourceFile = request.Provenance.SourceFile,
                Entries = outcome.Record.Lineage,
            });
        }
        return produced;
    }

    /// <summary>Rewrites the request goldens and, for a response adapter, the response goldens (one switch per adapter).</summary>
    public static void Write(AdapterUnderTest a)
    {
        Write(a.Expected, Produce(a));
        if (a.ResponseAdapter is not null) Write(a.ResponseExpected, ResponseChecks.ProduceGoldens(a));
    }

    public static void Write(string folder, IReadOnlyDictionary<string, string> produced)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        // Indented with the canonical escaping, so a reviewer reads the diff of a deliberate change (accents kept).
        foreach (var (name, json) in produced)
            File.WriteAllText(Path.Combine(folder, name), JsonNode.Parse(json)!.ToJsonString(CanonicalJson.Options) + "\n");
    }

    public static IEnumerable<ConformanceFailure> Run(AdapterUnderTest a) => Compare(a, ConformanceCheck.Goldens, a.Expected, Produce(a));

    /// <summary>The files of <paramref name="folder"/> against <paramref name="produced"/> (file name → JSON), differences by JSON path.</summary>
    public static IEnumerable<ConformanceFailure> Compare(AdapterUnderTest a, string check, string folder, IReadOnlyDictionary<string, string> produced)
    {
        var goldens = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        var update = $"if the change is deliberate, run with {GoldenUpdate.Variable}={a.Id} and review the diff";
        foreach (var (name, json) in produced)
        {
            var location = a.Relative(Path.Combine(folder, name));
            if (!goldens.Contains(name))
            {
                yield return a.Fail(check, location, $"no golden file for this output: {update}");
                continue;
            }
            foreach (var difference in JsonDiff.Compare(JsonNode.Parse(File.ReadAllText(Path.Combine(folder, name))), JsonNode.Parse(json)))
                yield return a.Fail(check, location, $"{difference}; {update}");
        }
        foreach (var name in goldens.Except(produced.Keys).Order(StringComparer.Ordinal))
            yield return a.Fail(check, a.Relative(Path.Combine(folder, name)), $"golden file of no output the samples produce: {update}");
    }
}
