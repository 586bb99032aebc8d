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

    /// <summary>Reserves the next ref of <paramref name="kind"/> (<c>p1</c>, <c>o1</c>, <c>a1</c>…) for <paramref name="row"/>.</summary>
    public string Reserve(RowKind kind, SgfRow row)
    {
        var at = row.At(SgfColumnSlots.RowType);
        var (rows, prefix) = kind switch
        {
            RowKind.Person => (_personRows, 0),
            RowKind.Organisation => (_organisationRows, 1),
            _ => (_assetRows, 2),
        };
        var reference = rows.Count < Refs ? RefTable[prefix][rows.Count] : Prefixes[prefix] + (rows.Count + 1).ToString(CultureInfo.InvariantCulture);
        rows.Add((reference, at));
        Rows.Add(new PartyRow(reference, kind, at, row.At(SgfColumnSlots.MeasureLinks), row.At(SgfColumnSlots.Condition)));
        return reference;
    }

    /// <summary>Every party or object row read, in row order, with what measure subjects are resolved from.</summary>
    public List<PartyRow> Rows { get; } = [];

    /// <summary>The rows of <paramref name="kind"/>, in row order.</summary>
    public IEnumerable<PartyRow> OfKind(RowKind kind) => Rows.Where(r => r.Kind == kind);
}
