using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>One data row of the export, with where it stands and the problems found while parsing it.</summary>
internal sealed class SgfRow
{
    private readonly SgfHeader _header;
    private readonly string[] _fields;
    private readonly SourceLocation _location;

    public SgfRow(SgfHeader header, string[] fields, SourceLocation location, string rawText, IReadOnlyList<Problem> problems)
    {
        _header = header;
        _fields = fields;
        _location = location;
        RawText = rawText;
        Problems = problems;
    }

    /// <summary>CSV record number, the header being row 1.</summary>
    public long Row => _location.Row ?? 0;

    /// <summary>Where the row starts: file, row and physical line.</summary>
    public SourceLocation Location => _location;

    /// <summary>The row's text exactly as read, line break included.</summary>
    public string RawText { get; }

    /// <summary>Problems the parser found in this row (bad quotes, field count, invalid bytes).</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>True when every field is empty or blank: such a row carries nothing and is skipped.</summary>
    public bool IsBlank => _fields.All(string.IsNullOrWhiteSpace);

    /// <summary>The value of <paramref name="column"/> as written, or null when the file has no such column.</summary>
    public string? Value(string column)
    {
        var index = _header.IndexOf(column);
        return index >= 0 && index < _fields.Length ? _fields[index] : null;
    }

    /// <summary>The value trimmed, or null when empty.</summary>
    public string? Trimmed(string column) => Value(column)?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>True when <paramref name="column"/> holds something other than blanks.</summary>
    public bool Has(string column) => Trimmed(column) is not null;

    /// <summary>The location of <paramref name="column"/> in this row, with its value as written.</summary>
    public SourceLocation At(string column) => _location.At(column, Value(column));
}
