using System.Text;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.__ID__.Reading;

/// <summary>
/// Reads the __SYSTEM__ CSV export: UTF-8, <c>;</c>-separated, a header naming the fields, one request per row. Rows
/// count as a spreadsheet shows them (header = row 1); quoted fields may hold <c>;</c>, quotes (doubled) and line
/// breaks. One row is read at a time, so an export of any size is read in bounded memory.
/// </summary>
internal sealed class RecordReader
{
    private const char Separator = ';';

    public IEnumerable<ReadItem> Read(SourceFile source, CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var file = new SourceLocation { File = source.Name, Row = 1, Line = 1 };
        var header = Next(text, file, row: 1, line: 1, out var headerProblem);
        if (headerProblem is not null || header is null)
        {
            yield return ReadItem.Problem(headerProblem ?? Problem.Error("csv.empty", "The file is empty: it has no header row.", file));
            yield break;
        }
        var columns = header.Fields.Select(f => f.Trim()).ToList();
        var missing = NationalFields.Required.Where(f => !columns.Contains(f, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            yield return ReadItem.Problem(Problem.Error("csv.missing-column", $"The header lacks the column(s) {string.Join(", ", missing)}.", file.At(missing[0], null)));
            yield break;
        }
        foreach (var unknown in columns.Where(c => !NationalFields.IsKnown(c)))
            yield return ReadItem.Problem(Problem.Warning("csv.unknown-column", $"Column '{unknown}' is not one the adapter reads; its values are ignored.", file.At(unknown, null)));

        var (row, line) = (2L, header.NextLine);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = Next(text, file, row, line, out var problem);
            if (problem is not null) yield return ReadItem.Problem(problem);
            if (record is null) yield break;
            if (record.Fields.Any(f => f.Length > 0)) yield return ReadItem.Of(ToRecord(source.Name, header.Raw, columns, record, row, line));
            (row, line) = (row + 1, record.NextLine);
        }
    }

    private static NationalRecord ToRecord(string file, string headerText, List<string> columns, CsvRecord record, long row, long line)
    {
        var start = new SourceLocation { File = file, Row = row, Line = line };
        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count && i < record.Fields.Count; i++)
            if (NationalFields.IsKnown(columns[i])) fields[columns[i]] = start.At(columns[i], record.Fields[i]);
        var problems = record.Fields.Count == columns.Count
            ? []
            : new[] { Problem.Error("csv.field-count", $"The row has {record.Fields.Count} fields; the header names {columns.Count}.", start) };
        // The header with the row, so the audit copy of a request reads on its own.
        return new NationalRecord(start, fields, headerText + "\n" + record.Raw, problems);
    }

    /// <summary>The next record, or null at the end; bytes that are not UTF-8 end the read with a located file problem.</summary>
    private static CsvRecord? Next(StreamReader text, SourceLocation file, long row, long line, out Problem? problem)
    {
        problem = null;
        try
        {
            return CsvRecord.Read(text, Separator, line);
        }
        catch (DecoderFallbackException)
        {
            problem = Problem.Error("encoding.invalid", "The file is not UTF-8 from this row on; nothing more is read.", file with { Row = row, Line = line });
            return null;
        }
    }
}
