using System.Text;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.UY.Reading;

/// <summary>
/// Reads a SIPPAU JSON Lines file: UTF-8 (a byte-order mark is skipped), one JSON object per line, blank lines
/// skipped. The SDK's <see cref="JsonLinesReader"/> reads one line at a time, so a file of any size is read in memory
/// bounded by its longest line, and a line that is not one JSON value, too deep or too long rejects that line only.
/// </summary>
/// <remarks>
/// A <see cref="JsonRecord"/> is only valid until the next line is read, so each line is handed to
/// the map function at once and only its result is yielded. A line that cannot be read is a record of its own, named
/// by its line (<see cref="LineId"/>); only an empty file is a problem of the whole file. Shared by requests and responses.
/// </remarks>
internal static class RecordReader
{
    /// <summary>A line above this is rejected alone (<c>json.&lt;noun&gt;-too-large</c>) without being kept.</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    /// <summary>Objects and arrays nested deeper than this reject the line (<c>json.too-deep</c>); a solicitud needs four levels.</summary>
    public const int MaxNesting = 16;

    public static IEnumerable<T> Read<T>(SourceFile source, string noun, Func<JsonRecord, T> map, Func<Problem, string?, string?, T> problem, CancellationToken cancellationToken)
    {
        var options = new JsonRecordReaderOptions { RecordNoun = noun, LayoutName = "the SIPPAU export", MaxRecordBytes = MaxLineBytes, MaxNestingLevel = MaxNesting };
        using var stream = source.OpenRead();
        var reader = new JsonLinesReader(stream, source.Name, options);
        var any = false;
        while (reader.Next() is { } found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            any = true;
            if (found.Kind == JsonReadEventKind.Record)
            {
                yield return map(reader.Open(found, new RecordScope()));
                continue;
            }
            // A line that is not one JSON value, or too long to keep: refused where it stands, the next lines are read.
            // The line as read is kept for the audit trail (bytes that are not UTF-8 shown as U+FFFD); a line too long was never kept.
            var text = found.Kind == JsonReadEventKind.InvalidRecord ? Encoding.UTF8.GetString(found.Bytes.Span) : null;
            yield return problem(Problem.Error(found.Rule!, found.Message!, new SourceLocation { File = source.Name, Line = found.Line }), LineId(found.Line), text);
        }
        if (!any) yield return problem(Problem.Error("jsonl.empty", $"The file holds no {noun}: it is empty or every line is blank.", new SourceLocation { File = source.Name, Line = 1 }), null, null);
    }

    /// <summary>The id of a record that has no number of its own (a line that could not be read): its line.</summary>
    public static string LineId(long? line) => $"line {line}";
}
