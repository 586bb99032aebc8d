using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Adapters.Testing.Conformance.Sources;

/// <summary>
/// A JSON Lines sample (<c>.jsonl</c>): one JSON document per line. Lineage names a value by the line it stands on and,
/// within that line's document, its JSON pointer and property, as <see cref="JsonSourceDocument"/> reads them.
/// </summary>
internal sealed class JsonLinesSourceDocument : ISourceDocument
{
    private readonly Dictionary<long, JsonSourceDocument> _lines;

    private JsonLinesSourceDocument(Dictionary<long, JsonSourceDocument> lines)
    {
        _lines = lines;
        var filled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, line) in lines.OrderBy(l => l.Key))
            foreach (var (key, path) in line.FilledFields) filled.TryAdd(key, $"line {number} {path}");
        FilledFields = filled;
    }

    public IReadOnlyDictionary<string, string> FilledFields { get; }

    /// <summary>Parses every non-blank line; a line that is not JSON is left out (a good sample has none).</summary>
    public static JsonLinesSourceDocument Parse(string text)
    {
        var lines = new Dictionary<long, JsonSourceDocument>();
        var number = 0L;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                lines[number] = JsonSourceDocument.Parse(line);
            }
            catch (System.Text.Json.JsonException)
            {
                // Not a value a lineage source can name.
            }
        }
        return new JsonLinesSourceDocument(lines);
    }

    public SourceLookup Find(SourceLocation location) =>
        location.Line is { } line && _lines.TryGetValue(line, out var document) ? document.Find(location) : SourceLookup.Missing;

    public string FieldKey(SourceLocation location) =>
        location.Line is { } line && _lines.TryGetValue(line, out var document) ? document.FieldKey(location) : location.Path + "/" + location.Field;
}
