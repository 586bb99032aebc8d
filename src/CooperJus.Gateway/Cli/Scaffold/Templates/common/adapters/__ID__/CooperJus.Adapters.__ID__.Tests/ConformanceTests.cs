using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CooperJus.Adapters.__ID__.Tests.Support;
using CooperJus.Gateway.Core.Plugins;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Adapters.__ID__.Tests;

/// <summary>
/// What every adapter must do, checked on the __ID__ plugin as built into <c>artifacts/adapters/__ID__</c>, its samples
/// and its README. A failure says what to fill in next (docs/adding-a-country.md walks through them in order).
/// Set COOPERJUS_UPDATE_GOLDEN=1 to write the golden files from the good samples (then review them).
/// </summary>
[TestFixture]
public sealed partial class ConformanceTests
{
    private const string Id = AdapterFolders.Id;
    private const string GoldenCommand = $"COOPERJUS_UPDATE_GOLDEN=1 dotnet test adapters/{Id}/CooperJus.Adapters.{Id}.Tests --filter FullyQualifiedName~golden_files";

    private static readonly Lazy<AdapterCatalog> Catalog = new(() => AdapterCatalog.Load(AdapterFolders.BuiltAdapters, AdapterContext.ForDirectory));
    private static readonly Lazy<Translator> Translator = new(() => new Translator(RequestValidator.CreateDefault()));

    private static bool UpdateGolden => Environment.GetEnvironmentVariable("COOPERJUS_UPDATE_GOLDEN") == "1";

    private static ICountryAdapter Adapter =>
        Catalog.Value.Find(Id) ?? throw new AssertionException($"adapter {Id} is not loaded from {AdapterFolders.BuiltAdapters}: build it (dotnet build adapters/{Id}/CooperJus.Adapters.{Id})");

