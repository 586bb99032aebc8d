using System.Text;
using System.Text.Json;
using CooperJus.Adapters.BR.Json;
using CooperJus.Adapters.BR.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>Turns one pedido, as scanned, into a canonical request with its lineage and problems.</summary>
internal sealed class PedidoMapper
{
    /// <summary>Nesting level of a pedido object in the file: root object 1, <c>pedidos</c> 2, pedido 3.</summary>
    public const int PedidoLevel = 3;

    /// <summary>The deepest nesting accepted, as for <see cref="JsonDocument"/> by default.</summary>
    public const int MaxNestingLevel = 64;

    private readonly BrazilCodeLists _lists;
    private readonly AdapterDescriptor _descriptor;

    public PedidoMapper(BrazilCodeLists lists, AdapterDescriptor descriptor)
    {
        _lists = lists;
        _descriptor = descriptor;
    }

    /// <summary>
    /// Maps one pedido, its tree built by <paramref name="trees"/> and its objects viewed through
    /// <paramref name="views"/>, the builder and views of the file being read (both reused by its next pedido).
    /// </summary>
    public RecordResult Map(ScanEvent pedido, string fileName, UnicoHeader header, JsonSourceTree trees, JsonViewPool views)
    {
        try
        {
            return Map(pedido, new PedidoContext(fileName, _lists, header, views), trees);
        }
        finally
        {
            views.CloseAll();
        }
    }

    private RecordResult Map(ScanEvent pedido, PedidoContext context, JsonSourceTree trees)
    {
        var fileName = context.FileName;
        var location = new SourceLocation { File = fileName, Path = pedido.Pointer, Line = pedido.Line };
        var originalText = Encoding.UTF8.GetString(pedido.Bytes.Span);
        JsonSourceNode node;
        try
        {
            node = trees.Build(pedido.Bytes.Span, originalText, pedido.Pointer, pedido.Line, PedidoLevel, MaxNestingLevel);
        }
        catch (JsonSourceException e)
        {
            context.Scope.Error(e.Rule, e.Message, location with { Path = e.Pointer, Line = e.Line });
            return context.Scope.ToResult(pedido.Pointer, null, location, originalText);
        }
        if (node.Kind != JsonValueKind.Object)
        {
            context.Scope.Error("json.type", $"Each element of pedidos must be an object, not {node.KindName}.", location with { Value = node.Text });
            return context.Scope.ToResult(pedido.Pointer, null, location, originalText);
        }
        var (recordId, request) = Build(context, context.Open(node), fileName);
        context.ReportUnknownMembers();
        // A pedido without a readable idPedido is still a record (rejected), named by its place in the file.
        return context.Scope.ToResult(recordId ?? pedido.Pointer, request, location, originalText);
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
