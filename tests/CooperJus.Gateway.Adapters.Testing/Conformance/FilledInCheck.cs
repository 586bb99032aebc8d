using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// What a freshly scaffolded adapter (<c>cooperjus adapters new</c>) leaves for its author: <c>Fill in:</c> notes in
/// the README, code lists with a header and no entry. Named here first, each where it stands, so that the author
/// sees what to fill in rather than the consequences further down (good samples refused with <c>code-list.unknown</c>).
/// </summary>
internal static class FilledInCheck
{
    /// <summary>The marker of a note the scaffold leaves in the README.</summary>
    public const string Marker = "Fill in:";

    public static IEnumerable<ConformanceFailure> Run(AdapterUnderTest a)
    {
        var readme = a.Relative(a.Readme);
        if (!File.Exists(a.Readme))
        {
            yield return a.Fail(ConformanceCheck.FilledIn, readme, "the adapter has no README: describe the national format, its fields, rules and mapping (docs/adding-a-country.md)");
            yield break;
        }
        var lines = File.ReadAllLines(a.Readme);
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].Contains(Marker, StringComparison.Ordinal))
                yield return a.Fail(ConformanceCheck.FilledIn, $"{readme} line {i + 1}", $"a note left to fill in: {lines[i].Trim().TrimStart('>').Trim()} (replace the note with the text it asks for)");
        if (!Directory.Exists(a.CodeLists)) yield break;
        var lists = new CodeListSource(a.CodeLists);
        foreach (var file in Directory.EnumerateFiles(a.CodeLists, "*.csv").Order(StringComparer.Ordinal))
        {
            if (lists.Load(Path.GetFileNameWithoutExtension(file)).Entries.Count > 0) continue;
            yield return a.Fail(ConformanceCheck.FilledIn, a.Relative(file),
                "the code list has no entry: add one line per national code the system uses, in the columns of its header (the README's code-list table says what each column holds)");
        }
    }
}
