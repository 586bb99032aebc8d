using CooperJus.Adapters.PE;
using CooperJus.Gateway.Adapters.Testing.Conformance;
using CooperJus.Gateway.Adapters.Testing.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Gateway.Adapters.Testing.Tests;

/// <summary>
/// The suite catches the wrong mappings the Uruguayan adapter shipped with, even when the goldens were regenerated
/// from the wrong adapter (as a new country's goldens are): each mutant of the Peruvian adapter writes its own goldens
/// into a copy of the samples, and a golden-independent check must still name it.
/// </summary>
[TestFixture]
public sealed class ConformanceSuiteTests
{
    [Test]
    public void The_unmutated_adapter_passes_every_check_with_goldens_regenerated_from_it()
    {
        var failures = FailuresAfterRegeneratingGoldens(Peru);
        Assert.That(failures.Select(f => f.ToString()), Is.Empty);
    }

    [Test]
    public void A_lineage_naming_the_wrong_column_fails_the_lineage_truth_check()
    {
        var failures = FailuresAfterRegeneratingGoldens(repository => new RewritingAdapter(Peru(repository), Mutations.WrongLineageSource));
        Assert.That(ChecksNamed(failures), Does.Contain(ConformanceCheck.LineageTruth));
        Assert.That(failures.Where(f => f.Check == ConformanceCheck.LineageTruth).Select(f => f.Message), Has.Some.Contains("/givenNames").And.Some.Contains("APELLIDO_PATERNO"));
    }

    [Test]
    public void A_skipped_check_digit_fails_the_check_digit_and_bad_sample_checks()
    {
        var failures = FailuresAfterRegeneratingGoldens(repository => new RewritingAdapter(Peru(repository), Mutations.SkippedCheckDigit));
        Assert.That(ChecksNamed(failures), Does.Contain(ConformanceCheck.CheckDigits).And.Contain(ConformanceCheck.BadSamples));
        Assert.That(failures.Where(f => f.Check == ConformanceCheck.BadSamples).Select(f => f.Message), Has.Some.Contains("identity.check-digit"));
    }

    [Test]
    public void A_document_type_named_unlike_the_sdk_rule_fails_the_check_digit_check()
    {
        var failures = FailuresAfterRegeneratingGoldens(repository => new RewritingAdapter(Peru(repository), Mutations.DocumentTypeNamedOtherwise));
        Assert.That(failures.Where(f => f.Check == ConformanceCheck.CheckDigits).Select(f => f.Message),
            Has.Some.Contains("\"Documento de Identidad\" of PE came out unverified").And.Some.Contains("DNI"));
    }

    [Test]
    public void A_wrong_code_list_entry_fails_the_code_list_check()
    {
        var failures = FailuresAfterRegeneratingGoldens(repository =>
        {
            // Código Penal art. 228 (cultural property) classified as fraud, 0701.
            var offences = Path.Combine(repository.CodeLists("PE"), "offences.csv");
            File.WriteAllLines(offences, File.ReadAllLines(offences).Select(l => l.StartsWith("CP-228;07042;", StringComparison.Ordinal) ? "CP-228;0701;" + l["CP-228;07042;".Length..] : l));
            return Peru(repository);
        });
        Assert.That(ChecksNamed(failures), Does.Contain(ConformanceCheck.CodeLists));
        Assert.That(failures.Where(f => f.Check == ConformanceCheck.CodeLists).Select(f => f.Message), Has.Some.Contains("/offences/0/iccsCode: expected \"07042\", got \"0701\""));
    }

    [Test]
    public void A_column_never_read_fails_the_fields_read_check()
    {
        var failures = FailuresAfterRegeneratingGoldens(repository => new RewritingAdapter(Peru(repository), Mutations.BirthDateNeverRead));
        Assert.That(ChecksNamed(failures), Does.Contain(ConformanceCheck.FieldsRead));
        Assert.That(failures.Where(f => f.Check == ConformanceCheck.FieldsRead).Select(f => f.Message), Has.Some.Contains("FECHA_NACIMIENTO"));
    }

    [Test]
    public void A_render_that_drops_fields_silently_fails_the_cross_country_check()
    {
        using var repository = TemporaryRepository.CopyOf("PE").WithGoldensOf("BR");
        var honest = new ConformanceSuite(Peru(repository), "PE", repository.Root).CrossCountry();
        var silent = new ConformanceSuite(new RewritingAdapter(Peru(repository), r => r, report => report with { Warnings = [] }), "PE", repository.Root).CrossCountry();

        // A Brazilian CPF has no SGF column: the honest adapter reports it, the silent one drops it.
        Assert.That(honest.Select(f => f.Message), Has.None.Contains("/identityDocuments/0/number: expected"));
        Assert.That(silent.Select(f => f.Message), Has.Some.Contains("/identityDocuments/0/number: expected"));
        TestContext.Out.WriteLine($"cross-country failures: {honest.Count} with the adapter's warnings, {silent.Count} without");
    }

    [Test]
    public void Golden_differences_are_reported_by_json_path()
    {
        using var repository = TemporaryRepository.CopyOf("PE");
        var suite = new ConformanceSuite(Peru(repository), "PE", repository.Root);
        suite.UpdateGoldens();
        var golden = Directory.EnumerateFiles(RepositoryRoot.Samples("PE", repository.Root) + "/expected", "*.json").First(f => !f.EndsWith(".lineage.json", StringComparison.Ordinal));
        File.WriteAllText(golden, File.ReadAllText(golden).Replace("\"language\": \"es\"", "\"language\": \"qu\"", StringComparison.Ordinal));

        var failures = suite.Goldens();

        Assert.That(failures.Select(f => f.Message), Has.One.StartsWith("/language: expected \"qu\", got \"es\""));
    }

