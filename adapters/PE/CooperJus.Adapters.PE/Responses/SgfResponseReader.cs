using CooperJus.Gateway.Sdk.Reading;
using System.Text;
using CooperJus.Adapters.PE.Reading;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>
/// Streams an SGF response export with the request reader's decoding and CSV parser: checks the header, groups the
/// contiguous rows of each NRO_RESPUESTA and hands each group to the <see cref="ResponseMapper"/>.
/// </summary>
internal sealed class SgfResponseReader
{
    private static readonly HashSet<string> KnownColumns = new(SgfResponseColumns.All, StringComparer.Ordinal);

    private readonly ResponseMapper _mapper;
    private readonly Encoding? _forcedEncoding;

    public SgfResponseReader(ResponseMapper mapper, Encoding? forcedEncoding)
    {
        _mapper = mapper;
        _forcedEncoding = forcedEncoding;
    }

    public IEnumerable<ResponseRecordResult> Read(SourceFile source, CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        var decoded = SourceDecoding.Open(stream, source.Name, _forcedEncoding);
        using var reader = decoded.Reader;
        if (decoded.Problem is { } undecodable)
        {
            yield return ResponseRecordResult.FileProblem(undecodable);
            yield break;
        }
        var headerAt = new SourceLocation { File = source.Name, Row = 1, Line = 1 };
        if (decoded.IsEmpty)
        {
            yield return ResponseRecordResult.FileProblem(Problem.Error("csv.empty", "The file is empty: it has no header row and no responses.", headerAt));
            yield break;
        }
        var delimiter = !decoded.FirstLine.Contains(';', StringComparison.Ordinal) && decoded.FirstLine.Contains(',', StringComparison.Ordinal) ? "," : ";";
        if (delimiter == ",")
            yield return ResponseRecordResult.FileProblem(Problem.Warning("csv.separator", "The header has no ';' but has ',': the file is read with ',' as the separator, not SGF's ';'.", headerAt));
        using var parser = new CsvRecordReader(source.Name, reader, delimiter);
        var headerRecord = parser.Next(out var fatal);
        if (headerRecord is null || headerRecord.Fields.All(string.IsNullOrWhiteSpace))
        {
            yield return ResponseRecordResult.FileProblem(fatal ?? Problem.Error("csv.empty", "The file has no header row and no responses (only blank lines).", headerAt));
            yield break;
        }
        var problems = new List<Problem>();
        var indexes = ReadHeader(headerRecord, decoded, problems);
        foreach (var problem in problems) yield return ResponseRecordResult.FileProblem(problem);
        if (indexes is null) yield break;
        var header = new ResponseHeader(indexes, headerRecord.Fields.Length, headerRecord.RawText, decoded.IsUtf8);
        foreach (var result in ReadResponses(parser, header, cancellationToken)) yield return result;
    }

    private IEnumerable<ResponseRecordResult> ReadResponses(CsvRecordReader parser, ResponseHeader header, CancellationToken cancellationToken)
    {
        ResponseBlock? current = null;
        var firstRowOf = new Dictionary<string, long>(StringComparer.Ordinal);
        Problem? fatal;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = parser.Next(out fatal);
            if (record is null) break;
            var row = header.ToRow(record);
            if (row.IsBlank) continue;
            var number = row.Trimmed(SgfResponseColumns.ResponseNumber);
            if (number is null)
            {
                row.Problems.Add(Problem.Error("required", $"{SgfResponseColumns.ResponseNumber} is empty: the row belongs to no response.", row.At(SgfResponseColumns.ResponseNumber), "/responseId"));
                yield return new ResponseRecordResult { Location = row.Location, Problems = row.Problems, OriginalText = header.RawText + row.RawText };
                continue;
            }
            if (current?.Number == number)
            {
                current.Add(row);
                continue;
            }
            if (current is not null) yield return _mapper.Map(current);
            current = new ResponseBlock(number, row, header.RawText);
            if (!firstRowOf.TryAdd(number, row.Row))
                current.Problems.Add(Problem.Error("csv.non-contiguous", $"Response {number} starts again at row {row.Row} after other responses; its first rows are at row {firstRowOf[number]}. The rows of one response must be contiguous.", row.At(SgfResponseColumns.ResponseNumber)));
        }
        if (fatal is not null) current?.Problems.Add(fatal with { Message = $"This response may be incomplete. {fatal.Message}" });
        if (current is not null) yield return _mapper.Map(current);
        if (fatal is not null) yield return ResponseRecordResult.FileProblem(fatal);
    }

    private static Dictionary<string, int>? ReadHeader(CsvRecord record, DecodedSource decoded, List<Problem> problems)
    {
        problems.AddRange(record.Problems);
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < record.Fields.Length; i++)
        {
            var name = record.Fields[i];
            var at = record.Location.At($"column {i + 1}", name);
            if (decoded.IsUtf8 && name.Contains(SourceDecoding.Replacement, StringComparison.Ordinal))
                problems.Add(ResponseHeader.InvalidBytes(at));
            var key = TextKeys.Normalize(name);
            if (key.Length == 0)
                problems.Add(Problem.Warning("csv.unknown-column", $"Column {i + 1} has no name; its values are ignored.", at));
            else if (!KnownColumns.Contains(key))
                problems.Add(Problem.Warning("csv.unknown-column", $"Column \"{name}\" is not a column of the SGF response export; its values are ignored.", at));
            else if (!indexes.TryAdd(key, i))
                problems.Add(Problem.Error("csv.duplicate-column", $"Column {key} appears twice (columns {indexes[key] + 1} and {i + 1}): the file cannot be read reliably.", at));
        }
        foreach (var column in SgfResponseColumns.Required.Where(c => !indexes.ContainsKey(c)))
            problems.Add(Problem.Error("csv.missing-column", $"The header has no {column} column, which SGF response exports must have: the file cannot be read reliably.", record.Location.At(column, null)));
        return problems.Any(p => p.Rule is "csv.missing-column" or "csv.duplicate-column") ? null : indexes;
    }
}
