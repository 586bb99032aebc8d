namespace CooperJus.Gateway.Web;

/// <summary>One row of the lineage table: a canonical field, where its value came from, and how it was converted.</summary>
/// <param name="CanonicalPath">The canonical field (a JSON pointer), or what the lineage held instead.</param>
/// <param name="Sources">The source fields read (none for values the adapter set itself).</param>
/// <param name="Conversion">The conversion's name, or null when the lineage does not say.</param>
internal sealed record LineageRow(string CanonicalPath, IReadOnlyList<LineageSource> Sources, string? Conversion);
