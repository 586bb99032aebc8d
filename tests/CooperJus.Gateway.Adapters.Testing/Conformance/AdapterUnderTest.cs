using CooperJus.Gateway.Adapters.Testing.Conformance.Sources;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// One adapter and its repository conventions: good samples in <c>samples/&lt;id&gt;/</c>, goldens in
/// <c>expected/</c>, bad samples in <c>bad/</c>, the README in <c>adapters/&lt;id&gt;/README.md</c>. Translations
/// of the good samples are made once and shared by the checks.
/// </summary>
internal sealed class AdapterUnderTest
{
    private static readonly Lazy<ISchemaValidator> Schema = new(() => NJsonSchemaValidator.ForEmbedded(CanonicalSchemas.CooperationRequestV2));

    private readonly Lazy<IReadOnlyList<SampleRun>> _goodRuns;
    private readonly Lazy<IReadOnlyList<ResponseSampleRun>> _responseRuns;
    private readonly Dictionary<string, ISourceDocument> _sources = new(StringComparer.Ordinal);

    public AdapterUnderTest(ICountryAdapter adapter, string id, string root)
    {
        Adapter = adapter;
        Id = id;
        Root = root;
        _goodRuns = new(() => [.. GoodFiles().Select(f => new SampleRun(f, Translate(f)))]);
        _responseRuns = new(() => [.. ResponseGoodFiles().Select(f => new ResponseSampleRun(f, ReadResponses(f)))]);
    }

    public ICountryAdapter Adapter { get; }

    /// <summary>The adapter as a reader and writer of national responses, or null when it is none.</summary>
    public IResponseAdapter? ResponseAdapter => Adapter as IResponseAdapter;

    public string Id { get; }

    public string Root { get; }

    public string Samples => Path.Combine(Root, "samples", Id);

    public string Expected => Path.Combine(Samples, "expected");

    public string Bad => Path.Combine(Samples, "bad");

    public string Readme => Path.Combine(Root, "adapters", Id, "README.md");

    public string CodeLists => Path.Combine(RepositoryRoot.AdapterProject(Id, Root), "codelists");

    public IReadOnlyList<SampleRun> GoodRuns => _goodRuns.Value;

    public IEnumerable<TranslationOutcome> Accepted => GoodRuns.SelectMany(r => r.Outcomes).Where(o => o.IsAccepted);

    public IReadOnlyList<string> GoodFiles() =>
        Directory.Exists(Samples) ? InputFiles.Resolve(Samples, Adapter.Descriptor.FilePatterns) : [];

    /// <summary>The national response samples (<c>samples/&lt;id&gt;/responses/</c>), for an adapter that also reads responses.</summary>
    public string Responses => Path.Combine(Samples, "responses");

    public string ResponseBad => Path.Combine(Responses, "bad");

    public string ResponseExpected => Path.Combine(Responses, "expected");

    /// <summary>The good response samples, read once and shared by the response checks (none when the adapter reads no responses).</summary>
    public IReadOnlyList<ResponseSampleRun> ResponseRuns => _responseRuns.Value;

    public IReadOnlyList<string> ResponseGoodFiles() =>
        ResponseAdapter is { } responses && Directory.Exists(Responses) ? InputFiles.Resolve(Responses, responses.ResponseFormat.FilePatterns) : [];

    public IReadOnlyList<ResponseRecordResult> ReadResponses(string file) =>
        [.. (ResponseAdapter ?? throw new InvalidOperationException("the adapter reads no responses")).ReadResponses(SourceFile.FromPath(file))];

    public IReadOnlyList<string> BadFiles() => BadFiles(Bad);

    /// <summary>The bad samples of <paramref name="folder"/>: every file but the <c>.expect</c> files.</summary>
    public static IReadOnlyList<string> BadFiles(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".expect", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
            : [];

    public IReadOnlyList<TranslationOutcome> Translate(string file) =>
        [.. new Translator(new RequestValidator(Schema.Value, FixedClock.Golden)).Translate(Adapter, SourceFile.FromPath(file))];

    public ISourceDocument Source(string file)
    {
        lock (_sources)
        {
            if (!_sources.TryGetValue(file, out var document)) _sources[file] = document = SourceDocuments.Open(file);
            return document;
        }
    }

    /// <summary><paramref name="path"/> relative to the repository, with forward slashes, as failures name files.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    public ConformanceFailure Fail(string check, string location, string message) => new() { Check = check, Location = location, Message = message };
}
