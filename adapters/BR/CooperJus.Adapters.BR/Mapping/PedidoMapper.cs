using CooperJus.Gateway.Sdk.Reading;
using CooperJus.Adapters.BR.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>Turns one pedido, as scanned, into a canonical request with its lineage and problems.</summary>
internal sealed class PedidoMapper
{
    private readonly BrazilCodeLists _lists;
    private readonly AdapterDescriptor _descriptor;

    public PedidoMapper(BrazilCodeLists lists, AdapterDescriptor descriptor)
    {
        _lists = lists;
        _descriptor = descriptor;
    }

    /// <summary>
    /// Maps one pedido, read by <paramref name="reader"/> (the SDK's reader of the file, whose tree builder and object
    /// views each pedido reuses in turn).
    /// </summary>
    public RecordResult Map(JsonRecordReader reader, JsonReadEvent pedido, UnicoHeader header)
    {
        var record = reader.Open(pedido, new RecordScope());
        var context = new PedidoContext(record, _lists, header);
        if (record.RootObject() is not { } root) return context.Scope.ToResult(pedido.Pointer, null, record.Location, record.OriginalText);
        var (recordId, request) = Build(context, root, record.FileName);
        record.ReportUnknownProperties();
        // A pedido without a readable idPedido is still a record (rejected), named by its place in the file.
        return context.Scope.ToResult(recordId ?? pedido.Pointer, request, record.Location, record.OriginalText);
    }

    private (string?, CooperationRequest?) Build(PedidoContext context, JsonObjectView pedido, string fileName)
    {
        var idAt = context.RequiredString(pedido, "idPedido", "/issuingAuthority/requestReference");
        var id = idAt is null ? null : context.Scope.Text("/issuingAuthority/requestReference", idAt);
        // idGateway: the canonical id a gateway wrote for a request from another country; else the id idPedido gives.
        var gatewayIdAt = pedido.String(UnicoFileReader.GatewayIdProperty, "/requestId") ?? pedido.At(UnicoFileReader.GatewayIdProperty);
        var requestId = id is null ? null : context.Scope.RequestId(gatewayIdAt, idAt!, "BR", context.Header.NationalSystem);
        MapCreatedAt(context);
        context.Scope.Map("/language", "adapter-default");
        var issuing = AuthorityMapping.Issuing(context, pedido, id);
        var requested = AuthorityMapping.Requested(context, pedido);
        var legalBasis = TermsMapping.LegalBasis(context, pedido);
        var issuedOn = context.Date(pedido, "dataAssinatura", "/issuedOn");
        var channel = TermsMapping.Channel(context, pedido);
        var urgency = TermsMapping.Urgency(context, pedido);
        var confidentiality = TermsMapping.Confidentiality(context, pedido);
        var proceedings = TermsMapping.Proceedings(context, pedido);
        var facts = FactsMapping.Facts(context, pedido);
        var offences = OffenceMapping.Offences(context, pedido);
        var dualCriminality = TermsMapping.DualCriminality(context, pedido);
        var persons = PersonMapping.Persons(context, pedido);
        var organisations = OrganisationMapping.Organisations(context, pedido, offences);
        var assets = AssetMapping.Assets(context, pedido);
        var attachments = AttachmentMapping.Attachments(context, pedido);
        var assetRecovery = new List<SourceLocation>();
        var measures = MeasureMapping.Measures(context, pedido, persons, assetRecovery);
        var kind = MeasureMapping.Kind(context, assetRecovery);
        if (id is null || requestId is null || issuing is null || requested is null || facts is null) return (id, null);
        return (id, new CooperationRequest
        {
            RequestId = requestId,
            Kind = kind,
            IssuedOn = issuedOn,
            CreatedAt = context.Header.CreatedAt,
            Language = "pt",
            IssuingAuthority = issuing,
            RequestedAuthority = requested,
            Channel = channel,
            LegalBasis = legalBasis,
            Urgency = urgency,
            Confidentiality = confidentiality,
            Proceedings = proceedings,
            Facts = facts,
            Offences = offences,
            DualCriminality = dualCriminality,
            Persons = persons,
            Organisations = organisations,
            Assets = assets,
            Measures = measures,
            Attachments = attachments,
            Provenance = new Provenance
            {
                AdapterId = _descriptor.Id,
                AdapterVersion = _descriptor.Version,
                SourceFormat = _descriptor.SourceFormat,
                SourceFile = fileName,
                RecordId = id,
            },
        });
    }

    private static void MapCreatedAt(PedidoContext context)
    {
        if (context.Header.CreatedAtSource is { } source) context.Scope.Map("/createdAt", Conversions.IsoInstant.Conversion, source);
        else context.Scope.Map("/createdAt", "clock");
    }
}
