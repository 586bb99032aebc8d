using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.__ID__.Reading;

/// <summary>
/// Reads the __SYSTEM__ CSV export: UTF-8, <c>;</c>-separated, a header naming the fields, one request per row. Rows
/// count as a spreadsheet shows them (header = row 1); quoted fields may hold <c>;</c>, quotes (doubled) and line
/// breaks. The SDK's <see cref="CsvRecordReader"/> reads one row at a time, so an export of any size is read in
/// bounded memory; <see cref="SourceEncoding"/> decides how the bytes become text.
/// </summary>
internal sealed class RecordReader
{
    private const string Separator = ";";

    /// <summary>What a byte that is not UTF-8 decodes to: a field holding it is refused where it stands.</summary>
    private const char Replacement = '\uFFFD';

    private static readonly HashSet<string> Known = new(NationalFields.All, StringComparer.Ordinal);

    // A Windows export is often windows-1252: set LegacyEncoding to the export's code page if the national system writes one.
    private static readonly SourceEncodingOptions Encoding = new();

    public IEnumerable<ReadItem> Read(SourceFile source, CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        var detected = SourceEncoding.Detect(stream, source.Name, Encoding);
        if (detected.Problem is { } undecodable)
        {
            yield return ReadItem.Problem(undecodable);
            yield break;
        }
        using var text = detected.OpenReader();
        using var csv = new CsvRecordReader(source.Name, text, Separator);
        var headerRecord = csv.Next(out var fatal);
        if (headerRecord is null)
        {
            yield return ReadItem.Problem(fatal ?? Problem.Error("csv.empty", "The file is empty: it has no header row.", new SourceLocation { File = source.Name, Row = 1, Line = 1 }));
            yield break;
        }
        var header = CsvHeader.Read(headerRecord, Known, NationalFields.Required, name => name.Trim(), "__SYSTEM__");
        foreach (var problem in header.Problems) yield return ReadItem.Problem(problem);
        if (!header.IsUsable) yield break;

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = csv.Next(out fatal);
            if (fatal is not null) yield return ReadItem.Problem(fatal);
            if (record is null) yield break;
            if (record.Fields.Any(f => f.Length > 0)) yield return ReadItem.Of(ToRecord(header, record));
        }
    }

    private static NationalRecord ToRecord(CsvHeader header, CsvRecord record)
    {
        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var problems = new List<Problem>(record.Problems);
        foreach (var field in NationalFields.All)
        {
            var index = header.IndexOf(field);
            if (index < 0 || index >= record.Fields.Length) continue;
            var at = record.Location.At(field, record.Fields[index]);
            fields[field] = at;
            if (record.Fields[index].Contains(Replacement, StringComparison.Ordinal))
                problems.Add(Problem.Error("encoding.invalid", $"{field} holds bytes that are not UTF-8.", at));
        }
        if (record.Fields.Length != header.ColumnCount)
            problems.Add(Problem.Error("csv.field-count", $"The row has {record.Fields.Length} fields; the header names {header.ColumnCount}.", record.Location));
        // The header with the row, so the audit copy of a request reads on its own.
        return new NationalRecord(record.Location, fields, header.RawText + "\n" + record.RawText, problems);
    }
}
