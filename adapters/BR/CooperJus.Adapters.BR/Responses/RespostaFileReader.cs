using CooperJus.Adapters.BR.Reading;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.BR.Responses;

/// <summary>
/// Reads one respostas file as the pedidos export is read: streamed by the SDK's reader, the same header and frame
/// (<see cref="UnicoExportReader"/>; <c>geradoEm</c> is informational here), then each element of <c>respostas</c>
/// opened as a record and mapped by the <see cref="RespostaMapper"/>.
/// </summary>
internal sealed class RespostaFileReader
{
    private readonly UnicoExportReader _export;
    private readonly UnicoExportHandlers<ResponseRecordResult> _handlers;

    public RespostaFileReader(RespostaMapper mapper, TimeProvider clock)
    {
        _export = new UnicoExportReader(Options, recordsTakeHeaderDate: false, clock);
        _handlers = new UnicoExportHandlers<ResponseRecordResult>(
            ResponseRecordResult.FileProblem,
            mapper.Map,
            (pointer, at, problem) => new ResponseRecordResult { RecordId = pointer, Location = at, Problems = [problem] });
    }

    /// <summary>The SDK reader's options for a respostas file: records in <c>respostas</c>, each at most 16 MiB (the SDK's default).</summary>
    public static JsonRecordReaderOptions Options { get; } = new()
    {
        ArrayProperty = "respostas",
        RecordNoun = "resposta",
        RootDescription = "one JSON object with versaoLeiaute, sistema, geradoEm and respostas",
        LayoutName = "layout " + UnicoFileReader.SupportedVersion,
    };

    public IEnumerable<ResponseRecordResult> Read(SourceFile source, CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        foreach (var result in _export.Read(new JsonRecordReader(stream, source.Name, Options), source.Name, _handlers, cancellationToken))
            yield return result;
    }
}
