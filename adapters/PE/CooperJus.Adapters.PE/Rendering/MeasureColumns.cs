using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using C = CooperJus.Adapters.PE.SgfColumns;

namespace CooperJus.Adapters.PE.Rendering;

/// <summary>
/// Writes DILIGENCIAS, DETALLE_DILIGENCIAS, FINALIDAD and the national order, and each measure's subjects as
/// DILIGENCIAS_VINCULADAS on the rows they concern. SGF has one detail, one purpose and one order for all the measures
/// of a request, and gives a subject the capacity code list <c>measures</c> says, so whatever a measure says beyond
/// that is reported.
/// </summary>
internal sealed class MeasureColumns
{
    private readonly SgfCodeLists _lists;

    public MeasureColumns(SgfCodeLists lists) => _lists = lists;

    public void Write(CooperationRequest request, WrittenParties parties, RowValues values, RenderScope scope)
    {
        var codes = new List<string>();
        var linked = new List<(int Index, string Code, HashSet<string> Refs)>();
        for (var i = 0; i < request.Measures.Count; i++)
        {
            var measure = request.Measures[i];
            var path = $"/measures/{i}";
            var entry = Entry(measure, path, scope);
            if (entry is null) continue;
            var code = measure.NationalCode is { } national && ReferenceEquals(_lists.Measures.Find(national), entry) ? national : entry.Key;
            codes.Add(code);
            linked.Add((i, code, measure.Subjects.Select(s => s.Ref).ToHashSet(StringComparer.Ordinal)));
            var readBack = WriteSubjects(measure, path, code, _lists.MeasureRules[entry], parties, scope);
            WriteHearing(measure, path, entry, _lists.MeasureRules[entry], readBack, parties, scope);
        }
        WarnSharedCodes(linked, scope);
        values[C.Measures] = codes.Count == 0 ? null : string.Join('|', codes);
        values[C.MeasuresDetail] = Shared(request.Measures, m => m.Description, "description", C.MeasuresDetail, scope);
        values[C.Purpose] = Shared(request.Measures, m => m.Purpose, "purpose", C.Purpose, scope);
        WriteOrder(request.Measures, values, scope);
    }

    private CodeListEntry? Entry(Measure measure, string path, RenderScope scope)
    {
        var code = CanonicalCodes.ToCode(measure.Type);
        if (measure.NationalCode is { } national && _lists.Measures.Find(national) is { } listed && Reads(listed, measure))
            return listed;
        if (measure.NationalCode is not null)
            scope.Altered(path + "/nationalCode", $"it is not an SGF code for {code}; the SGF code is written instead, and reads back as the national code.");
        // A hearing's modality is said by the code (DECLARACION_VIDEOCONFERENCIA), so it picks the code.
        var entry = (measure.Hearing?.Modality is { } modality ? _lists.Measures.Entries.FirstOrDefault(e => _lists.MeasureRules[e].Modality == modality && Reads(e, measure)) : null)
            ?? _lists.Measures.FindBy(("type", code), ("modality", null))
            ?? _lists.Measures.FindBy("type", code);
        if (entry is null) scope.NotCarried(path, $"measure type {code} has no code in code list 'measures'; the measure is left out.");
        return entry;
    }

    /// <summary>True when <paramref name="entry"/> can read back as <paramref name="measure"/>'s type (a witness-hearing code heard with suspects reads as a suspect hearing).</summary>
    private bool Reads(CodeListEntry entry, Measure measure)
    {
        var type = SgfCodeLists.MeasureTypeOf(entry);
        return type == measure.Type
            || (type == MeasureType.WitnessHearing && measure.Type == MeasureType.SuspectHearing && !_lists.MeasureRules[entry].HasImplication);
    }

    /// <summary>Links the measure's subjects to their rows, and returns the refs its subjects read back as.</summary>
    private static List<string> WriteSubjects(Measure measure, string path, string code, MeasureRule rule, WrittenParties parties, RenderScope scope)
    {
        var written = new List<string>();
        for (var j = 0; j < measure.Subjects.Count; j++)
        {
            var subject = measure.Subjects[j];
            if (parties.RowOf(subject.Ref) is not { } row)
            {
                scope.NotCarried($"{path}/subjects/{j}", $"subject {subject.Ref} is not written as a row of the SGF CSV; the measure's link to it is left out.");
                continue;
            }
            if (row[C.MeasureLinks] is not { } links) row[C.MeasureLinks] = code;
            else if (!links.Split('|').Contains(code, StringComparer.Ordinal)) row[C.MeasureLinks] = links + "|" + code;
            written.Add(subject.Ref);
            var capacity = parties.KindOf(subject.Ref) == RowKind.CulturalObject ? SubjectCapacity.Object : rule.Capacity;
            if (subject.Capacity != capacity)
                scope.Altered($"{path}/subjects/{j}/capacity", $"SGF gives a subject of {code} the capacity {(capacity is null ? "none" : CanonicalCodes.ToCode(capacity.Value))} (code list 'measures'), not {(subject.Capacity is null ? "none" : CanonicalCodes.ToCode(subject.Capacity.Value))}.");
        }
        var readBack = written.Count > 0 ? parties.InReadOrder(written).ToList() : parties.Implied(rule).ToList();
        if (written.Count > 0 && !readBack.SequenceEqual(written))
            scope.Altered(path + "/subjects", $"SGF links rows to a measure, and reads its subjects back in row order (persons, organisations, objects): [{string.Join(", ", readBack)}].");
        else if (written.Count == 0 && readBack.Count > 0)
            scope.Altered(path + "/subjects", $"the measure has no subjects, but its code {code} implies [{string.Join(", ", readBack)}] when the SGF CSV is read back.");
        return readBack;
    }

