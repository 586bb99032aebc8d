using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.IntegrationTests.Conformance;

/// <summary>
/// The samples of one adapter, by convention: good national exports directly in <c>samples/&lt;id&gt;/</c>, golden
/// canonical outputs in <c>samples/&lt;id&gt;/expected/</c>, one bad file per rule in <c>samples/&lt;id&gt;/bad/</c>
/// with a <c>&lt;file&gt;.expect</c> listing the rule ids its errors must include.
/// </summary>
public sealed class SampleSet(string adapterId)
{
    public string AdapterId { get; } = adapterId;

    public string Folder => Path.Combine(RepositoryPaths.Samples, AdapterId);

    public string ExpectedFolder => Path.Combine(Folder, "expected");

    public string BadFolder => Path.Combine(Folder, "bad");

    public ICountryAdapter Adapter =>
        Catalogs.BuiltAdapters.Find(AdapterId) ?? throw new AssertionException($"adapter {AdapterId} is not loaded from {Catalogs.BuiltAdapters.Root}");

    public IReadOnlyList<string> GoodFiles => InputFiles.Resolve(Folder, Adapter.Descriptor.FilePatterns);

    public IReadOnlyList<string> BadFiles => Directory.Exists(BadFolder)
        ? Directory.EnumerateFiles(BadFolder).Where(f => !f.EndsWith(".expect", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
        : [];

    public static IEnumerable<string> AdapterIds() =>
        Directory.EnumerateDirectories(RepositoryPaths.Adapters).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static IEnumerable<TestCaseData> BadSamples() =>
        AdapterIds().SelectMany(id => Directory.Exists(Path.Combine(RepositoryPaths.Samples, id, "bad"))
            ? Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Samples, id, "bad"))
                .Where(f => !f.EndsWith(".expect", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(f => new TestCaseData(id, Path.GetFileName(f)).SetArgDisplayNames(id, Path.GetFileName(f)))
            : []);

    public static IReadOnlyList<TranslationOutcome> Translate(ICountryAdapter adapter, string file) =>
        new Translator(new RequestValidator(Validators.Schema, FixedClock.Create()))
            .Translate(adapter, SourceFile.FromPath(file))
            .ToList();
}
