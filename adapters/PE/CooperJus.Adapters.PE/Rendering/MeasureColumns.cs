using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;
using C = CooperJus.Adapters.PE.SgfColumns;

namespace CooperJus.Adapters.PE.Rendering;

/// <summary>
/// Writes DILIGENCIAS and DETALLE_DILIGENCIAS. SGF has one detail text for all measures and no per-measure targets,
/// so whatever a measure says beyond its type, the shared detail and the target rule of code list <c>measures</c>
/// is reported.
/// </summary>
internal sealed class MeasureColumns
{
    private readonly SgfCodeLists _lists;

    public MeasureColumns(SgfCodeLists lists) => _lists = lists;

    public void Write(CooperationRequest request, WrittenParties parties, RowValues values, RenderNotes notes)
    {
        var codes = new List<string>();
        for (var i = 0; i < request.Measures.Count; i++)
        {
            var measure = request.Measures[i];
            var path = $"/measures/{i}";
            var entry = Entry(measure, path, notes);
            if (entry is null) continue;
            codes.Add(measure.NationalCode is { } national && ReferenceEquals(_lists.Measures.Find(national), entry) ? national : entry.Key);
            var expected = parties.Targets(SgfCodeLists.TargetsOf(entry)).ToHashSet(StringComparer.Ordinal);
            if (!expected.SetEquals(measure.Subjects.Select(s => s.Ref)))
                notes.NotCarried(path + "/subjects", $"SGF has no per-measure targets: read back, {entry.Key} concerns {Describe(SgfCodeLists.TargetsOf(entry))} of the request, not [{string.Join(", ", measure.Subjects.Select(s => s.Ref))}].");
            if (measure.Formalities is not null) notes.NoColumn(path + "/formalities", "a measure's formalities");
            if (measure.RespondBy is not null) notes.NoColumn(path + "/respondBy", "a measure's own deadline");
        }
        values[C.Measures] = codes.Count == 0 ? null : string.Join('|', codes);
        values[C.MeasuresDetail] = Detail(request.Measures, notes);
    }

    private CodeListEntry? Entry(Measure measure, string path, RenderNotes notes)
    {
        var code = CanonicalCodes.ToCode(measure.Type);
        if (measure.NationalCode is { } national && _lists.Measures.Find(national) is { } listed && SgfCodeLists.MeasureTypeOf(listed) == measure.Type)
            return listed;
        if (measure.NationalCode is not null)
            notes.NotCarried(path + "/nationalCode", $"national measure code '{measure.NationalCode}' is not an SGF code for {code}; the SGF code is written instead.");
        var entry = _lists.Measures.FindBy("type", code);
        if (entry is null) notes.NotCarried(path, $"measure type {code} has no code in code list 'measures'; the measure is left out.");
        return entry;
    }

    /// <summary>
    /// The one detail text: the measures' descriptions, each distinct one once. Read back, every measure gets the
    /// whole text, so a measure whose own description differs from it is reported.
    /// </summary>
    private static string? Detail(IReadOnlyList<Measure> measures, RenderNotes notes)
    {
        var distinct = measures.Select(m => m.Description).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0) return null;
        var detail = string.Join("\n", distinct);
        for (var i = 0; i < measures.Count; i++)
        {
            if (measures[i].Description != detail)
                notes.NotCarried($"/measures/{i}/description", "SGF has one detail text for all measures (DETALLE_DILIGENCIAS): read back, this measure's description is the detail of all measures.");
        }
        return detail;
    }

    private static string Describe(TargetKinds kinds) => kinds == TargetKinds.All
        ? "every person, organisation and cultural object"
        : "every " + string.Join(" and ", new[] { (TargetKinds.Persons, "person"), (TargetKinds.Organisations, "organisation"), (TargetKinds.Assets, "cultural object") }
            .Where(k => kinds.HasFlag(k.Item1)).Select(k => k.Item2));
}