    /// <summary>
    /// DILIGENCIAS_VINCULADAS names codes: measures written with the same code read back with the same subjects, so
    /// measures sharing a code but not their subjects are reported.
    /// </summary>
    private static void WarnSharedCodes(List<(int Index, string Code, HashSet<string> Refs)> linked, RenderScope scope)
    {
        foreach (var group in linked.GroupBy(l => l.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            if (group.All(l => l.Refs.SetEquals(group.First().Refs))) continue;
            foreach (var (index, code, _) in group)
                scope.Altered($"/measures/{index}/subjects", $"SGF links rows to a measure by its code: read back, every {code} of the request has the subjects of all of them.");
        }
    }

    /// <summary>
    /// SGF says a hearing's modality only through its code, and its capacity only through the CONDICION of the persons
    /// the hearing reads back with: a capacity that is not what they give is reported, and so is one that reading adds.
    /// </summary>
    private static void WriteHearing(Measure measure, string path, CodeListEntry entry, MeasureRule rule, List<string> readBack, WrittenParties parties, RenderScope scope)
    {
        var hearing = measure.Hearing;
        var capacities = readBack.Select(r => parties.KindOf(r) == RowKind.Person ? HearingCapacities.Of(parties.RoleOf(r)) : null).Distinct().ToList();
        var reread = SgfCodeLists.MeasureTypeOf(entry) is MeasureType.WitnessHearing or MeasureType.SuspectHearing && capacities is [{ } only] ? only : (HearingCapacity?)null;
        if (hearing?.Capacity is { } capacity && reread is null)
            scope.NotCarried(path + "/hearing/capacity", $"SGF says in what capacity a person is heard only through the CONDICION of the persons linked to the hearing, and they give none; {CanonicalCodes.ToCode(capacity)} is left out.");
        else if (hearing?.Capacity != reread)
            scope.Altered(path + "/hearing/capacity", $"SGF says in what capacity a person is heard only through the CONDICION of the persons linked to the hearing: read back, it is {CanonicalCodes.ToCode(reread!.Value)}.");
        if (hearing?.Modality is not null && hearing.Modality != rule.Modality)
            scope.NotCarried(path + "/hearing/modality", "SGF says a hearing's modality only through its code (DECLARACION_VIDEOCONFERENCIA); this modality is left out.");
    }

    /// <summary>
    /// One text for all measures (DETALLE_DILIGENCIAS, FINALIDAD): the measures' values, each distinct one once. Read
    /// back, every measure gets the whole text, so a measure whose own value differs from it is reported.
    /// </summary>
    private static string? Shared(IReadOnlyList<Measure> measures, Func<Measure, string?> valueOf, string field, string column, RenderScope scope)
    {
        var distinct = measures.Select(valueOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0) return null;
        var text = string.Join("\n", distinct);
        for (var i = 0; i < measures.Count; i++)
        {
            if (valueOf(measures[i]) != text)
                scope.Altered($"/measures/{i}/{field}", $"SGF has one {field} for all measures ({column}): read back, this measure's {field} is that of all measures.");
        }
        return text;
    }

    /// <summary>SGF records one national order per request: the first measure's is written, and every measure reads it back.</summary>
    private void WriteOrder(IReadOnlyList<Measure> measures, RowValues values, RenderScope scope)
    {
        var order = measures.Select(m => m.NationalOrder).FirstOrDefault(o => o is not null);
        if (order is null) return;
        values[C.OrderType] = _lists.OrderIssuers.FindBy("issuer", CanonicalCodes.ToCode(order.IssuedBy))?.Key;
        values[C.OrderIssuer] = order.Authority;
        values[C.OrderNumber] = order.Reference;
        values[C.OrderDate] = order.Date is { } date ? Dates.FormatDayFirst(date) : null;
        var written = order with { AttachmentFileName = null };
        for (var i = 0; i < measures.Count; i++)
        {
            if (measures[i].NationalOrder is not { } own || own with { AttachmentFileName = null } != written)
                scope.Altered($"/measures/{i}/nationalOrder", "SGF has one national order for all the measures of a request (ORDEN_*): read back, this measure has the order of the first measure that has one.");
        }
    }
}
