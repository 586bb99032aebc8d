using System.Collections.Frozen;
using System.Text;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>
/// Streams an SGF export: decodes it, checks the header, groups contiguous rows by request number and hands each
/// group to the <see cref="RequestMapper"/>. Holds one request's rows at a time, plus the first row of every request
/// number seen (to report a number that comes back).
/// </summary>
internal sealed class SgfFileReader
{
    private static readonly FrozenSet<string> KnownColumns = SgfColumns.All.ToFrozenSet(StringComparer.Ordinal);

    private readonly RequestMapper _mapper;
    private readonly Encoding? _forcedEncoding;

    public SgfFileReader(RequestMapper mapper, Encoding? forcedEncoding)
    {
        _mapper = mapper;
        _forcedEncoding = forcedEncoding;
    }

    public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        var decoded = SourceDecoding.Open(stream, source.Name, _forcedEncoding);
        using var reader = decoded.Reader;
        if (decoded.Problem is { } undecodable)
        {
            yield return RecordResult.FileProblem(undecodable);
            yield break;
        }
        var headerAt = new SourceLocation { File = source.Name, Row = 1, Line = 1 };
        if (decoded.IsEmpty)
        {
            yield return RecordResult.FileProblem(Problem.Error("csv.empty", "The file is empty: it has no header row and no requests.", headerAt));
            yield break;
        }
        var delimiter = ChooseDelimiter(decoded.FirstLine);
        if (delimiter == ",")
            yield return RecordResult.FileProblem(Problem.Warning("csv.separator", "The header has no ';' but has ',': the file is read with ',' as the separator, not SGF's ';'.", headerAt));
        using var parser = new CsvRecordReader(source.Name, reader, delimiter);
        var headerRecord = parser.Next(out var fatal);
        if (headerRecord is null || headerRecord.Fields.All(string.IsNullOrWhiteSpace))
        {
            yield return RecordResult.FileProblem(fatal ?? Problem.Error("csv.empty", "The file has no header row and no requests (only blank lines).", headerAt));
            yield break;
        }
        var headerProblems = new List<Problem>();
        var header = ReadHeader(headerRecord, decoded, headerProblems);
        foreach (var problem in headerProblems) yield return RecordResult.FileProblem(problem);
        if (header is null) yield break;
        foreach (var result in ReadRequests(parser, header, decoded.IsUtf8, cancellationToken)) yield return result;
    }

    private IEnumerable<RecordResult> ReadRequests(CsvRecordReader parser, SgfHeader header, bool isUtf8, CancellationToken cancellationToken)
    {
        RequestBlock? current = null;
        var firstRowOf = new Dictionary<string, long>(StringComparer.Ordinal);
        Problem? fatal;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = parser.Next(out fatal);
            if (record is null) break;
            var row = ToRow(header, record, isUtf8);
            if (row.IsBlank) continue;
            var number = row.Trimmed(SgfColumns.RequestNumber);
            if (number is null)
            {
                yield return Orphan(row, header);
                continue;
            }
            if (current is not null && current.Number == number)
            {
                current.Add(row);
                continue;
            }
            if (current is not null) yield return _mapper.Map(current);
            current = new RequestBlock(number, row, header);
            if (firstRowOf.TryGetValue(number, out var earlier))
                current.AddProblem(NonContiguous(number, earlier, row));
            else
                firstRowOf[number] = row.Row;
        }
        if (fatal is not null)
            current?.AddProblem(fatal with { Message = $"This request may be incomplete. {fatal.Message}" });
        if (current is not null) yield return _mapper.Map(current);
        if (fatal is not null) yield return RecordResult.FileProblem(fatal);
    }

    private static string ChooseDelimiter(string headerLine) =>
        !headerLine.Contains(';', StringComparison.Ordinal) && headerLine.Contains(',', StringComparison.Ordinal) ? "," : ";";

    private static SgfHeader? ReadHeader(CsvRecord record, DecodedSource decoded, List<Problem> problems)
    {
        var header = CsvHeader.Read(record, KnownColumns, SgfColumns.Required, SgfHeader.Key, "SGF");
        problems.AddRange(header.Problems);
        if (decoded.IsUtf8)
        {
            for (var i = 0; i < record.Fields.Length; i++)
            {
                if (HoldsInvalidBytes(record.Fields[i])) problems.Add(InvalidBytes(record.Location.At($"column {i + 1}", record.Fields[i]), decoded.EncodingName));
            }
        }
        return header.IsUsable ? new SgfHeader(header) : null;
    }

    private static SgfRow ToRow(SgfHeader header, CsvRecord record, bool isUtf8)
    {
        // Most rows have no problem: share the parser's (empty) list unless one is added.
        var invalidBytes = isUtf8 && HoldsInvalidBytes(record.RawText);
        var problems = record.Problems.Count == 0 && record.Fields.Length == header.ColumnCount && !invalidBytes
            ? null
            : new List<Problem>(record.Problems);
        if (record.Fields.Length != header.ColumnCount)
            problems!.Add(Problem.Error("csv.field-count", $"The row has {record.Fields.Length} fields but the header has {header.ColumnCount}: a separator is missing or extra, so values may be in the wrong columns.", record.Location));
        var row = new SgfRow(header, record.Fields, record.Location, record.RawText, (IReadOnlyList<Problem>?)problems ?? record.Problems);
        // Fields come from the raw text, so a raw text without U+FFFD spares looking at each of the 38 fields.
        if (invalidBytes && record.Fields.Any(HoldsInvalidBytes))
        {
            var columns = SgfColumns.All.Where(c => HoldsInvalidBytes(row.Value(c))).ToList();
            problems!.AddRange(columns.Count == 0 ? [InvalidBytes(record.Location, "utf-8")] : columns.Select(c => InvalidBytes(row.At(c), "utf-8")));
        }
        return row;
    }

    /// <summary>True when the field holds U+FFFD, the trace a UTF-8 decoder leaves of bytes that were not UTF-8.</summary>
    private static bool HoldsInvalidBytes(string? field) => field?.Contains(SourceDecoding.Replacement, StringComparison.Ordinal) == true;

    private static Problem InvalidBytes(SourceLocation at, string encoding) =>
        Problem.Error("encoding.invalid", $"The file is read as {encoding}, but this value holds bytes that are not {encoding} (a row written in another encoding?); it is not guessed.", at);

    private static Problem NonContiguous(string number, long earlierRow, SgfRow row) =>
        Problem.Error("csv.non-contiguous", $"Request {number} starts again at row {row.Row} after other requests; its first rows are at row {earlierRow}. The rows of one request must be contiguous.", row.At(SgfColumns.RequestNumber));

    private static RecordResult Orphan(SgfRow row, SgfHeader header)
    {
        var problems = new List<Problem>(row.Problems)
        {
            Problem.Error("required", $"{SgfColumns.RequestNumber} is empty: the row belongs to no request.", row.At(SgfColumns.RequestNumber), "/issuingAuthority/requestReference"),
        };
        return new RecordResult { Location = row.Location, Problems = problems, OriginalText = header.RawText + row.RawText };
    }
}
