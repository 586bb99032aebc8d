using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using C = CooperJus.Adapters.PE.SgfColumns;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>
/// Works out the subjects of each measure from what the SGF record says, and nothing else: the rows that name the
/// measure in DILIGENCIAS_VINCULADAS, or else the rows the measure code itself implies (a witness hearing concerns the
/// TESTIGO rows). A measure the record does not link to anyone gets no subjects and a warning: a victim is never made
/// the subject of a bank measure because it is a party.
/// </summary>
internal sealed class MeasureSubjects
{
    /// <summary>Rule of the warning for a measure the record links to no party or object.</summary>
    public const string NoSubjectsRule = "measure.no-subjects";

    /// <summary>Rule of the error for a DILIGENCIAS_VINCULADAS code that is not among the request's DILIGENCIAS.</summary>
    public const string LinkRule = "csv.measure-link";

    private readonly SgfCodeLists _lists;
    private readonly Dictionary<int, List<(PartyRow Row, SourceLocation Link)>> _links = [];

    private MeasureSubjects(SgfCodeLists lists) => _lists = lists;

    /// <summary>Reads every row's DILIGENCIAS_VINCULADAS against the request's measures (their entries in order).</summary>
    public static MeasureSubjects Read(RecordScope scope, SgfCodeLists lists, PartyMapping parties, IReadOnlyList<CodeListEntry> measures)
    {
        var subjects = new MeasureSubjects(lists);
        foreach (var row in parties.Rows)
        {
            foreach (var item in ItemList.Split(row.LinksAt))
            {
                if (lists.Measures.Find(item.Value) is not { } entry)
                {
                    scope.Error("code-list.unknown", $"'{item.Value}' is not in code list '{lists.Measures.Name}'.", item, "/measures");
                    continue;
                }
                var linked = false;
                for (var i = 0; i < measures.Count; i++)
                {
                    if (!ReferenceEquals(measures[i], entry)) continue;
                    linked = true;
                    if (!subjects._links.TryGetValue(i, out var list)) subjects._links[i] = list = [];
                    if (!list.Exists(l => l.Row == row)) list.Add((row, item));
                }
                if (!linked)
                    scope.Error(LinkRule, $"{C.MeasureLinks} names {item.Value}, which is not one of the request's {C.Measures}.", item, "/measures");
            }
        }
        return subjects;
    }

    /// <summary>The subjects of measure <paramref name="index"/>, recording lineage under <paramref name="path"/>.</summary>
    public List<MeasureSubject> Of(RecordScope scope, int index, CodeListEntry entry, SourceLocation code, string path, PartyMapping parties)
    {
        var rule = _lists.MeasureRules[entry];
        var chosen = _links.TryGetValue(index, out var links)
            ? links.Select(l => (l.Row, Conversion: "measure-link", Source: l.Link))
            : Implied(rule, parties);
        var result = new List<MeasureSubject>();
        foreach (var (row, conversion, source) in chosen.OrderBy(c => c.Row.Kind))
        {
            var subjectPath = $"{path}/subjects/{result.Count}";
            scope.Map(subjectPath + "/ref", conversion, code, source);
            var capacity = row.Kind == RowKind.CulturalObject ? SubjectCapacity.Object : rule.Capacity;
            if (capacity is not null) scope.Map(subjectPath + "/capacity", _lists.Measures.ConversionName, code);
            result.Add(new MeasureSubject { Ref = row.Ref, Capacity = capacity });
        }
        if (result.Count == 0 && !rule.ConcernsNoParty)
        {
            scope.Warning(NoSubjectsRule,
                $"The SGF record does not say which party or object measure {code.Value} concerns (no row names it in {C.MeasureLinks}" +
                (rule.HasImplication ? " and no row has the condition or kind the code implies" : "") + "); the measure is given without subjects.",
                code, path + "/subjects");
        }
        return result;
    }

    /// <summary>The rows of the subjects of a measure, in subject order (for a hearing's capacity).</summary>
    public IEnumerable<PartyRow> RowsOf(IEnumerable<MeasureSubject> subjects, PartyMapping parties) =>
        subjects.Select(s => parties.Rows.First(r => r.Ref == s.Ref));

    private static IEnumerable<(PartyRow Row, string Conversion, SourceLocation Source)> Implied(MeasureRule rule, PartyMapping parties)
    {
        foreach (var row in parties.Rows)
        {
            if (row.Kind == RowKind.Person && row.Role is { } role && rule.ImpliedRoles.Contains(role))
                yield return (row, "measure-implied-by-condition", row.ConditionAt);
            else if (row.Kind == RowKind.CulturalObject && rule.ImpliesObjects)
                yield return (row, "measure-implied-by-row-type", row.RowTypeAt);
        }
    }
}
