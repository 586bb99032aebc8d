using System.Text.Json.Nodes;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Cli;

/// <summary>The `cooperjus` executable as an operator uses it: real process, real files, exit codes 0 / 1 / 2.</summary>
[TestFixture]
public sealed class CliTests
{
    private TemporaryFolder _output = null!;

    [SetUp]
    public void CreateFolder() => _output = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => _output.Dispose();

    private static string Adapters => RepositoryPaths.BuiltAdapters;

    [Test]
    public void Adapters_lists_the_three_reference_adapters()
    {
        var result = CliRunner.Run("adapters", "--adapters", Adapters);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        Assert.That(result.Output, Does.Contain("PE ").And.Contain("BR ").And.Contain("ES ").And.Contain("sgf-csv"));
    }

    [TestCase("PE")]
    [TestCase("BR")]
    [TestCase("ES")]
    public void Translate_writes_a_canonical_document_and_its_lineage_per_request(string adapter)
    {
        var result = CliRunner.Run("translate", "--adapter", adapter, "--input", Path.Combine(RepositoryPaths.Samples, adapter), "--output", _output.Path, "--adapters", Adapters);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        var documents = Directory.GetFiles(_output.Path, "*.json").Where(f => !f.EndsWith(".lineage.json", StringComparison.Ordinal) && !f.EndsWith("translation-report.json", StringComparison.Ordinal)).ToList();
        Assert.That(documents, Is.Not.Empty);
        Assert.That(documents.Select(d => Path.ChangeExtension(d, ".lineage.json")), Is.All.Matches<string>(File.Exists));
        Assert.That(File.Exists(Path.Combine(_output.Path, "translation-report.txt")), Is.True);
        Assert.That(result.Output, Does.Contain("0 rejected"));
    }

    [Test]
    public void Translate_exits_1_and_reports_located_reasons_when_records_are_rejected()
    {
        var bad = Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "PE", "bad"), "*.csv").First(f => File.ReadAllText(f + ".expect").Contains("identity.check-digit", StringComparison.Ordinal));

        var result = CliRunner.Run("translate", "--adapter", "PE", "--input", bad, "--output", _output.Path, "--adapters", Adapters);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.All);
        var report = File.ReadAllText(Path.Combine(_output.Path, "translation-report.txt"));
        Assert.That(report, Does.Contain(Path.GetFileName(bad)).And.Contain("row ").And.Contain("identity.check-digit"));
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(_output.Path, "translation-report.json")))!;
        var rejected = json["records"]!.AsArray().First(r => (string?)r!["outcome"] == "rejected")!;
        Assert.That(File.Exists(Path.Combine(_output.Path, (string)rejected["quarantinedAs"]!)), Is.True, "the rejected original is kept");
    }

    [Test]
    public void Translate_of_random_bytes_exits_1_with_a_reason_and_no_stack_trace()
    {
        var garbage = _output.Combine("solicitudes_garbage.csv");
        File.WriteAllBytes(garbage, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray());

        var result = CliRunner.Run("translate", "--adapter", "PE", "--input", garbage, "--output", _output.Combine("out"), "--adapters", Adapters);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.All);
        Assert.That(result.All, Does.Not.Contain("   at "));
        Assert.That(File.ReadAllText(_output.Combine("out", "translation-report.txt")), Does.Contain("solicitudes_garbage.csv"));
    }

    [TestCase("translate", "--adapter", "XX", "--input", "samples/PE", "--output", "out", TestName = "Translate_exits_2_for_an_unknown_adapter")]
    [TestCase("translate", "--adapter", "PE", "--input", "no/such/folder", "--output", "out", TestName = "Translate_exits_2_for_a_missing_input")]
    [TestCase("translate", "--adapter", "PE", TestName = "Translate_exits_2_for_missing_arguments")]
    [TestCase("validate", "no-such-document.json", TestName = "Validate_exits_2_for_a_missing_document")]
    public void Unusable_arguments_exit_2_with_a_sentence_and_no_stack_trace(params string[] arguments)
    {
        var result = CliRunner.Run(arguments);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Is.Not.Empty);
        Assert.That(result.All, Does.Not.Contain("   at "));
    }

    [Test]
    public void Validate_accepts_a_translated_document_and_explains_errors_with_their_source()
    {
        CliRunner.Run("translate", "--adapter", "PE", "--input", Path.Combine(RepositoryPaths.Samples, "PE"), "--output", _output.Path, "--adapters", Adapters);
        var document = Directory.GetFiles(_output.Path, "*.json").First(f => !f.EndsWith(".lineage.json", StringComparison.Ordinal) && !f.EndsWith("translation-report.json", StringComparison.Ordinal));

        Assert.That(CliRunner.Run("validate", document).ExitCode, Is.EqualTo(0));

        var node = JsonNode.Parse(File.ReadAllText(document))!;
        node["requestedAuthority"]!["country"] = "Spain";
        File.WriteAllText(document, node.ToJsonString());
        var result = CliRunner.Run("validate", document);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.All);
        Assert.That(result.Output, Does.Contain("/requestedAuthority/country").And.Contain("PAIS_REQUERIDO"));
    }

    [Test]
    public void Render_writes_a_canonical_document_in_the_spanish_national_format()
    {
        CliRunner.Run("translate", "--adapter", "PE", "--input", Path.Combine(RepositoryPaths.Samples, "PE"), "--output", _output.Combine("canonical"), "--adapters", Adapters);
        var document = Directory.GetFiles(_output.Combine("canonical"), "*.json").First(f => !f.EndsWith(".lineage.json", StringComparison.Ordinal) && !f.EndsWith("translation-report.json", StringComparison.Ordinal));

        var result = CliRunner.Run("render", "--adapter", "ES", "--input", document, "--output", _output.Combine("national"), "--adapters", Adapters);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        var written = Directory.GetFiles(_output.Combine("national"), "fortuny_*.xml");
        Assert.That(written, Has.Length.EqualTo(1));
        Assert.That(File.ReadAllText(written[0]), Does.Contain("urn:es:fiscalia:fortuny:cooperacion:3"));
    }
}
