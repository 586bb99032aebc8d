namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// The README's rule table (<c>| rule | severity | meaning |</c>) and the bad samples agree. A rule whose severity
/// says the adapter raises it as an error (<c>error</c>, <c>file error</c>, <c>error (warning for …)</c>) has a bad
/// sample whose <c>.expect</c> names it (request rules in <c>samples/&lt;id&gt;/bad/</c>, response rules in
/// <c>samples/&lt;id&gt;/responses/bad/</c>: one table lists both); a warning-only rule needs none (a bad sample is a refused file); a rule
/// whose severity starts with <c>core</c> is raised by core validation after the adapter and needs no bad sample of
/// the adapter's own. A rule whose sample cannot sit in the repository (an export beyond a size cap) says so in its
/// severity, <c>error (no bad sample: &lt;why&gt;)</c> or <c>file error (no bad sample: &lt;why&gt;)</c>, and is then tested by the adapter's own tests. Every rule a
/// <c>.expect</c> names is in the table.
/// </summary>
internal static class RuleTableCheck
{
    /// <summary>The header of the README rule table.</summary>
    public static readonly string[] Header = ["rule", "severity"];

    public static IEnumerable<ConformanceFailure> Run(AdapterUnderTest a)
    {
        var rows = ReadmeTables.Rows(a.Readme, Header);
        var readme = a.Relative(a.Readme);
        if (rows.Count == 0)
        {
            yield return a.Fail(ConformanceCheck.RuleTable, readme,
                "no rule table: add a table `| rule | severity | meaning |` listing every rule the adapter raises (severity `error`, `file error`, `warning`, `file warning`) and the core rules its bad samples rely on (severity `core error`)");
            yield break;
        }
        // Request rules have their bad samples in bad/, response rules (an IResponseAdapter's) in responses/bad/.
        var expects = a.BadFiles().Concat(AdapterUnderTest.BadFiles(a.ResponseBad))
            .SelectMany(f => BadSampleChecks.ExpectedRules(f + ".expect").Select(rule => (Rule: rule, File: f)))
            .ToList();
        var named = expects.Select(e => e.Rule).ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var severity = row.Cells.Count > 1 ? row.Cells[1].ToLowerInvariant() : "";
            if (severity.StartsWith("core", StringComparison.Ordinal) || !severity.Contains("error", StringComparison.Ordinal)
                || severity.Contains("no bad sample:", StringComparison.Ordinal)) continue;
            foreach (var rule in row.Names.Where(r => !named.Contains(r)))
                yield return a.Fail(ConformanceCheck.RuleTable, $"{readme} line {row.Line}",
                    $"rule `{rule}` ({row.Cells[1]}) has no bad sample: add {a.Relative(a.Bad)}/<name> that breaks it (a response rule: {a.Relative(a.ResponseBad)}/<name>), with <name>.expect naming {rule}; or, if no such file can sit in the repository, say so in its severity: `{row.Cells[1]} (no bad sample: <why>)`");
        }
        var documented = rows.SelectMany(r => r.Names).ToHashSet(StringComparer.Ordinal);
        foreach (var (rule, file) in expects.Where(e => !documented.Contains(e.Rule)).DistinctBy(e => e.Rule))
            yield return a.Fail(ConformanceCheck.RuleTable, a.Relative(file + ".expect"),
                $"names rule `{rule}`, which the README rule table does not list: add a row `| `{rule}` | <severity> | <meaning> |` to {readme}");
    }
}