    [Test]
    public void A_response_rule_without_a_bad_sample_fails_the_rule_table_check_unless_its_severity_says_why()
    {
        using var repository = TemporaryRepository.CopyOf("PE");
        var suite = new ConformanceSuite(Peru(repository), "PE", repository.Root);
        var bad = Path.Combine(RepositoryRoot.Samples("PE", repository.Root), "responses", "bad", "respuestas_bad_response.request-id.csv");
        var readme = Path.Combine(repository.Root, "adapters", "PE", "README.md");
        var counted = suite.RuleTable();

        File.Delete(bad);
        File.Delete(bad + ".expect");
        var missing = suite.RuleTable();
        File.WriteAllText(readme, File.ReadAllText(readme).Replace("| `response.request-id` | error |", "| `response.request-id` | error (no bad sample: tested elsewhere) |", StringComparison.Ordinal));
        var exempt = suite.RuleTable();

        Assert.That(counted.Select(f => f.ToString()), Is.Empty, "the bad samples of samples/PE/responses/bad count");
        Assert.That(missing.Select(f => f.Message), Has.One.Contains("`response.request-id` (error) has no bad sample").And.Contains("samples/PE/responses/bad/<name>"));
        Assert.That(exempt.Select(f => f.ToString()), Is.Empty);
    }

    [Test]
    public void A_response_bad_sample_expecting_a_rule_the_adapter_does_not_raise_fails_the_response_bad_sample_check()
    {
        using var repository = TemporaryRepository.CopyOf("PE");
        var expect = Path.Combine(RepositoryRoot.Samples("PE", repository.Root), "responses", "bad", "respuestas_bad_response.request-id.csv.expect");
        File.WriteAllText(expect, "response.measure-number\n");

        var failures = new ConformanceSuite(Peru(repository), "PE", repository.Root).Run(ConformanceCheck.ResponseBadSamples);

        Assert.That(failures.Select(f => f.Message), Has.One.StartsWith("expected an error response.measure-number, got response.request-id"));
    }

    [Test]
    public void Response_golden_differences_are_reported_by_json_path()
    {
        using var repository = TemporaryRepository.CopyOf("PE");
        var suite = new ConformanceSuite(Peru(repository), "PE", repository.Root);
        suite.UpdateGoldens();
        var folder = Path.Combine(RepositoryRoot.Samples("PE", repository.Root), "responses", "expected");
        var golden = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).First(f => !f.EndsWith(".lineage.json", StringComparison.Ordinal));
        File.WriteAllText(golden, File.ReadAllText(golden).Replace("\"language\": \"es\"", "\"language\": \"qu\"", StringComparison.Ordinal));

        var failures = suite.Run(ConformanceCheck.ResponseGoldens);

        Assert.That(failures.Select(f => f.Message), Has.One.StartsWith("/language: expected \"qu\", got \"es\""));
    }

    [Test]
    public void A_response_render_that_drops_fields_silently_fails_the_response_cross_country_check()
    {
        using var repository = TemporaryRepository.CopyOf("PE");
        var honest = new ConformanceSuite(Peru(repository), "PE", repository.Root).Run(ConformanceCheck.ResponseCrossCountry);
        var silent = new ConformanceSuite(new SilentResponseAdapter<PeruAdapter>(Peru(repository)), "PE", repository.Root).Run(ConformanceCheck.ResponseCrossCountry);

        TestContext.Out.WriteLine($"response cross-country failures: {honest.Count} with the adapter's warnings, {silent.Count} without");
        Assert.That(honest.Select(f => f.ToString()), Is.Empty);
        // The overfull response holds more than an SGF response row has columns for: without warnings, the loss goes unreported.
        Assert.That(silent.Select(f => f.Message), Has.Some.Contains("no render warning names"));
        Assert.That(silent.Select(f => f.Location), Has.All.Contains("OverfullResponse"), "only the overfull response, no golden of another country, is in this copy");
    }

    [TestCase("PE", "PE", true)]
    [TestCase("PE,BR", "BR", true)]
    [TestCase(" pe , br ", "PE", true)]
    [TestCase("PE,BR", "ES", false)]
    [TestCase("1", "ES", true)]
    [TestCase("all", "BR", true)]
    [TestCase("", "PE", false)]
    [TestCase(null, "PE", false)]
    public void Goldens_are_updated_for_the_adapters_the_variable_names(string? setting, string adapterId, bool updated) =>
        Assert.That(GoldenUpdate.IsRequested(adapterId, setting), Is.EqualTo(updated));

    private static IReadOnlyList<ConformanceFailure> FailuresAfterRegeneratingGoldens(Func<TemporaryRepository, ICountryAdapter> create)
    {
        using var repository = TemporaryRepository.CopyOf("PE");
        new ConformanceSuite(create(repository), "PE", repository.Root).UpdateGoldens();
        var failures = new ConformanceSuite(create(repository), "PE", repository.Root).Run();
        foreach (var failure in failures) TestContext.Out.WriteLine(failure);
        Assert.That(failures.Where(f => f.Check == ConformanceCheck.Goldens), Is.Empty, "the goldens were regenerated from this adapter");
        return failures;
    }

    private static PeruAdapter Peru(TemporaryRepository repository) =>
        new(new AdapterContext(RepositoryRoot.AdapterProject("PE", repository.Root), new CodeListSource(repository.CodeLists("PE")),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), FixedClock.Golden));

    private static HashSet<string> ChecksNamed(IReadOnlyList<ConformanceFailure> failures) => [.. failures.Select(f => f.Check)];
}
