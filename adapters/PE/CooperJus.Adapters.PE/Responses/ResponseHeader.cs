using CooperJus.Gateway.Sdk.Reading;
using CooperJus.Adapters.PE.Reading;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>The header of a response export: where each known column is; turns parsed records into rows, checking their shape.</summary>
internal sealed class ResponseHeader
{
    private readonly Dictionary<string, int> _indexes;
    private readonly int _columnCount;
    private readonly bool _isUtf8;

    public ResponseHeader(Dictionary<string, int> indexes, int columnCount, string rawText, bool isUtf8)
    {
        _indexes = indexes;
        _columnCount = columnCount;
        _isUtf8 = isUtf8;
        RawText = rawText;
    }

    /// <summary>The header line exactly as read.</summary>
    public string RawText { get; }

    public ResponseRow ToRow(CsvRecord record)
    {
        var problems = new List<Problem>(record.Problems);
        if (record.Fields.Length != _columnCount)
            problems.Add(Problem.Error("csv.field-count", $"The row has {record.Fields.Length} fields but the header has {_columnCount}: a separator is missing or extra, so values may be in the wrong columns.", record.Location));
        var row = new ResponseRow(_indexes, record.Fields, record.Location, record.RawText, problems);
        if (_isUtf8 && record.RawText.Contains(SourceDecoding.Replacement, StringComparison.Ordinal))
        {
            var columns = SgfResponseColumns.All.Where(c => row.Value(c)?.Contains(SourceDecoding.Replacement, StringComparison.Ordinal) == true).ToList();
            problems.AddRange(columns.Count == 0 ? [InvalidBytes(record.Location)] : columns.Select(c => InvalidBytes(row.At(c))));
        }
        return row;
    }

    public static Problem InvalidBytes(SourceLocation at) =>
        Problem.Error("encoding.invalid", "The file is read as utf-8, but this value holds bytes that are not utf-8 (a row written in another encoding?); it is not guessed.", at);
}
