using CooperJus.Adapters.EC.Reading;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary>
/// Turns one solicitud, as the SDK's reader opened it, into a canonical request. Every field goes through the
/// record's scope, which records its lineage when the value converts and a located error when it does not; a
/// solicitud with any error gives no request, only its problems, and the next one is read.
/// </summary>
internal sealed class SolicitudMapper(NationalCodeLists lists, AdapterDescriptor descriptor)
{
    /// <summary>
    /// The solicitud property a gateway writes (README, *A solicitud*): the canonical id of a request from
    /// another country, so the office can name it in its respuesta. Read back as the request id.
    /// </summary>
    public const string GatewayIdField = "idPasarela";

    public RecordResult Map(JsonRecord record, SiafHeader header)
    {
        var context = new RecordContext(record, lists);
        if (record.RootObject() is not { } solicitud) return context.Scope.ToResult(record.Pointer, null, record.Location, record.OriginalText);
        var (id, request) = Build(context, solicitud, header);
        record.ReportUnknownProperties();
        // A solicitud without a readable idSolicitud is still a record (rejected), named by its place in the file.
        return context.Scope.ToResult(id ?? record.Pointer, request, record.Location, record.OriginalText);
    }

    private (string?, CooperationRequest?) Build(RecordContext context, JsonObjectView solicitud, SiafHeader header)
    {
        var scope = context.Scope;
        var idAt = solicitud.RequiredString("idSolicitud", "/issuingAuthority/requestReference");
        var id = idAt is null ? null : scope.Text("/issuingAuthority/requestReference", idAt);
        var gatewayIdAt = solicitud.String(GatewayIdField, "/requestId") ?? solicitud.At(GatewayIdField);
        var requestId = idAt is null ? null : scope.RequestId(gatewayIdAt, idAt, NationalDefaults.Country, NationalDefaults.NationalSystem);
        var caseReference = CaseReference(context, solicitud);
        var createdAt = CreatedAt(context, solicitud);
        var issuedOn = context.Date(solicitud, "fechaOficio", "/issuedOn");
        var issuing = AuthorityMapping.Issuing(context, solicitud, caseReference, id, header);
        var requested = AuthorityMapping.Requested(context, solicitud);
        var urgency = TermsMapping.Urgency(context, solicitud);
        var confidentiality = TermsMapping.Confidentiality(context, solicitud);
        var facts = TermsMapping.Facts(context, solicitud);
        var offences = OffenceMapping.Offences(context, solicitud);
        var persons = PersonMapping.Persons(context, solicitud);
        var organisations = OrganisationMapping.Organisations(context, solicitud);
        var assets = AssetMapping.Assets(context, solicitud);
        var measures = MeasureMapping.Measures(context, solicitud);
        scope.Map("/kind", Conversions.AdapterDefault);
        scope.Map("/language", Conversions.AdapterDefault);
        if (scope.HasErrors || id is null || requestId is null || createdAt is null || issuing is null || requested is null || facts is null) return (id, null);
        return (id, new CooperationRequest
        {
            RequestId = requestId,
            IssuedOn = issuedOn,
            CreatedAt = createdAt.Value,
            Language = NationalDefaults.Language,
            IssuingAuthority = issuing,
            RequestedAuthority = requested,
            Urgency = urgency,
            Confidentiality = confidentiality,
            Facts = facts,
            Offences = offences,
            Persons = persons,
            Organisations = organisations,
            Assets = assets,
            Measures = measures,
            Provenance = new Provenance
            {
                AdapterId = descriptor.Id,
                AdapterVersion = descriptor.Version,
                SourceFormat = descriptor.SourceFormat,
                SourceFile = context.Record.FileName,
                RecordId = id,
            },
        });
    }

    /// <summary>
    /// <c>noticiaDelDelito</c>, the NDD number, whose structure (README, "Case numbers") is checked; or, in a request
    /// from abroad written by the gateway, <c>expedienteExterno</c>, the foreign authority's number as it wrote it.
    /// </summary>
    private static string? CaseReference(RecordContext context, JsonObjectView solicitud)
    {
        var at = solicitud.String("noticiaDelDelito", "/issuingAuthority/caseReference");
        if (at is null && solicitud.String("expedienteExterno", "/issuingAuthority/caseReference") is { } external && !string.IsNullOrWhiteSpace(external.Value))
            return context.Scope.Text("/issuingAuthority/caseReference", external);
        if (at is null || string.IsNullOrWhiteSpace(at.Value))
        {
            context.Scope.Error("required", "noticiaDelDelito is required.", solicitud.At("noticiaDelDelito"), "/issuingAuthority/caseReference");
            return null;
        }
        if (NddNumbers.Problem(at.Value) is { } problem)
        {
            context.Scope.Error("ec.ndd-format", $"noticiaDelDelito '{at.Value}' is not an NDD number: {problem}.", at, "/issuingAuthority/caseReference");
            return null;
        }
        return context.Scope.Text("/issuingAuthority/caseReference", at);
    }

    /// <summary><c>fechaRegistro</c>: when the solicitud was registered in SIAF, an RFC 3339 instant with its offset.</summary>
    private static DateTimeOffset? CreatedAt(RecordContext context, JsonObjectView solicitud)
    {
        var at = solicitud.RequiredString("fechaRegistro", "/createdAt");
        if (at is null) return null;
        if (!Conversions.TryParseInstant(at.Value!, out var instant))
        {
            context.Scope.Error("date.invalid", $"'{at.Value}' is not an RFC 3339 instant with an offset (2024-05-14T10:15:00-05:00).", at, "/createdAt");
            return null;
        }
        context.Scope.Map("/createdAt", Conversions.Instant, at);
        return instant;
    }
}
