using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>The persons, organisations and cultural objects read from a request's rows, with the row each came from.</summary>
internal sealed class PartyMapping
{
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
            RowKind.Person => (_personRows, "p"),
            RowKind.Organisation => (_organisationRows, "o"),
            _ => (_assetRows, "a"),
        };
        var reference = $"{prefix}{rows.Count + 1}";
        rows.Add((reference, at));
        return reference;
    }

    /// <summary>The refs a measure concerning <paramref name="kinds"/> targets (persons, then organisations, then objects), and the rows they come from.</summary>
    public (IReadOnlyList<string> Targets, SourceLocation[] Sources) Targets(TargetKinds kinds)
    {
        var rows = new List<(string Ref, SourceLocation At)>();
        if (kinds.HasFlag(TargetKinds.Persons)) rows.AddRange(_personRows);
        if (kinds.HasFlag(TargetKinds.Organisations)) rows.AddRange(_organisationRows);
        if (kinds.HasFlag(TargetKinds.Assets)) rows.AddRange(_assetRows);
        return ([.. rows.Select(r => r.Ref)], [.. rows.Select(r => r.At)]);
    }
}
