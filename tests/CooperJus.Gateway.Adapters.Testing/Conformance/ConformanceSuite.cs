using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// What every country adapter must do, as code: given an adapter, its id and the repository root, each check returns
/// the failures it finds, located and worded as what to fix or fill in next (see docs/conformance.md). The checks
/// read the adapter's samples (<c>samples/&lt;id&gt;/</c>), its README (<c>adapters/&lt;id&gt;/README.md</c>) and the
/// other countries' golden requests; only <see cref="Goldens"/> reads its own goldens. An adapter that also implements
/// <see cref="IResponseAdapter"/> passes the response checks (<c>response-*</c>) over <c>samples/&lt;id&gt;/responses/</c>
/// and the other countries' golden responses.
/// </summary>
public sealed class ConformanceSuite
{
    private readonly AdapterUnderTest _adapter;

    /// <summary>A suite for <paramref name="adapter"/>, known as <paramref name="adapterId"/>, in the repository at <paramref name="repositoryRoot"/>.</summary>
    public ConformanceSuite(ICountryAdapter adapter, string adapterId, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentException.ThrowIfNullOrWhiteSpace(adapterId);
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryRoot);
        _adapter = new AdapterUnderTest(adapter, adapterId, repositoryRoot);
    }

    /// <summary>Every check, in the order of <see cref="ConformanceCheck.All"/>.</summary>
    public IReadOnlyList<ConformanceFailure> Run() => [.. ConformanceCheck.All.SelectMany(Run)];

    /// <summary>One check, by its id (a constant of <see cref="ConformanceCheck"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such check.</exception>
    public IReadOnlyList<ConformanceFailure> Run(string check) => check switch
    {
        ConformanceCheck.FilledIn => FilledIn(),
        ConformanceCheck.GoodSamples => GoodSamples(),
        ConformanceCheck.LineageCoverage => LineageCoverage(),
        ConformanceCheck.BadSamples => BadSamples(),
        ConformanceCheck.RoundTrip => RoundTrip(),
        ConformanceCheck.Goldens => Goldens(),
        ConformanceCheck.LineageTruth => LineageTruth(),
        ConformanceCheck.FieldsRead => FieldsRead(),
        ConformanceCheck.CheckDigits => CheckDigits(),
        ConformanceCheck.RuleTable => RuleTable(),
        ConformanceCheck.CodeLists => CodeLists(),
        ConformanceCheck.CrossCountry => CrossCountry(),
        ConformanceCheck.ResponseGoodSamples => [.. ResponseChecks.GoodSamples(_adapter)],
        ConformanceCheck.ResponseLineageCoverage => [.. ResponseChecks.LineageCoverage(_adapter)],
        ConformanceCheck.ResponseLineageTruth => [.. ResponseChecks.LineageTruth(_adapter)],
        ConformanceCheck.ResponseGoldens => [.. ResponseChecks.Goldens(_adapter)],
        ConformanceCheck.ResponseBadSamples => [.. ResponseChecks.BadSamples(_adapter)],
        ConformanceCheck.ResponseRoundTrip => [.. ResponseChecks.RoundTrip(_adapter)],
        ConformanceCheck.ResponseCrossCountry => [.. ResponseChecks.CrossCountry(_adapter)],
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, "not a conformance check"),
    };

    /// <summary>No <c>Fill in:</c> note is left in the README and every code list has entries.</summary>
    public IReadOnlyList<ConformanceFailure> FilledIn() => [.. FilledInCheck.Run(_adapter)];

    /// <summary>Good samples translate without errors into schema-valid documents.</summary>
    public IReadOnlyList<ConformanceFailure> GoodSamples() => [.. GoodSampleChecks.Translate(_adapter)];

    /// <summary>Lineage covers every filled canonical leaf, and every record keeps its original text.</summary>
    public IReadOnlyList<ConformanceFailure> LineageCoverage() => [.. GoodSampleChecks.Lineage(_adapter)];

    /// <summary>Each bad sample gives the errors its <c>.expect</c> names, each located in the file.</summary>
    public IReadOnlyList<ConformanceFailure> BadSamples() => [.. BadSampleChecks.Run(_adapter)];

    /// <summary>Rendering the good samples' requests and reading them back gives the same requests.</summary>
    public IReadOnlyList<ConformanceFailure> RoundTrip() => [.. GoodSampleChecks.RoundTrip(_adapter)];

    /// <summary>Outputs match the goldens of <c>samples/&lt;id&gt;/expected/</c>, differences named by JSON path.</summary>
    public IReadOnlyList<ConformanceFailure> Goldens() => [.. GoldenCheck.Run(_adapter)];

    /// <summary>Every lineage source names a value that stands there in the sample; a <c>copy</c> keeps its value.</summary>
    public IReadOnlyList<ConformanceFailure> LineageTruth() => [.. LineageTruthCheck.Run(_adapter)];

    /// <summary>Every field filled in a good sample is read, or listed in the README as not carried.</summary>
    public IReadOnlyList<ConformanceFailure> FieldsRead() => [.. FieldsReadCheck.Run(_adapter)];

    /// <summary>No document the SDK has a check-digit rule for comes out unverified.</summary>
    public IReadOnlyList<ConformanceFailure> CheckDigits() => [.. CheckDigitCheck.Run(_adapter)];

    /// <summary>The README rule table and the bad samples' <c>.expect</c> files name the same rules.</summary>
    public IReadOnlyList<ConformanceFailure> RuleTable() => [.. RuleTableCheck.Run(_adapter)];

    /// <summary>Code-list mappings hold the hand-written expectations of the samples' <c>.checks</c> files, which pin every code used.</summary>
    public IReadOnlyList<ConformanceFailure> CodeLists() => [.. CodeListCheck.Run(_adapter)];

    /// <summary>Other countries' golden requests render and read back, every change named by a render warning.</summary>
    public IReadOnlyList<ConformanceFailure> CrossCountry() => [.. CrossCountryCheck.Run(_adapter)];

    /// <summary>True when the adapter also reads and writes national responses (<see cref="IResponseAdapter"/>), so the response checks apply.</summary>
    public bool ReadsResponses => _adapter.ResponseAdapter is not null;

    /// <summary>
    /// Rewrites <c>samples/&lt;id&gt;/expected/</c> (and, for a response adapter, <c>samples/&lt;id&gt;/responses/expected/</c>)
    /// from what the adapter produces now (review the diff).
    /// </summary>
    public void UpdateGoldens() => GoldenCheck.Write(_adapter);
}
