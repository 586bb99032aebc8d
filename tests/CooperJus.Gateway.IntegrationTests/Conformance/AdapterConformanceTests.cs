using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.IntegrationTests.Conformance;

/// <summary>
/// What every adapter under <c>adapters/</c> must do, checked through the real plugin built into
/// <c>artifacts/adapters/</c>. A new country gets all of these by adding its folder and samples: nothing to register.
/// Set COOPERJUS_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change (then review the diff).
/// </summary>
[TestFixture]
public sealed class AdapterConformanceTests
{
    private static bool UpdateGolden => Environment.GetEnvironmentVariable("COOPERJUS_UPDATE_GOLDEN") == "1";

    private static IEnumerable<string> AdapterIds() => SampleSet.AdapterIds();

    private static IEnumerable<TestCaseData> BadSamples() => SampleSet.BadSamples();

    [TestCaseSource(nameof(AdapterIds))]
    public void Adapter_is_built_and_loads_as_a_plugin(string id)
    {
        var registration = Catalogs.BuiltAdapters.FindRegistration(id);
        Assert.That(registration, Is.Not.Null, $"adapters/{id} was not built into {RepositoryPaths.BuiltAdapters}");
        Assert.That(registration!.LoadProblem, Is.Null);
        Assert.That(registration.Descriptor!.Id, Is.EqualTo(id));
        Assert.That(registration.Adapter!.GetType().IsSealed, Is.True, "adapters are sealed");
    }

    [TestCaseSource(nameof(AdapterIds))]
    public void Has_good_samples_and_bad_samples(string id)
    {
        var samples = new SampleSet(id);
        Assert.That(samples.GoodFiles, Is.Not.Empty, $"samples/{id} has no file matching the adapter's patterns");
        Assert.That(samples.BadFiles, Is.Not.Empty, $"samples/{id}/bad has no bad sample");
    }

    [TestCaseSource(nameof(AdapterIds))]
    public void Good_samples_translate_without_errors_into_valid_documents(string id)
    {
        var samples = new SampleSet(id);
        foreach (var file in samples.GoodFiles)
        {
            var outcomes = SampleSet.Translate(samples.Adapter, file);
            Assert.That(outcomes.Where(o => o.IsAccepted).Count(), Is.GreaterThanOrEqualTo(1), $"{file} produced no request");
            var errors = outcomes.SelectMany(o => o.Problems).Where(p => p.IsError).Select(p => p.ToString());
            Assert.That(errors, Is.Empty, $"errors in good sample {file}");
        }
    }

    [TestCaseSource(nameof(AdapterIds))]
    public void Lineage_covers_every_filled_field(string id)
    {
        var samples = new SampleSet(id);
        foreach (var outcome in samples.GoodFiles.SelectMany(f => SampleSet.Translate(samples.Adapter, f)).Where(o => o.IsAccepted))
        {
            var uncovered = LineageCoverage.UncoveredLeaves(outcome.CanonicalJson!, outcome.Record.Lineage);
            Assert.That(uncovered, Is.Empty, $"request {outcome.Record.RecordId}: canonical fields without lineage");
            Assert.That(outcome.Record.OriginalText, Is.Not.Null.And.Not.Empty, $"request {outcome.Record.RecordId} keeps no original text");
        }
    }

