using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>One data row of a response export, its fields named by the header.</summary>
internal sealed class ResponseRow
{
    private readonly IReadOnlyDictionary<string, int> _indexes;
    private readonly string[] _fields;

    public ResponseRow(IReadOnlyDictionary<string, int> indexes, string[] fields, SourceLocation location, string rawText, List<Problem> problems)
    {
        _indexes = indexes;
        _fields = fields;
        Location = location;
        RawText = rawText;
        Problems = problems;
    }

    /// <summary>File, row (header = 1) and physical line.</summary>
    public SourceLocation Location { get; }

    /// <summary>CSV record number, the header being row 1.</summary>
    public long Row => Location.Row ?? 0;

    /// <summary>The row exactly as read.</summary>
    public string RawText { get; }

    /// <summary>Problems of the row itself (quoting, field count, bytes).</summary>
    public List<Problem> Problems { get; }

    /// <summary>True when every field is blank.</summary>
    public bool IsBlank => _fields.All(string.IsNullOrWhiteSpace);

    /// <summary>The value as written, or null when the file has no such column.</summary>
    public string? Value(string column) =>
        _indexes.TryGetValue(column, out var index) && index < _fields.Length ? _fields[index] : null;

    /// <summary>The value trimmed, or null when blank.</summary>
    public string? Trimmed(string column) => Value(column)?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>True when the column holds something other than blanks.</summary>
    public bool Has(string column) => !string.IsNullOrWhiteSpace(Value(column));

    /// <summary>Where <paramref name="column"/> is in this row, with its value as written.</summary>
    public SourceLocation At(string column) => Location.At(column, Value(column));
}
