using System.Globalization;
using System.Text;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Adapters.Testing.Conformance.Sources;

/// <summary>
/// A CSV sample: records numbered as lineage numbers them (the header is row 1, a record with quoted line breaks is
/// one row), fields found by column name. The separator is <c>;</c> unless the header has none and has <c>,</c>.
/// </summary>
internal sealed class CsvSourceDocument : ISourceDocument
{
    private readonly List<List<string>> _records;
    private readonly Dictionary<string, int> _columns;

    private CsvSourceDocument(List<List<string>> records)
    {
        _records = records;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var header = records.Count > 0 ? records[0] : [];
        for (var i = 0; i < header.Count; i++) _columns.TryAdd(ValueText.Key(header[i]), i);
        FilledFields = Filled();
    }

    public IReadOnlyDictionary<string, string> FilledFields { get; }

    public static CsvSourceDocument Parse(string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        var separator = !firstLine.Contains(';', StringComparison.Ordinal) && firstLine.Contains(',', StringComparison.Ordinal) ? ',' : ';';
        return new CsvSourceDocument(Records(text, separator));
    }

    public SourceLookup Find(SourceLocation location)
    {
        if (location.Row is not { } row || row < 1 || row > _records.Count || location.Field is null) return SourceLookup.Missing;
        if (!_columns.TryGetValue(ValueText.Key(location.Field), out var column)) return SourceLookup.Missing;
        var record = _records[(int)row - 1];
        return column < record.Count ? SourceLookup.Of(record[column]) : SourceLookup.Missing;
    }

    public string FieldKey(SourceLocation location) => ValueText.Key(location.Field ?? "");

    private Dictionary<string, string> Filled()
    {
        var filled = new Dictionary<string, string>(StringComparer.Ordinal);
        var header = _records.Count > 0 ? _records[0] : [];
        for (var row = 1; row < _records.Count; row++)
        {
            for (var column = 0; column < Math.Min(header.Count, _records[row].Count); column++)
            {
                if (string.IsNullOrWhiteSpace(_records[row][column])) continue;
                filled.TryAdd(ValueText.Key(header[column]), string.Create(CultureInfo.InvariantCulture, $"row {row + 1}, column {header[column].Trim()}"));
            }
        }
        return filled;
    }

    private static List<List<string>> Records(string text, char separator)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == separator)
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return records;
    }
}
