using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// Each bad sample is rejected with at least the rules its <c>.expect</c> names, every error located in it. The same
/// check serves requests (<c>samples/&lt;id&gt;/bad/</c>) and responses (<c>samples/&lt;id&gt;/responses/bad/</c>).
/// </summary>
internal static class BadSampleChecks
{
    /// <summary>What reading one bad sample gave: every problem, and whether a rejected record kept no original text.</summary>
    public sealed record Reading(IReadOnlyList<Problem> Problems, bool RejectedWithoutText);

    /// <summary>The rules a bad sample's <c>.expect</c> lists (one per line, <c>#</c> comments).</summary>
    public static IReadOnlyList<string> ExpectedRules(string expectPath) =>
        File.Exists(expectPath) ? [.. File.ReadAllLines(expectPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))] : [];

    public static IEnumerable<ConformanceFailure> Run(AdapterUnderTest a) =>
        Run(a, ConformanceCheck.BadSamples, a.Bad, file =>
        {
            var outcomes = a.Translate(file);
            return new Reading([.. outcomes.SelectMany(o => o.Problems)], outcomes.Any(o => !o.IsAccepted && !o.IsFileProblem && o.Record.OriginalText is null));
        });

    /// <summary>The bad samples of <paramref name="folder"/>, each read with <paramref name="read"/>.</summary>
    public static IEnumerable<ConformanceFailure> Run(AdapterUnderTest a, string check, string folder, Func<string, Reading> read)
    {
        var files = AdapterUnderTest.BadFiles(folder);
        if (files.Count == 0)
            yield return a.Fail(check, a.Relative(folder),
                "no bad sample: add one file per rule the adapter raises as an error, each with a <file>.expect naming the rule");
        foreach (var file in files)
            foreach (var failure in One(a, check, file, read)) yield return failure;
    }

    private static IEnumerable<ConformanceFailure> One(AdapterUnderTest a, string check, string file, Func<string, Reading> read)
    {
        var location = a.Relative(file);
        var fileName = Path.GetFileName(file);
        var expected = ExpectedRules(file + ".expect");
        if (expected.Count == 0)
        {
            yield return a.Fail(check, location, $"needs {fileName}.expect listing the rules its errors must include, one per line");
            yield break;
        }
        var reading = read(file);
        var errors = reading.Problems.Where(p => p.IsError).ToList();
        foreach (var rule in expected.Except(errors.Select(e => e.Rule), StringComparer.Ordinal))
            yield return a.Fail(check, location,
                $"expected an error {rule}, got {(errors.Count == 0 ? "no error" : string.Join("; ", errors.Select(e => e.Rule).Distinct()))}: the adapter must raise {rule} here");
        foreach (var error in errors)
        {
            if (error.Source is null)
                yield return a.Fail(check, location, $"error without a source location: {error}; name the file and the row, line or path");
            else if (error.Source.File != fileName)
                yield return a.Fail(check, location, $"error names file {error.Source.File}, not {fileName}: {error}");
            else if (error.Source.Row is null && error.Source.Line is null && error.Source.Path is null)
                yield return a.Fail(check, location, $"error without row, line or path: {error}");
        }
        if (reading.RejectedWithoutText)
            yield return a.Fail(check, location, "a rejected record keeps no original text: set its OriginalText to the record exactly as read");
    }
}
