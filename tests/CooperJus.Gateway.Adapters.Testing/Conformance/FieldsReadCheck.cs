using CooperJus.Gateway.Adapters.Testing.Conformance.Sources;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// Every field that holds a value in a good sample is read: it is a lineage source of some accepted request of the
/// adapter's good samples, or the README lists it in its table of fields deliberately not carried
/// (<c>| field not carried | why |</c>). A column the adapter never reads is caught here, whatever the goldens say.
/// </summary>
internal static class FieldsReadCheck
{
    /// <summary>The header of the README table of fields deliberately not carried.</summary>
    public static readonly string[] Header = ["field not carried", "why"];

    public static IEnumerable<ConformanceFailure> Run(AdapterUnderTest a)
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in a.GoodRuns)
        {
            var source = a.Source(run.File);
            foreach (var location in run.Accepted.SelectMany(o => o.Record.Lineage).SelectMany(e => e.Sources))
                if (location.Field is not null || location.Path is not null) read.Add(ValueText.Key(source.FieldKey(location)));
        }
        var notCarried = ReadmeTables.Rows(a.Readme, Header).SelectMany(r => r.Names).Select(ValueText.Key).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in a.GoodRuns)
        {
            if (!run.Accepted.Any())
            {
                // Only the lineage of accepted requests tells what is read: fields-read cannot judge until good-samples passes.
                yield return a.Fail(ConformanceCheck.FieldsRead, a.Relative(run.File),
                    $"no request of this sample is accepted, so which of its fields are read cannot be told: make the sample pass `{ConformanceCheck.GoodSamples}` first");
                continue;
            }
            foreach (var (field, seenAt) in a.Source(run.File).FilledFields)
            {
                var key = ValueText.Key(field);
                if (read.Contains(key) || notCarried.Contains(key) || !reported.Add(key)) continue;
                yield return a.Fail(ConformanceCheck.FieldsRead, $"{a.Relative(run.File)} {seenAt}",
                    $"field `{field}` holds a value but no accepted request's lineage reads it: map it to a canonical field, or add it to the README table `| field not carried | why |` of {a.Relative(a.Readme)} with the reason");
            }
        }
        foreach (var key in notCarried.Intersect(read).Order(StringComparer.Ordinal))
            yield return a.Fail(ConformanceCheck.FieldsRead, a.Relative(a.Readme),
                $"field `{key}` is listed as not carried but lineage reads it: remove it from the table");
    }
}
