using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.UY.Reading;

/// <summary>
/// Reads the SIPPAU JSON Lines export: UTF-8, one request per line, each a JSON object of text (or number)
/// properties; blank lines are skipped. The SDK's <see cref="JsonLinesReader"/> reads one line at a time, so an export
/// of any size is read in bounded memory, and a malformed line rejects that request only.
/// </summary>
internal sealed class RecordReader
{
    private static readonly JsonRecordReaderOptions Options = new() { RecordNoun = "request", LayoutName = "the SIPPAU export" };

    public IEnumerable<ReadItem> Read(SourceFile source, CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        var reader = new JsonLinesReader(stream, source.Name, Options);
        var any = false;
        while (reader.Next() is { } found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            any = true;
            if (found.Kind == JsonReadEventKind.Record)
            {
                yield return ReadItem.Of(JsonFields.ToRecord(reader.Open(found, new RecordScope())));
                continue;
            }
            // A line that is not one JSON value, or one too long to keep: refused where it stands, the next lines are read.
            var at = new SourceLocation { File = source.Name, Line = found.Line };
            yield return ReadItem.Problem(found.Kind == JsonReadEventKind.Problem && !found.Fatal
                ? Problem.Warning(found.Rule!, found.Message!, at)
                : Problem.Error(found.Rule!, found.Message!, at));
            if (found.Fatal) yield break;
        }
        if (!any) yield return ReadItem.Problem(Problem.Error("jsonl.empty", "The file holds no request: every line is blank.", new SourceLocation { File = source.Name, Line = 1 }));
    }
}
