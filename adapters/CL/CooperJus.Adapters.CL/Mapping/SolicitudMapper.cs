using CooperJus.Adapters.CL.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Mapping;

/// <summary>
/// One <c>Solicitud</c> → one canonical request with its lineage and problems. The request is built only when no error
/// was found; the problems and the original text are kept either way.
/// </summary>
internal sealed class SolicitudMapper(ChileCodeLists lists, AdapterDescriptor descriptor, string file)
{
    public RecordResult Map(XmlRecord record)
    {
        var scope = new RecordScope();
        var solicitud = record.Element;
        if (record.Unreadable is { } unreadable)
        {
            scope.Add(unreadable);
            return scope.ToResult(solicitud.Step, null, solicitud.Location, record.OriginalText);
        }
        XmlSchemaCheck.Run(solicitud, scope, SafSchema.Elements, "SAF");
        var folioAt = solicitud.Attribute("folio");
        var folio = scope.RequiredText("/issuingAuthority/requestReference", folioAt);
        var request = Build(solicitud, folio, scope);
        // A Solicitud without folio still needs an id in the report: its position in the file.
        return scope.ToResult(folio ?? solicitud.Step, scope.HasErrors ? null : request, solicitud.Location, record.OriginalText);
    }

    private CooperationRequest? Build(XmlSourceElement solicitud, string? folio, RecordScope scope)
    {
        var createdAt = scope.RequiredInstant("/createdAt", solicitud.Attribute("ingreso"));
        var authorities = new AuthorityMapper(lists, scope);
        var issuing = authorities.Issuing(solicitud, folio);
        var requested = authorities.Requested(solicitud);
        var proceedings = authorities.Proceedings(solicitud);
        var issuedOn = scope.DayFirstDate("/issuedOn", solicitud.ChildText("FechaOficio"));
        var handling = new HandlingMapper(lists, scope);
        var legalBasis = handling.LegalBases(solicitud);
        var urgency = handling.Urgency(solicitud);
        var confidentiality = handling.Confidentiality(solicitud);
        var facts = handling.Facts(solicitud);
        var offences = handling.Offences(solicitud);
        var ids = new LocalIds(scope);
        var parties = new PartyMapper(lists, scope, ids);
        parties.MapPersons(solicitud.All("Interviniente"));
        parties.MapOrganisations(solicitud.All("Empresa"));
        var assets = new AssetMapper(scope, ids);
        assets.MapAccounts(solicitud.All("CuentaBancaria"));
        assets.MapCulturalObjects(solicitud.All("BienCultural"));
        assets.ResolveHolders();
        var measures = new MeasureMapper(lists, scope, ids).MapAll(solicitud.All("Diligencia"));
        var attachments = new AttachmentMapper(scope).MapAll(solicitud.All("Anexo"));
        // @idPasarela: the canonical id a gateway wrote for a request from another country; else the id @folio gives.
        var requestId = scope.RequestId(solicitud.Attribute(SafSchema.GatewayIdAttribute), solicitud.Attribute("folio"), NationalDefaults.Country, NationalDefaults.NationalSystem);
        if (folio is null || requestId is null || createdAt is null || issuing is null || requested is null || facts is null) return null;
        scope.Map("/kind", Conversions.AdapterDefault);
        scope.Map("/language", Conversions.AdapterDefault);
        return new CooperationRequest
        {
            RequestId = requestId,
            Kind = RequestKind.MutualLegalAssistance,
            IssuedOn = issuedOn,
            CreatedAt = createdAt.Value,
            Language = NationalDefaults.Language,
            IssuingAuthority = issuing,
            RequestedAuthority = requested,
            LegalBasis = legalBasis,
            Urgency = urgency,
            Confidentiality = confidentiality,
            Proceedings = proceedings,
            Facts = facts,
            Offences = offences,
            Persons = parties.Persons,
            Organisations = parties.Organisations,
            Assets = assets.Assets,
            Measures = measures,
            Attachments = attachments,
            Provenance = new Provenance
            {
                AdapterId = descriptor.Id,
                AdapterVersion = descriptor.Version,
                SourceFormat = descriptor.SourceFormat,
                SourceFile = file,
                RecordId = folio,
            },
        };
    }
}
