using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Rendering;

/// <summary>The persons, organisations and cultural objects written as rows, in row order, with their row values.</summary>
internal sealed class WrittenParties
{
    private readonly List<(string Ref, RowKind Kind, RowValues Row, PersonRole? Role)> _rows = [];

    /// <summary>Records that <paramref name="reference"/> was written as <paramref name="row"/>.</summary>
    public void Add(string reference, RowKind kind, RowValues row, PersonRole? role = null) => _rows.Add((reference, kind, row, role));

    /// <summary>The row written for <paramref name="reference"/>, or null when none was.</summary>
    public RowValues? RowOf(string reference) => _rows.FirstOrDefault(r => r.Ref == reference).Row;

    /// <summary>The kind of the row written for <paramref name="reference"/> (only asked for refs that were written).</summary>
    public RowKind KindOf(string reference) => _rows.First(r => r.Ref == reference).Kind;

    /// <summary>The role of the person written for <paramref name="reference"/>.</summary>
    public PersonRole? RoleOf(string reference) => _rows.FirstOrDefault(r => r.Ref == reference).Role;

    /// <summary>The refs the reader gives, in subject order, for rows linked to a measure: by kind, then row order.</summary>
    public IEnumerable<string> InReadOrder(IEnumerable<string> refs)
    {
        var set = refs.ToHashSet(StringComparer.Ordinal);
        return _rows.Where(r => set.Contains(r.Ref)).OrderBy(r => r.Kind).Select(r => r.Ref);
    }

    /// <summary>The refs a measure whose code implies <paramref name="rule"/> gets back when no row is linked to it.</summary>
    public IEnumerable<string> Implied(MeasureRule rule) => _rows
        .Where(r => (r.Kind == RowKind.Person && r.Role is { } role && rule.ImpliedRoles.Contains(role)) || (r.Kind == RowKind.CulturalObject && rule.ImpliesObjects))
        .OrderBy(r => r.Kind).Select(r => r.Ref);
}
