namespace CooperJus.Gateway.Cli.Scaffold;

/// <summary>
/// A shape of national export the scaffold has templates for: how the files look, and the names the new adapter's
/// descriptor and samples take from it. The shape's own templates are in <c>Templates/&lt;Name&gt;/</c>.
/// </summary>
internal sealed record SourceShape(string Name, string Description, string Extension, string MediaType, string FormatSuffix)
{
    public static readonly IReadOnlyList<SourceShape> All =
    [
        new("csv", "CSV", "csv", "text/csv", "csv"),
        new("json", "JSON", "json", "application/json", "json"),
        new("jsonl", "JSON Lines", "jsonl", "application/jsonl", "jsonl"),
        new("xml", "XML", "xml", "application/xml", "xml"),
        new("custom", "text", "txt", "text/plain", "text"),
    ];

    public static SourceShape? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
