using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary>
/// One <c>Solicitud</c> → one canonical request with its lineage and problems. The request is built only when no error
/// was found; the problems and the original text are kept either way.
/// </summary>
internal sealed class SolicitudMapper
{
    private readonly SpainCodeLists _lists;
    private readonly AdapterDescriptor _descriptor;
    private readonly ExportHeader _header;
    private readonly string _file;

    public SolicitudMapper(SpainCodeLists lists, AdapterDescriptor descriptor, ExportHeader header, string file)
    {
        _lists = lists;
        _descriptor = descriptor;
        _header = header;
        _file = file;
    }

    public RecordResult Map(XmlRecord record)
    {
        var scope = new RecordScope();
        var solicitud = record.Element;
        if (record.Unreadable is { } unreadable)
        {
            scope.Add(unreadable);
            return scope.ToResult(solicitud.Step, null, solicitud.Location, record.OriginalText);
        }
        XmlSchemaCheck.Run(solicitud, scope, FortunySchema.Elements, "Fortuny");
        var referenceAt = solicitud.Attribute("referencia");
        var reference = scope.RequiredText("/issuingAuthority/requestReference", referenceAt);
        var request = Build(solicitud, reference, referenceAt, scope);
        // A Solicitud without referencia still needs an id in the report: its position in the file.
        return scope.ToResult(reference ?? solicitud.Step, scope.HasErrors ? null : request, solicitud.Location, record.OriginalText);
    }

    private CooperationRequest? Build(XmlSourceElement solicitud, string? reference, SourceLocation referenceAt, RecordScope scope)
    {
        var createdAt = CreatedAt(scope);
        var authorities = new AuthorityMapper(_lists, scope);
        var issuing = authorities.Issuing(solicitud, reference);
        var requested = authorities.Requested(solicitud);
        var handling = new HandlingMapper(_lists, scope);
        var legalBasis = handling.LegalBasis(solicitud);
        var urgency = handling.Urgency(solicitud);
        var confidentiality = handling.Confidentiality(solicitud);
        var summary = scope.RequiredText("/facts/summary", solicitud.ChildText("Hechos"));
        var subject = new SubjectMapper(_lists, scope);
        var offences = subject.Offences(solicitud);
        var ids = new LocalIds(scope);
        var parties = new PartyMapper(_lists, scope, ids);
        parties.MapAll(solicitud.All("Interviniente"));
        var assets = new CulturalObjectMapper(scope, ids).MapAll(solicitud.All("BienCultural"));
        var measures = subject.Measures(solicitud, ids);
        var conditions = new ConditionsMapper(scope);
        var issuedOn = scope.DayFirstDate("/issuedOn", solicitud.ChildText("FechaFirma"));
        var dataProtection = conditions.DataProtection(solicitud);
        var executionConditions = conditions.ExecutionConditions(solicitud);
        var dualCriminality = conditions.DualCriminality(solicitud);
        var attachments = new AttachmentMapper(scope).MapAll(solicitud.All("Anexo"));
        // @idPasarela: the canonical id a gateway wrote for a request from another country; else the id @referencia gives.
        var requestId = scope.RequestId(solicitud.Attribute(FortunySchema.GatewayIdAttribute), referenceAt, AuthorityMapper.IssuingCountry, AuthorityMapper.NationalSystem);
        if (reference is null || requestId is null || createdAt is null || issuing is null || requested is null || summary is null) return null;
        scope.Map("/kind", Conversions.AdapterDefault);
        scope.Map("/language", Conversions.AdapterDefault);
        return new CooperationRequest
        {
            RequestId = requestId,
            Kind = RequestKind.MutualLegalAssistance,
            IssuedOn = issuedOn,
            CreatedAt = createdAt.Value,
            Language = "es",
            IssuingAuthority = issuing,
            RequestedAuthority = requested,
            Channel = handling.Channel,
            LegalBasis = legalBasis,
            Urgency = urgency,
            Confidentiality = confidentiality,
            DataProtection = dataProtection,
            ExecutionConditions = executionConditions,
            Proceedings = authorities.Proceedings,
            Facts = new Facts { Summary = summary },
            Offences = offences,
            DualCriminality = dualCriminality,
            Persons = parties.Persons,
            Organisations = parties.Organisations,
            Assets = assets,
            Measures = measures,
            Attachments = attachments,
            Provenance = Provenance(reference),
        };
    }

    private DateTimeOffset? CreatedAt(RecordScope scope)
    {
        if (_header.CreatedAt is { } createdAt)
        {
            scope.Map("/createdAt", Conversions.Instant, _header.Generada);
            return createdAt;
        }
        if (_header.CreatedAtError is { } error) scope.Add(error);
        return null;
    }

    private Provenance Provenance(string reference) => new()
    {
        AdapterId = _descriptor.Id,
        AdapterVersion = _descriptor.Version,
        SourceFormat = _descriptor.SourceFormat,
        SourceFile = _file,
        RecordId = reference,
    };
}
