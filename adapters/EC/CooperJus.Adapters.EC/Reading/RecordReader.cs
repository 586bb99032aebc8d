using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Reading;

/// <summary>
/// Reads the SIAF JSON export: UTF-8, an object whose <c>requests</c> property is the array of requests; each
/// request is an object of text (or number) properties. The SDK's <see cref="JsonRecordReader"/> streams the array one
/// request at a time, so an export of any size is read in bounded memory; fields are located by JSON pointer
/// (<c>/requests/3</c>, field <c>case</c>) and line.
/// </summary>
internal sealed class RecordReader
{
    private static readonly JsonRecordReaderOptions Options = new()
    {
        ArrayProperty = "requests",
        RecordNoun = "request",
        LayoutName = "the SIAF export",
    };

    public IEnumerable<ReadItem> Read(SourceFile source, CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        var reader = new JsonRecordReader(stream, source.Name, Options);
        while (reader.Next() is { } found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = new SourceLocation { File = source.Name, Line = found.Line, Path = found.Pointer };
            switch (found.Kind)
            {
                case JsonReadEventKind.Record:
                    yield return ReadItem.Of(JsonFields.ToRecord(reader.Open(found, new RecordScope())));
                    break;
                case JsonReadEventKind.OversizedRecord or JsonReadEventKind.InvalidRecord:
                    // Nothing of the request was kept: it is refused where it stands, and the next one is read.
                    yield return ReadItem.Problem(Problem.Error(found.Rule!, found.Message!, at));
                    break;
                case JsonReadEventKind.Problem:
                    yield return ReadItem.Problem(found.Fatal ? Problem.Error(found.Rule!, found.Message!, at) : Problem.Warning(found.Rule!, found.Message!, at));
                    if (found.Fatal) yield break;
                    break;
                case JsonReadEventKind.HeaderValue:
                    yield return ReadItem.Problem(Problem.Warning("json.unknown-property", $"'{found.Name}' is not a property of the SIAF export; it is ignored.", at with { Field = found.Name, Value = found.Text }));
                    break;
                case JsonReadEventKind.RecordsStart:
                    break;
            }
        }
    }
}
