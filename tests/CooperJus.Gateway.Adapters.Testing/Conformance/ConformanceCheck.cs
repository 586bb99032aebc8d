namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>The checks of the conformance suite, by the id a <see cref="ConformanceFailure"/> names (see docs/conformance.md).</summary>
public static class ConformanceCheck
{
    /// <summary>Good samples translate without errors into schema-valid documents.</summary>
    public const string GoodSamples = "good-samples";

    /// <summary>Every filled canonical leaf has a lineage entry.</summary>
    public const string LineageCoverage = "lineage-coverage";

    /// <summary>Bad samples give their expected, located errors.</summary>
    public const string BadSamples = "bad-samples";

    /// <summary>Render then read of the good samples gives the same requests.</summary>
    public const string RoundTrip = "round-trip";

    /// <summary>Outputs match the golden files in <c>samples/&lt;id&gt;/expected/</c>.</summary>
    public const string Goldens = "goldens";

    /// <summary>Every lineage source names a value that stands at that place in the source file.</summary>
    public const string LineageTruth = "lineage-truth";

    /// <summary>Every field filled in a good sample is read (is a lineage source) or listed as not carried.</summary>
    public const string FieldsRead = "fields-read";

    /// <summary>A document type the SDK has a check-digit rule for is never left unverified.</summary>
    public const string CheckDigits = "check-digits";

    /// <summary>The README's rule table and the bad samples name the same rules.</summary>
    public const string RuleTable = "rule-table";

    /// <summary>Code-list mappings match the hand-written expectations of <c>&lt;sample&gt;.checks</c>.</summary>
    public const string CodeLists = "code-lists";

    /// <summary>Requests of other countries render, read back, and whatever changes is reported by a render warning.</summary>
    public const string CrossCountry = "cross-country";

    /// <summary>Good response samples read without errors into documents valid against cooperation-response v2 (an <c>IResponseAdapter</c> only).</summary>
    public const string ResponseGoodSamples = "response-good-samples";

    /// <summary>Every filled leaf of a response read from a good sample has a lineage entry.</summary>
    public const string ResponseLineageCoverage = "response-lineage-coverage";

    /// <summary>Every lineage source of a response names a value that stands at that place in the sample.</summary>
    public const string ResponseLineageTruth = "response-lineage-truth";

    /// <summary>Responses match the golden files in <c>samples/&lt;id&gt;/responses/expected/</c>.</summary>
    public const string ResponseGoldens = "response-goldens";

    /// <summary>Bad response samples give their expected, located errors.</summary>
    public const string ResponseBadSamples = "response-bad-samples";

    /// <summary>Render then read of the good responses gives the same responses, with no render warning.</summary>
    public const string ResponseRoundTrip = "response-round-trip";

    /// <summary>Responses of other countries render, read back, and whatever changes is reported by a render warning.</summary>
    public const string ResponseCrossCountry = "response-cross-country";

    /// <summary>Nothing the scaffold leaves to fill in is left: no <c>Fill in:</c> note in the README, no code list without entries.</summary>
    public const string FilledIn = "filled-in";

    /// <summary>Every check, in the order the suite runs them; the response checks find nothing to check in an adapter that reads no responses.</summary>
    public static IReadOnlyList<string> All { get; } =
        [FilledIn, GoodSamples, LineageCoverage, BadSamples, RoundTrip, Goldens, LineageTruth, FieldsRead, CheckDigits, RuleTable, CodeLists, CrossCountry,
         ResponseGoodSamples, ResponseLineageCoverage, ResponseLineageTruth, ResponseGoldens, ResponseBadSamples, ResponseRoundTrip, ResponseCrossCountry];
}
