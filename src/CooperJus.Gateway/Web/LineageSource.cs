namespace CooperJus.Gateway.Web;

/// <summary>One source field of a lineage row.</summary>
/// <param name="File">The national file.</param>
/// <param name="Place">Row, line or path in the file (<c>row 5</c>, <c>/pedidos/0 (line 12)</c>), or null.</param>
/// <param name="Field">The column, property or attribute, or null.</param>
/// <param name="Value">The value as written, or null.</param>
internal sealed record LineageSource(string? File, string? Place, string? Field, string? Value);
