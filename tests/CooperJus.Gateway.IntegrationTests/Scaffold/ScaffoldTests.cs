using System.Diagnostics;
using System.Globalization;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Scaffold;

/// <summary>
/// <c>cooperjus adapters new</c> end to end, as a new country's author meets it (docs/adding-a-country.md): in a copy
/// of the repository's build parts, the real command scaffolds an adapter of every shape; the bare scaffolds build
/// with warnings as errors and fail the conformance tests with messages that say what to fill in; then the files of a
/// made-up country (<c>Scaffold/MadeUpCountry/</c>: renamed fields, code lists, samples, goldens, README) are copied
/// over one of them, as its author would write them, and it passes. Two builds in all: every bare scaffold at once,
/// then the filled one.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ScaffoldTests
{
    // No country the project plans an adapter for (PE BR CL EC SV GT HN PA PY UY CU ES): the test must not collide
    // with a real adapter, here or in the repository it checks is left alone.
    private const string MadeUpId = "BO";
    private const string MadeUpCountry = "tests/CooperJus.Gateway.IntegrationTests/Scaffold/MadeUpCountry";
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);
    private static readonly (string Shape, string Id)[] Shapes = [("csv", MadeUpId), ("json", "AR"), ("jsonl", "MX"), ("xml", "CO"), ("custom", "DO")];

    // The tests of the shared AdapterConformanceFixture (tests/CooperJus.Gateway.Adapters.Testing) a bare scaffold fails.
    private static readonly string[] BareFailures =
    [
        "Nothing_the_scaffold_leaves_to_fill_in_is_left", "Good_samples_translate_without_errors_into_valid_documents",
        "Every_field_filled_in_a_good_sample_is_read_or_listed_as_not_carried",
    ];

    private static readonly string[] BarePasses =
    [
        "Lineage_covers_every_filled_field", "Bad_samples_are_rejected_with_their_expected_located_errors",
        "Rendering_the_good_samples_and_reading_them_back_gives_the_same_requests", "Outputs_match_the_golden_files",
        "Every_lineage_source_names_a_value_that_stands_there_in_the_sample", "No_document_with_a_check_digit_rule_comes_out_unverified",
        "The_readme_rule_table_and_the_bad_samples_name_the_same_rules", "Code_lists_give_the_hand_written_expectations_of_the_samples",
        "Requests_of_other_countries_render_and_whatever_is_lost_is_reported",
    ];

    // The fixture's response checks: a scaffold reads no national responses (no IResponseAdapter), so they are ignored.
    private static readonly string[] ResponseChecks =
    [
        "Good_response_samples_translate_without_errors_into_valid_documents", "Response_lineage_covers_every_filled_field",
        "Every_response_lineage_source_names_a_value_that_stands_there_in_the_sample", "Responses_match_the_golden_files",
        "Bad_response_samples_are_rejected_with_their_expected_located_errors",
        "Rendering_the_good_responses_and_reading_them_back_gives_the_same_responses",
        "Responses_of_other_countries_render_and_whatever_is_lost_is_reported",
    ];

    private readonly Dictionary<string, CliRunner.Result> _created = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, TestRunResults.Outcome>> _bare = new(StringComparer.Ordinal);
    private ScaffoldedRepository _repository = null!;
    private SortedDictionary<string, string> _sourceBefore = null!;
    private List<string> _scaffoldedFiles = null!;
    private ExternalCommand.Result _bareBuild = null!;
    private ExternalCommand.Result _filledBuild = null!;
    private IReadOnlyDictionary<string, TestRunResults.Outcome> _filled = new Dictionary<string, TestRunResults.Outcome>();

    [OneTimeSetUp]
    public void Scaffold_every_shape_build_and_test_them_then_fill_in_the_made_up_country()
    {
        var clock = Stopwatch.StartNew();
        _repository = new ScaffoldedRepository();
        _sourceBefore = _repository.Hashes("src");
        foreach (var (shape, id) in Shapes)
            _created[id] = CliRunner.RunIn(_repository.Root, "adapters", "new", "--id", id, "--shape", shape, "--name", "Fiscalía de Ejemplo", "--system", "SAF");
        Assert.That(_created.Values.Select(r => r.ExitCode), Is.All.EqualTo(0), string.Join(Environment.NewLine, _created.Values.Select(r => r.All)));
        _scaffoldedFiles = [.. new[] { "adapters", "samples" }.SelectMany(f => Directory.EnumerateFiles(_repository.PathOf(f), "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(_repository.Root, f).Replace('\\', '/'))];
        var scaffolded = clock.Elapsed;

        File.WriteAllText(_repository.PathOf("scaffolded.slnf"), SolutionFilter(Shapes.Select(s => s.Id)));
        _bareBuild = _repository.Dotnet(BuildTimeout, "build", "scaffolded.slnf", "--disable-build-servers", "-v", "q");
        var bareBuilt = clock.Elapsed;
        if (_bareBuild.ExitCode == 0)
            foreach (var (_, id) in Shapes) _bare[id] = RunTests(id, "bare");
        var bareTested = clock.Elapsed;

        // The author replaces the template's samples with the export's own, and fills in the rest.
        Directory.Delete(_repository.PathOf($"samples/{MadeUpId}"), recursive: true);
        _repository.CopyOver(Path.Combine(RepositoryPaths.Root, MadeUpCountry));
        _filledBuild = _repository.Dotnet(BuildTimeout, "build", $"adapters/{MadeUpId}/CooperJus.Adapters.{MadeUpId}.Tests", "--disable-build-servers", "-v", "q");
        if (_filledBuild.ExitCode == 0) _filled = RunTests(MadeUpId, "filled");
        TestContext.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scaffold x{Shapes.Length}: {scaffolded.TotalSeconds:0.0} s; bare build: {(bareBuilt - scaffolded).TotalSeconds:0.0} s; bare conformance x{Shapes.Length}: {(bareTested - bareBuilt).TotalSeconds:0.0} s; filled build and conformance: {(clock.Elapsed - bareTested).TotalSeconds:0.0} s; total {clock.Elapsed.TotalSeconds:0.0} s"));
    }

    [OneTimeTearDown]
    public void Remove_the_copy() => _repository?.Dispose();

    [Test]
    public void Creates_the_plugin_its_tests_code_lists_readme_and_samples()
    {
        string[] expected =
        [
            "adapters/BO/CooperJus.Adapters.BO/CooperJus.Adapters.BO.csproj", "adapters/BO/CooperJus.Adapters.BO/BoliviaAdapter.cs",
            "adapters/BO/CooperJus.Adapters.BO/Reading/RecordReader.cs", "adapters/BO/CooperJus.Adapters.BO/Mapping/RequestMapper.cs",
            "adapters/BO/CooperJus.Adapters.BO/Rendering/RecordWriter.cs", "adapters/BO/CooperJus.Adapters.BO/Rendering/NationalCarriedPaths.cs",
            "adapters/BO/CooperJus.Adapters.BO/codelists/offences.csv", "adapters/BO/CooperJus.Adapters.BO/codelists/measures.csv",
            "adapters/BO/CooperJus.Adapters.BO/codelists/roles.csv",
            "adapters/BO/CooperJus.Adapters.BO.Tests/CooperJus.Adapters.BO.Tests.csproj", "adapters/BO/CooperJus.Adapters.BO.Tests/BoliviaConformanceTests.cs",
            "adapters/BO/README.md", "samples/BO/requests_2024_sample.csv",
            "samples/BO/bad/requests_bad_required.csv", "samples/BO/bad/requests_bad_required.csv.expect",
            "samples/AR/requests_2024_sample.json", "samples/MX/requests_2024_sample.jsonl", "samples/CO/requests_2024_sample.xml", "samples/DO/requests_2024_sample.txt",
        ];
        Assert.That(_scaffoldedFiles, Is.SupersetOf(expected));
        Assert.That(_scaffoldedFiles.Where(f => f.Contains("__", StringComparison.Ordinal)), Is.Empty, "placeholders left in file names");
        foreach (var (_, id) in Shapes)
            Assert.That(_created[id].Output, Does.Contain($"adapters/{id}/README.md").And.Contain($"dotnet test adapters/{id}/CooperJus.Adapters.{id}.Tests"));
    }

    [Test]
    public void Adds_both_projects_of_every_new_adapter_to_the_solution()
    {
        var solution = File.ReadAllText(_repository.PathOf("CooperJus.Gateway.sln"));
        foreach (var (_, id) in Shapes)
        {
            Assert.That(solution, Does.Contain($@"adapters\{id}\CooperJus.Adapters.{id}\CooperJus.Adapters.{id}.csproj"));
            Assert.That(solution, Does.Contain($@"adapters\{id}\CooperJus.Adapters.{id}.Tests\CooperJus.Adapters.{id}.Tests.csproj"));
        }
    }

    [Test]
    public void Every_shape_builds_with_warnings_as_errors_and_loads_as_a_plugin()
    {
        Assert.That(_bareBuild.ExitCode, Is.Zero, _bareBuild.ToString());
        Assert.That(_bareBuild.All, Does.Not.Contain("warning"), "the templates must build clean");
        var catalog = Catalogs.Load(_repository.PathOf("artifacts/adapters"));
        foreach (var (_, id) in Shapes)
        {
            var registration = catalog.FindRegistration(id);
            Assert.That(registration, Is.Not.Null, $"adapters/{id} was not built into artifacts/adapters");
            Assert.That(registration!.LoadProblem, Is.Null, id);
            Assert.That(registration.Adapter!.GetType().IsSealed, Is.True, $"{id}: adapters are sealed");
            Assert.That(_bare[id].Keys, Is.EquivalentTo(BareFailures.Concat(BarePasses).Concat(ResponseChecks)), $"{id}: the test project runs the whole conformance fixture");
        }
    }

    [Test]
    public void Bare_scaffold_fails_the_conformance_tests_saying_what_to_fill_in_next()
    {
        Assert.That(_bareBuild.ExitCode, Is.Zero, _bareBuild.ToString());
        foreach (var (_, id) in Shapes)
        {
            var results = _bare[id];
            Assert.That(BareFailures.Select(t => results[t].Result), Is.All.EqualTo("Failed"), id);
            Assert.That(BarePasses.Select(t => results[t].Result), Is.All.EqualTo("Passed"), $"{id}: {string.Join(Environment.NewLine, BarePasses.Select(t => results[t].Message))}");
            Assert.That(results["Nothing_the_scaffold_leaves_to_fill_in_is_left"].Message,
                Does.Contain($"[filled-in] adapters/{id}/CooperJus.Adapters.{id}/codelists/measures.csv: the code list has no entry: add one line per national code")
                    .And.Contain($"[filled-in] adapters/{id}/README.md line 7: a note left to fill in: **Fill in:** say which office uses SAF"));
            Assert.That(results["Good_samples_translate_without_errors_into_valid_documents"].Message,
                Does.Contain("'INFORMACION_BANCARIA' is not in code list 'measures'").And.Contain($"add the national code to the code list it names, in adapters/{id}/CooperJus.Adapters.{id}/codelists/"));
            Assert.That(results["Every_field_filled_in_a_good_sample_is_read_or_listed_as_not_carried"].Message,
                Does.Contain("no request of this sample is accepted, so which of its fields are read cannot be told: make the sample pass `good-samples` first"));
        }
    }

    [Test]
    public void Filled_in_made_up_country_passes_the_conformance_tests()
    {
        Assert.That(_filledBuild.ExitCode, Is.Zero, _filledBuild.ToString());
        Assert.That(_filled.Keys, Is.EquivalentTo(BareFailures.Concat(BarePasses).Concat(ResponseChecks)));
        Assert.That(_filled.Where(r => !ResponseChecks.Contains(r.Key) && r.Value.Result != "Passed").Select(r => $"{r.Key}: {r.Value.Message}"), Is.Empty);
        Assert.That(ResponseChecks.Select(t => _filled[t].Result), Is.All.Not.EqualTo("Failed"), "a country without national responses has no response check to fail");
    }

    [Test]
    public void Scaffolding_building_and_testing_change_nothing_under_src()
    {
        Assert.That(_repository.Hashes("src"), Is.EqualTo(_sourceBefore));
        Assert.That(Directory.Exists(Path.Combine(RepositoryPaths.Adapters, MadeUpId)), Is.False, "the repository the tests run from is left alone");
    }

    [Test]
    public void Refuses_to_overwrite_an_existing_adapter()
    {
        var before = _repository.Hashes($"adapters/{MadeUpId}");
        var result = CliRunner.RunIn(_repository.Root, "adapters", "new", "--id", MadeUpId, "--shape", "json");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain($"adapters/{MadeUpId} and samples/{MadeUpId} already exist(s)").And.Contain("nothing was written"));
        Assert.That(_repository.Hashes($"adapters/{MadeUpId}"), Is.EqualTo(before));
    }

    [TestCase("bo", "must be two upper-case letters")]
    [TestCase("BOL", "must be two upper-case letters")]
    [TestCase("QQ", "is not an ISO 3166-1 country the SDK knows")]
    public void Refuses_an_id_that_is_not_the_code_of_a_known_country(string id, string reason)
    {
        var result = CliRunner.RunIn(_repository.Root, "adapters", "new", "--id", id, "--shape", "csv");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain($"--id '{id}' {reason}"));
        Assert.That(Directory.Exists(_repository.PathOf($"adapters/{id}")), Is.False);
    }

    [Test]
    public void Refuses_a_shape_it_has_no_template_for()
    {
        var result = CliRunner.RunIn(_repository.Root, "adapters", "new", "--id", "VE", "--shape", "yaml");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain("yaml"));
        Assert.That(Directory.Exists(_repository.PathOf("adapters/VE")), Is.False);
    }

    private IReadOnlyDictionary<string, TestRunResults.Outcome> RunTests(string id, string label)
    {
        var results = _repository.PathOf("results");
        var file = $"{label}-{id}.trx";
        var run = _repository.Dotnet(BuildTimeout, "test", $"adapters/{id}/CooperJus.Adapters.{id}.Tests", "--no-build", "--logger", $"trx;LogFileName={file}", "--results-directory", results);
        var trx = Path.Combine(results, file);
        Assert.That(File.Exists(trx), Is.True, $"dotnet test wrote no results for {id}: {run}");
        return TestRunResults.Read(trx);
    }

    private static string SolutionFilter(IEnumerable<string> ids) =>
        $$"""
        { "solution": { "path": "CooperJus.Gateway.sln", "projects": [ {{string.Join(", ", ids.Select(id => $"\"adapters\\\\{id}\\\\CooperJus.Adapters.{id}.Tests\\\\CooperJus.Adapters.{id}.Tests.csproj\""))}} ] } }
        """;
}
