using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// The conformance suite as NUnit tests, one per check. An adapter's test project derives one sealed fixture:
/// <code>
/// public sealed class PeruConformanceTests : AdapterConformanceFixture
/// {
///     protected override string AdapterId => "PE";
///     protected override ICountryAdapter CreateAdapter(AdapterContext context) => new PeruAdapter(context);
/// }
/// </code>
/// The adapter is created with the code lists of <c>adapters/&lt;id&gt;/CooperJus.Adapters.&lt;id&gt;/codelists</c>,
/// no settings, and a clock stopped at <see cref="FixedClock.GoldenInstant"/>.
/// </summary>
[TestFixture]
public abstract class AdapterConformanceFixture
{
    private ConformanceSuite? _suite;

    /// <summary>The adapter's id, which is also its folder under <c>adapters/</c> and <c>samples/</c>.</summary>
    protected abstract string AdapterId { get; }

    /// <summary>The repository the samples and README are read from.</summary>
    protected virtual string RepositoryRootPath => RepositoryRoot.Path;

    private ConformanceSuite Suite => _suite ?? throw new InvalidOperationException("the fixture was not set up");

    /// <summary>Creates the adapter under test from <paramref name="context"/>.</summary>
    protected abstract ICountryAdapter CreateAdapter(AdapterContext context);

    /// <summary>Creates the adapter and the suite, and rewrites the goldens (of requests and responses) when <c>COOPERJUS_UPDATE_GOLDEN</c> names the adapter.</summary>
    [OneTimeSetUp]
    public void CreateSuite()
    {
        var project = RepositoryRoot.AdapterProject(AdapterId, RepositoryRootPath);
        var context = new AdapterContext(project, new CodeListSource(Path.Combine(project, "codelists")),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), FixedClock.Golden);
        _suite = new ConformanceSuite(CreateAdapter(context), AdapterId, RepositoryRootPath);
        if (GoldenUpdate.IsRequested(AdapterId)) _suite.UpdateGoldens();
    }

    /// <summary>See <see cref="ConformanceCheck.FilledIn"/>.</summary>
    [Test]
    public void Nothing_the_scaffold_leaves_to_fill_in_is_left() => Expect(Suite.FilledIn());

    /// <summary>See <see cref="ConformanceCheck.GoodSamples"/>.</summary>
    [Test]
    public void Good_samples_translate_without_errors_into_valid_documents() => Expect(Suite.GoodSamples());

    /// <summary>See <see cref="ConformanceCheck.LineageCoverage"/>.</summary>
    [Test]
    public void Lineage_covers_every_filled_field() => Expect(Suite.LineageCoverage());

    /// <summary>See <see cref="ConformanceCheck.BadSamples"/>.</summary>
    [Test]
    public void Bad_samples_are_rejected_with_their_expected_located_errors() => Expect(Suite.BadSamples());

    /// <summary>See <see cref="ConformanceCheck.RoundTrip"/>.</summary>
    [Test]
    public void Rendering_the_good_samples_and_reading_them_back_gives_the_same_requests() => Expect(Suite.RoundTrip());

    /// <summary>See <see cref="ConformanceCheck.Goldens"/>.</summary>
    [Test]
    public void Outputs_match_the_golden_files() => Expect(Suite.Goldens());

    /// <summary>See <see cref="ConformanceCheck.LineageTruth"/>.</summary>
    [Test]
    public void Every_lineage_source_names_a_value_that_stands_there_in_the_sample() => Expect(Suite.LineageTruth());

    /// <summary>See <see cref="ConformanceCheck.FieldsRead"/>.</summary>
    [Test]
    public void Every_field_filled_in_a_good_sample_is_read_or_listed_as_not_carried() => Expect(Suite.FieldsRead());

    /// <summary>See <see cref="ConformanceCheck.CheckDigits"/>.</summary>
    [Test]
    public void No_document_with_a_check_digit_rule_comes_out_unverified() => Expect(Suite.CheckDigits());

    /// <summary>See <see cref="ConformanceCheck.RuleTable"/>.</summary>
    [Test]
    public void The_readme_rule_table_and_the_bad_samples_name_the_same_rules() => Expect(Suite.RuleTable());

    /// <summary>See <see cref="ConformanceCheck.CodeLists"/>.</summary>
    [Test]
    public void Code_lists_give_the_hand_written_expectations_of_the_samples() => Expect(Suite.CodeLists());

    /// <summary>See <see cref="ConformanceCheck.CrossCountry"/>.</summary>
    [Test]
    public void Requests_of_other_countries_render_and_whatever_is_lost_is_reported() => Expect(Suite.CrossCountry());

    /// <summary>See <see cref="ConformanceCheck.ResponseGoodSamples"/>.</summary>
    [Test]
    public void Good_response_samples_translate_without_errors_into_valid_documents() => ExpectOfResponses(ConformanceCheck.ResponseGoodSamples);

    /// <summary>See <see cref="ConformanceCheck.ResponseLineageCoverage"/>.</summary>
    [Test]
    public void Response_lineage_covers_every_filled_field() => ExpectOfResponses(ConformanceCheck.ResponseLineageCoverage);

    /// <summary>See <see cref="ConformanceCheck.ResponseLineageTruth"/>.</summary>
    [Test]
    public void Every_response_lineage_source_names_a_value_that_stands_there_in_the_sample() => ExpectOfResponses(ConformanceCheck.ResponseLineageTruth);

    /// <summary>See <see cref="ConformanceCheck.ResponseGoldens"/>.</summary>
    [Test]
    public void Responses_match_the_golden_files() => ExpectOfResponses(ConformanceCheck.ResponseGoldens);

    /// <summary>See <see cref="ConformanceCheck.ResponseBadSamples"/>.</summary>
    [Test]
    public void Bad_response_samples_are_rejected_with_their_expected_located_errors() => ExpectOfResponses(ConformanceCheck.ResponseBadSamples);

    /// <summary>See <see cref="ConformanceCheck.ResponseRoundTrip"/>.</summary>
    [Test]
    public void Rendering_the_good_responses_and_reading_them_back_gives_the_same_responses() => ExpectOfResponses(ConformanceCheck.ResponseRoundTrip);

    /// <summary>See <see cref="ConformanceCheck.ResponseCrossCountry"/>.</summary>
    [Test]
    public void Responses_of_other_countries_render_and_whatever_is_lost_is_reported() => ExpectOfResponses(ConformanceCheck.ResponseCrossCountry);

    private void ExpectOfResponses(string check)
    {
        if (!Suite.ReadsResponses) Assert.Ignore($"{AdapterId} does not implement IResponseAdapter: it has no responses to check");
        Expect(Suite.Run(check));
    }

    private static void Expect(IReadOnlyList<ConformanceFailure> failures)
    {
        foreach (var failure in failures) TestContext.Out.WriteLine(failure);
        Assert.That(failures, Is.Empty, $"{failures.Count} failure(s):{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(50))}");
    }
}
