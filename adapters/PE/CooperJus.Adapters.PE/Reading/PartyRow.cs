using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>A party or object row of a request, as measure subjects are resolved from it.</summary>
/// <param name="Ref">The ref the row got (<c>p1</c>, <c>o1</c>, <c>a1</c>).</param>
/// <param name="Kind">What the row describes.</param>
/// <param name="RowTypeAt">The TIPO_FILA cell.</param>
/// <param name="LinksAt">The DILIGENCIAS_VINCULADAS cell: the measures of the request that concern this row.</param>
/// <param name="ConditionAt">The CONDICION cell.</param>
internal sealed record PartyRow(string Ref, RowKind Kind, SourceLocation RowTypeAt, SourceLocation LinksAt, SourceLocation ConditionAt)
{
    /// <summary>The person's canonical role, once read (null for other rows or an unreadable CONDICION).</summary>
    public PersonRole? Role { get; set; }
}
