using CooperJus.Gateway.Core.Translation;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>Each bad sample is rejected with at least the rules its <c>.expect</c> names, every error located in it.</summary>
internal static class BadSampleChecks
{
    /// <summary>The rules a bad sample's <c>.expect</c> lists (one per line, <c>#</c> comments).</summary>
    public static IReadOnlyList<string> ExpectedRules(string expectPath) =>
        File.Exists(expectPath) ? [.. File.ReadAllLines(expectPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))] : [];

    public static IEnumerable<ConformanceFailure> Run(AdapterUnderTest a)
    {
        var files = a.BadFiles();
        if (files.Count == 0)
            yield return a.Fail(ConformanceCheck.BadSamples, a.Relative(a.Bad),
                "no bad sample: add one file per rule the adapter raises as an error, each with a <file>.expect naming the rule");
        foreach (var file in files)
            foreach (var failure in One(a, file)) yield return failure;
    }

    private static IEnumerable<ConformanceFailure> One(AdapterUnderTest a, string file)
    {
        var location = a.Relative(file);
        var fileName = Path.GetFileName(file);
        var expected = ExpectedRules(file + ".expect");
        if (expected.Count == 0)
        {
            yield return a.Fail(ConformanceCheck.BadSamples, location, $"needs {fileName}.expect listing the rules its errors must include, one per line");
            yield break;
        }
        IReadOnlyList<TranslationOutcome> outcomes = a.Translate(file);
        var errors = outcomes.SelectMany(o => o.Problems).Where(p => p.IsError).ToList();
        foreach (var rule in expected.Except(errors.Select(e => e.Rule), StringComparer.Ordinal))
            yield return a.Fail(ConformanceCheck.BadSamples, location,
                $"expected an error {rule}, got {(errors.Count == 0 ? "no error" : string.Join("; ", errors.Select(e => e.Rule).Distinct()))}: the adapter must raise {rule} here");
        foreach (var error in errors)
        {
            if (error.Source is null)
                yield return a.Fail(ConformanceCheck.BadSamples, location, $"error without a source location: {error}; name the file and the row, line or path");
            else if (error.Source.File != fileName)
                yield return a.Fail(ConformanceCheck.BadSamples, location, $"error names file {error.Source.File}, not {fileName}: {error}");
            else if (error.Source.Row is null && error.Source.Line is null && error.Source.Path is null)
                yield return a.Fail(ConformanceCheck.BadSamples, location, $"error without row, line or path: {error}");
        }
        if (outcomes.Any(o => !o.IsAccepted && !o.IsFileProblem && o.Record.OriginalText is null))
            yield return a.Fail(ConformanceCheck.BadSamples, location, "a rejected record keeps no original text: set RecordResult.OriginalText");
    }
}
