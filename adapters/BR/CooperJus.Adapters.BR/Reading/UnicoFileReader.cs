using CooperJus.Adapters.BR.Mapping;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.BR.Reading;

/// <summary>
/// Reads one pedidos export: the header and the frame as every Sistema Único export has them
/// (<see cref="UnicoExportReader"/>), then maps each pedido as the SDK's reader hands it over.
/// </summary>
internal sealed class UnicoFileReader
{
    public const string SupportedVersion = "2.1";
    public const string NationalSystem = "UNICO";

    /// <summary>
    /// The pedido property a gateway writes (README, "Written by the gateway"): the canonical id of a request from
    /// another country, so the office can name it in its answer. Read back as the request id.
    /// </summary>
    public const string GatewayIdProperty = "idGateway";

    private readonly UnicoExportReader _export;
    private readonly UnicoExportHandlers<RecordResult> _handlers;

    public UnicoFileReader(PedidoMapper mapper, TimeProvider clock)
    {
        _export = new UnicoExportReader(Options, recordsTakeHeaderDate: true, clock);
        _handlers = new UnicoExportHandlers<RecordResult>(
            RecordResult.FileProblem,
            mapper.Map,
            (pointer, at, problem) => new RecordResult { RecordId = pointer, Location = at, Problems = [problem] });
    }

    /// <summary>The SDK reader's options for an export: records in <c>pedidos</c>, named so in messages.</summary>
    public static JsonRecordReaderOptions Options { get; } = new()
    {
        ArrayProperty = "pedidos",
        RecordNoun = "pedido",
        RootDescription = "one JSON object with versaoLeiaute, sistema, geradoEm and pedidos",
        LayoutName = "layout " + SupportedVersion,
    };

    public IEnumerable<RecordResult> Read(JsonRecordReader scanner, string fileName, CancellationToken cancellationToken) =>
        _export.Read(scanner, fileName, _handlers, cancellationToken);
}