    [TestCaseSource(nameof(AdapterIds))]
    public void Canonical_outputs_match_the_golden_files(string id)
    {
        var samples = new SampleSet(id);
        var produced = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var outcome in samples.GoodFiles.SelectMany(f => SampleSet.Translate(samples.Adapter, f)).Where(o => o.IsAccepted))
        {
            var requestId = outcome.Record.Request!.RequestId;
            produced[requestId + ".json"] = outcome.CanonicalJson!;
            produced[requestId + ".lineage.json"] = CanonicalJson.SerializeValue(new LineageDocument
            {
                RequestId = requestId,
                SourceFile = outcome.Record.Request.Provenance.SourceFile,
                Entries = outcome.Record.Lineage,
            });
        }
        if (UpdateGolden) WriteGolden(samples.ExpectedFolder, produced);
        var expectedFiles = Directory.Exists(samples.ExpectedFolder)
            ? Directory.EnumerateFiles(samples.ExpectedFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        Assert.That(produced.Keys.Order(StringComparer.Ordinal), Is.EqualTo(expectedFiles), "golden files (set COOPERJUS_UPDATE_GOLDEN=1 to regenerate)");
        foreach (var (name, json) in produced)
            Assert.That(Normalize(json), Is.EqualTo(Normalize(File.ReadAllText(Path.Combine(samples.ExpectedFolder, name)))), $"{id}/expected/{name}");
    }

    [TestCaseSource(nameof(BadSamples))]
    public void Bad_sample_is_rejected_with_its_expected_located_errors(string id, string fileName)
    {
        var samples = new SampleSet(id);
        var file = Path.Combine(samples.BadFolder, fileName);
        var expectPath = file + ".expect";
        Assert.That(File.Exists(expectPath), Is.True, $"{fileName} needs a {fileName}.expect listing the rules it breaks");
        var expectedRules = File.ReadAllLines(expectPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        var outcomes = SampleSet.Translate(samples.Adapter, file);
        var errors = outcomes.SelectMany(o => o.Problems).Where(p => p.IsError).ToList();

        Assert.That(errors.Select(e => e.Rule), Is.SupersetOf(expectedRules), string.Join(Environment.NewLine, errors));
        foreach (var error in errors)
        {
            Assert.That(error.Source, Is.Not.Null, $"error without a source location: {error}");
            Assert.That(error.Source!.File, Is.EqualTo(fileName), error.ToString());
            Assert.That(error.Source.Row ?? error.Source.Line ?? (error.Source.Path is null ? null : 0L), Is.Not.Null, $"error without row, line or path: {error}");
        }
        Assert.That(outcomes.Where(o => !o.IsAccepted && !o.IsFileProblem).Select(o => o.Record.OriginalText), Is.All.Not.Null, "rejected records keep their original text");
    }

    [TestCaseSource(nameof(AdapterIds))]
    public void Rendering_the_good_samples_and_reading_them_back_gives_the_same_requests(string id)
    {
        var samples = new SampleSet(id);
        var requests = samples.GoodFiles.SelectMany(f => SampleSet.Translate(samples.Adapter, f)).Where(o => o.IsAccepted).Select(o => o.Record.Request!).ToList();
        foreach (var group in requests.GroupBy(r => r.CreatedAt))
        {
            using var national = new MemoryStream();
            samples.Adapter.Render([.. group], national);
            var name = samples.Adapter.Descriptor.FilePatterns[0].Replace("*", "roundtrip", StringComparison.Ordinal);
            var reread = samples.Adapter.Read(SourceFile.FromBytes(name, national.ToArray())).ToList();
            Assert.That(reread.SelectMany(r => r.Problems).Where(p => p.IsError).Select(p => p.ToString()), Is.Empty);
            Assert.That(reread.Select(r => WithoutProvenance(r.Request!)), Is.EqualTo(group.Select(WithoutProvenance)));
        }
    }

    private static string WithoutProvenance(Sdk.Model.CooperationRequest request)
    {
        var node = JsonNode.Parse(CanonicalJson.Serialize(request))!.AsObject();
        node.Remove("provenance");
        return node.ToJsonString();
    }

    private static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static void WriteGolden(string folder, Dictionary<string, string> produced)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        // Indented with the canonical escaping, so a reviewer reads the diff of a deliberate change (accents kept).
        foreach (var (name, json) in produced) File.WriteAllText(Path.Combine(folder, name), JsonNode.Parse(json)!.ToJsonString(CanonicalJson.Options) + "\n");
    }
}
