using System.Globalization;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>The persons, organisations and cultural objects read from a request's rows, with the row each came from.</summary>
internal sealed class PartyMapping
{
    // p1…p32, o1…, a1…: the refs nearly every request uses, made once.
    private const int Refs = 32;
    private static readonly string[] Prefixes = ["p", "o", "a"];
    private static readonly string[][] RefTable =
        [.. Prefixes.Select(p => Enumerable.Range(1, Refs).Select(n => p + n.ToString(CultureInfo.InvariantCulture)).ToArray())];

    private readonly List<(string Ref, SourceLocation At)> _personRows = [];
    private readonly List<(string Ref, SourceLocation At)> _organisationRows = [];
    private readonly List<(string Ref, SourceLocation At)> _assetRows = [];

    public List<Person> Persons { get; } = [];

    public List<Organisation> Organisations { get; } = [];

    public List<Asset> Assets { get; } = [];

    /// <summary>Index the next person row gets in <c>persons[]</c>; reserved even if the row turns out unreadable.</summary>
    public int NextPersonIndex => _personRows.Count;

    /// <summary>Index the next organisation row gets in <c>organisations[]</c>.</summary>
    public int NextOrganisationIndex => _organisationRows.Count;

    /// <summary>Index the next cultural-object row gets in <c>assets[]</c>.</summary>
    public int NextAssetIndex => _assetRows.Count;

    /// <summary>Reserves the next ref of <paramref name="kind"/> (<c>p1</c>, <c>o1</c>, <c>a1</c>…) for the row at <paramref name="at"/>.</summary>
    public string Reserve(RowKind kind, SourceLocation at)
    {
        var (rows, prefix) = kind switch
        {
            RowKind.Person => (_personRows, 0),
            RowKind.Organisation => (_organisationRows, 1),
            _ => (_assetRows, 2),
        };
        var reference = rows.Count < Refs ? RefTable[prefix][rows.Count] : Prefixes[prefix] + (rows.Count + 1).ToString(CultureInfo.InvariantCulture);
        rows.Add((reference, at));
        return reference;
    }

    /// <summary>
    /// The refs a measure concerning <paramref name="kinds"/> targets (persons, then organisations, then objects), and
    /// the sources of that list: <paramref name="measure"/> then the rows the refs come from.
    /// </summary>
    public (IReadOnlyList<string> Targets, SourceLocation[] Sources) Targets(TargetKinds kinds, SourceLocation measure)
    {
        var count = (kinds.HasFlag(TargetKinds.Persons) ? _personRows.Count : 0)
            + (kinds.HasFlag(TargetKinds.Organisations) ? _organisationRows.Count : 0)
            + (kinds.HasFlag(TargetKinds.Assets) ? _assetRows.Count : 0);
        var targets = new string[count];
        var sources = new SourceLocation[count + 1];
        sources[0] = measure;
        var next = 0;
        if (kinds.HasFlag(TargetKinds.Persons)) Copy(_personRows, targets, sources, ref next);
        if (kinds.HasFlag(TargetKinds.Organisations)) Copy(_organisationRows, targets, sources, ref next);
        if (kinds.HasFlag(TargetKinds.Assets)) Copy(_assetRows, targets, sources, ref next);
        return (targets, sources);
    }

    private static void Copy(List<(string Ref, SourceLocation At)> rows, string[] targets, SourceLocation[] sources, ref int next)
    {
        foreach (var (reference, at) in rows)
        {
            targets[next] = reference;
            sources[++next] = at;
        }
    }
}