    private static IReadOnlyList<string> GoodFiles =>
        Adapter.Descriptor.FilePatterns.SelectMany(p => Directory.Exists(AdapterFolders.Samples) ? Directory.EnumerateFiles(AdapterFolders.Samples, p) : [])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static IReadOnlyList<string> BadFiles => Directory.Exists(AdapterFolders.Bad)
        ? Directory.EnumerateFiles(AdapterFolders.Bad).Where(f => !f.EndsWith(".expect", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
        : [];

    [Test]
    public void Adapter_is_built_and_loads_as_a_plugin()
    {
        var registration = Catalog.Value.FindRegistration(Id);
        Assert.That(registration, Is.Not.Null, $"adapters/{Id} was not built into {AdapterFolders.BuiltAdapters}: dotnet build adapters/{Id}/CooperJus.Adapters.{Id}");
        Assert.That(registration!.LoadProblem, Is.Null, $"adapters/{Id} does not load as a plugin");
        Assert.That(registration.Descriptor!.Id, Is.EqualTo(Id));
        Assert.That(registration.Adapter!.GetType().IsSealed, Is.True, "adapters are sealed");
    }

    [Test]
    public void Code_lists_have_entries()
    {
        var empty = Directory.EnumerateFiles(AdapterFolders.CodeLists, "*.csv").Order(StringComparer.Ordinal)
            .Where(f => new CodeListSource(AdapterFolders.CodeLists).Load(Path.GetFileNameWithoutExtension(f)).Entries.Count == 0)
            .Select(f => $"adapters/{Id}/CooperJus.Adapters.{Id}/codelists/{Path.GetFileName(f)} has no entry yet: add one line per national code (the commented line shows the columns)")
            .ToList();
        Assert.That(empty, Is.Empty, string.Join(Environment.NewLine, empty));
    }

    [Test]
    public void Readme_has_nothing_left_to_fill_in()
    {
        var lines = File.ReadAllLines(AdapterFolders.Readme);
        var notes = lines.Select((text, i) => (text, line: i + 1)).Where(l => l.text.Contains("Fill in:", StringComparison.Ordinal))
            .Select(l => $"adapters/{Id}/README.md line {l.line}: {l.text.Trim()}").ToList();
        Assert.That(notes, Is.Empty, $"adapters/{Id}/README.md still has {notes.Count} 'Fill in:' notes to replace:{Environment.NewLine}{string.Join(Environment.NewLine, notes)}");
    }

    [Test]
    public void Readme_rule_table_lists_every_rule_of_the_bad_samples()
    {
        var rules = ReadmeRules(File.ReadAllLines(AdapterFolders.Readme));
        Assert.That(rules, Is.Not.Null, $"adapters/{Id}/README.md has no rule table: add a table headed | rule | severity | meaning |");
        var expected = BadFiles.SelectMany(f => ExpectedRules(f + ".expect")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.That(rules, Is.Not.Empty, $"adapters/{Id}/README.md: the rule table (| rule | severity | meaning |) lists no rule: add one row per rule the adapter reports, at least {string.Join(", ", expected)} (the rules samples/{Id}/bad expects)");
        var missing = expected.Except(rules!, StringComparer.Ordinal).ToList();
        Assert.That(missing, Is.Empty, $"adapters/{Id}/README.md: the rule table does not list {string.Join(", ", missing)}, which samples/{Id}/bad expects");
    }

    [Test]
    public void Has_good_samples_and_bad_samples()
    {
        Assert.That(GoodFiles, Is.Not.Empty, $"samples/{Id} has no file matching {string.Join(", ", Adapter.Descriptor.FilePatterns)}: add a good sample export");
        Assert.That(BadFiles, Is.Not.Empty, $"samples/{Id}/bad has no bad sample: add one file per rule, each with a .expect naming the rule");
    }

    [Test]
    public void Good_samples_translate_without_errors_into_valid_documents()
    {
        foreach (var file in GoodFiles)
        {
            var outcomes = Translate(file);
            var errors = outcomes.SelectMany(o => o.Problems).Where(p => p.IsError).Select(p => p.ToString()).ToList();
            Assert.That(errors, Is.Empty, $"samples/{Id}/{Path.GetFileName(file)} is a good sample but has errors (fill in the code lists, or fix the mapping):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
            Assert.That(outcomes.Count(o => o.IsAccepted), Is.GreaterThanOrEqualTo(1), $"samples/{Id}/{Path.GetFileName(file)} produced no request");
        }
    }

    [Test]
    public void Lineage_covers_every_filled_field()
    {
        foreach (var outcome in GoodFiles.SelectMany(Translate).Where(o => o.IsAccepted))
        {
            var uncovered = LineageCoverage.UncoveredLeaves(outcome.CanonicalJson!, outcome.Record.Lineage);
            Assert.That(uncovered, Is.Empty, $"request {outcome.Record.RecordId}: canonical fields without lineage (record them through RecordScope)");
            Assert.That(outcome.Record.OriginalText, Is.Not.Null.And.Not.Empty, $"request {outcome.Record.RecordId} keeps no original text");
        }
    }

    [Test]
    public void Canonical_outputs_match_the_golden_files()
    {
        var produced = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var outcome in GoodFiles.SelectMany(Translate).Where(o => o.IsAccepted))
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
        if (UpdateGolden) WriteGolden(produced);
        var expected = Directory.Exists(AdapterFolders.Expected)
            ? Directory.EnumerateFiles(AdapterFolders.Expected).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        Assert.That(expected, Is.Not.Empty, $"samples/{Id}/expected has no golden: run {GoldenCommand}, then review samples/{Id}/expected");
        Assert.That(produced.Keys, Is.EqualTo(expected), $"samples/{Id}/expected does not match the good samples: after a deliberate change run {GoldenCommand} and review the diff");
        foreach (var (name, json) in produced)
            Assert.That(Normalize(json), Is.EqualTo(Normalize(File.ReadAllText(Path.Combine(AdapterFolders.Expected, name)))), $"samples/{Id}/expected/{name}");
    }

    [Test]
    public void Bad_samples_are_rejected_with_their_expected_located_errors()
    {
        foreach (var file in BadFiles)
        {
            var name = Path.GetFileName(file);
            Assert.That(File.Exists(file + ".expect"), Is.True, $"samples/{Id}/bad/{name} needs a {name}.expect listing the rules it breaks");
            var expected = ExpectedRules(file + ".expect");
            Assert.That(expected, Is.Not.Empty, $"samples/{Id}/bad/{name}.expect names no rule");
            var outcomes = Translate(file);
            var errors = outcomes.SelectMany(o => o.Problems).Where(p => p.IsError).ToList();
            Assert.That(errors.Select(e => e.Rule), Is.SupersetOf(expected), $"samples/{Id}/bad/{name}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
            foreach (var error in errors)
            {
                Assert.That(error.Source?.File, Is.EqualTo(name), $"error without its file: {error}");
                Assert.That(error.Source!.Row ?? error.Source.Line ?? (error.Source.Path is null ? null : 0L), Is.Not.Null, $"error without row, line or path: {error}");
            }
            Assert.That(outcomes.Where(o => !o.IsAccepted && !o.IsFileProblem).Select(o => o.Record.OriginalText), Is.All.Not.Null, "rejected records keep their original text");
        }
    }

    [Test]
    public void Rendering_the_good_samples_and_reading_them_back_gives_the_same_requests()
    {
        var requests = GoodFiles.SelectMany(Translate).Where(o => o.IsAccepted).Select(o => o.Record.Request!).ToList();
        // With no good request there is nothing to render: the good-sample test says why.
        if (requests.Count == 0) return;
        using var national = new MemoryStream();
        var report = Adapter.Render(requests, national);
        TestContext.Out.WriteLine($"{report.RequestsWritten} requests rendered, {report.Warnings.Count} render warnings");
        var name = Adapter.Descriptor.FilePatterns[0].Replace("*", "roundtrip", StringComparison.Ordinal);
        var reread = Adapter.Read(SourceFile.FromBytes(name, national.ToArray())).ToList();
        Assert.That(reread.SelectMany(r => r.Problems).Where(p => p.IsError).Select(p => p.ToString()), Is.Empty, "the rendered file reads back with errors");
        Assert.That(reread.Select(r => WithoutProvenance(r.Request!)), Is.EqualTo(requests.Select(WithoutProvenance)), "rendering and reading back changes the requests");
    }

    private static List<TranslationOutcome> Translate(string file) => Translator.Value.Translate(Adapter, SourceFile.FromPath(file)).ToList();

    private static List<string> ExpectedRules(string expectFile) => File.Exists(expectFile)
        ? File.ReadAllLines(expectFile).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList()
        : [];

    /// <summary>The rules of the README's table headed <c>| rule | severity | meaning |</c>, or null when it has none.</summary>
    private static List<string>? ReadmeRules(string[] lines)
    {
        var header = Array.FindIndex(lines, l => RuleTableHeader().IsMatch(l));
        if (header < 0) return null;
        return lines.Skip(header + 2).TakeWhile(l => l.TrimStart().StartsWith('|'))
            .Select(l => l.Trim().Trim('|').Split('|')[0].Trim().Trim('`').Trim())
            .Where(rule => rule.Length > 0)
            .ToList();
    }

    private static string WithoutProvenance(Gateway.Sdk.Model.CooperationRequest request)
    {
        var node = JsonNode.Parse(CanonicalJson.Serialize(request))!.AsObject();
        node.Remove("provenance");
        return node.ToJsonString();
    }

    private static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static void WriteGolden(SortedDictionary<string, string> produced)
    {
        if (Directory.Exists(AdapterFolders.Expected)) Directory.Delete(AdapterFolders.Expected, recursive: true);
        Directory.CreateDirectory(AdapterFolders.Expected);
        foreach (var (name, json) in produced)
            File.WriteAllText(Path.Combine(AdapterFolders.Expected, name), JsonNode.Parse(json)!.ToJsonString(CanonicalJson.Options) + "\n");
    }

    [GeneratedRegex(@"^\|\s*rule\s*\|\s*severity\s*\|\s*meaning\s*\|\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleTableHeader();
}
