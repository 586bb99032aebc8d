using System.Globalization;
using CooperJus.Adapters.EC.Mapping;
using CooperJus.Adapters.EC.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Responses;

/// <summary>
/// Turns one respuesta (the Fiscalía's answer to a request from abroad) into a canonical response, with the same
/// helpers and rules as a solicitud: lineage for every field, a located error for every bad value, never a throw.
/// </summary>
internal sealed class RespuestaMapper(NationalCodeLists lists)
{
    public ResponseRecordResult Map(JsonRecord record, SiafHeader header)
    {
        var context = new RecordContext(record, lists);
        if (record.RootObject() is not { } respuesta) return context.Scope.ToResponseResult(record.Pointer, null, record.Location, record.OriginalText);
        var (id, response) = Build(context, respuesta);
        record.ReportUnknownProperties();
        return context.Scope.ToResponseResult(id ?? record.Pointer, response, record.Location, record.OriginalText);
    }

    private (string?, CooperationResponse?) Build(RecordContext context, JsonObjectView respuesta)
    {
        var scope = context.Scope;
        var idAt = respuesta.RequiredString("idRespuesta", "/responseId");
        var id = idAt?.Value!.Trim();
        var responseId = id is null ? null : ResponseId(context, idAt!, id);
        var inResponseTo = InResponseTo(context, respuesta);
        var status = context.Coded<ResponseStatus>(respuesta, "estado", "/status", lists.ResponseStatuses, "status", required: true);
        var createdAt = CreatedAt(context, respuesta);
        var authority = Authority(context, respuesta);
        var caseReference = context.Text(respuesta, "numeroCaso", "/caseReference");
        var message = context.Text(respuesta, "mensaje", "/message");
        var limitations = UseLimitations(context, respuesta);
        var results = Results(context, respuesta);
        scope.Map("/language", Conversions.AdapterDefault);
        if (scope.HasErrors || responseId is null || inResponseTo is null || status is null || createdAt is null) return (id, null);
        return (id, new CooperationResponse
        {
            ResponseId = responseId,
            InResponseTo = inResponseTo,
            Status = status.Value,
            CreatedAt = createdAt.Value,
            RespondingAuthority = authority,
            CaseReference = caseReference,
            Message = message,
            UseLimitations = limitations,
            Results = results,
            Language = NationalDefaults.Language,
        });
    }

    /// <summary>
    /// <c>idRespuesta</c>: a SIAF number gives a stable id (<c>response-id</c>); a canonical id, which the gateway writes
    /// for a response from abroad, is kept as it is.
    /// </summary>
    private static string ResponseId(RecordContext context, SourceLocation at, string id)
    {
        if (RequestIds.IsCanonical(id))
        {
            context.Scope.Map("/responseId", "copy", at);
            return id;
        }
        context.Scope.Map("/responseId", Conversions.ResponseId, at);
        return RequestIds.FromNationalReference(NationalDefaults.Country, NationalDefaults.ResponseSystem, id);
    }

    /// <summary><c>idPasarela</c>: the canonical id of the request answered, as the gateway wrote it in the solicitud.</summary>
    private static string? InResponseTo(RecordContext context, JsonObjectView respuesta)
    {
        var at = respuesta.RequiredString(SolicitudMapper.GatewayIdField, "/inResponseTo");
        if (at is null) return null;
        var id = at.Value!.Trim();
        if (!RequestIds.IsCanonical(id))
        {
            context.Scope.Error("response.request-id", $"idPasarela '{at.Value}' is not a canonical request id (a UUID in lowercase hexadecimal, as the gateway wrote it in the solicitud).", at, "/inResponseTo");
            return null;
        }
        context.Scope.Map("/inResponseTo", "copy", at);
        return id;
    }

    private static DateTimeOffset? CreatedAt(RecordContext context, JsonObjectView respuesta)
    {
        var at = respuesta.RequiredString("fechaRespuesta", "/createdAt");
        if (at is null) return null;
        if (!Conversions.TryParseInstant(at.Value!, out var instant))
        {
            context.Scope.Error("date.invalid", $"'{at.Value}' is not an RFC 3339 instant with an offset (2024-05-14T10:15:00-05:00).", at, "/createdAt");
            return null;
        }
        context.Scope.Map("/createdAt", Conversions.Instant, at);
        return instant;
    }

    /// <summary><c>autoridad</c>: the answering office, in Ecuador unless <c>pais</c> says otherwise (a response from abroad written by the gateway).</summary>
    private static Authority Authority(RecordContext context, JsonObjectView respuesta)
    {
        var autoridad = respuesta.Object("autoridad", "/respondingAuthority");
        var country = autoridad is null ? null : context.Country(autoridad, "pais", "/respondingAuthority/country");
        if (country is null && autoridad?.Has("pais") != true) context.Scope.Map("/respondingAuthority/country", Conversions.AdapterDefault);
        return new Authority
        {
            Country = country ?? NationalDefaults.Country,
            Name = autoridad is null ? null : context.Text(autoridad, "nombre", "/respondingAuthority/name"),
            Unit = autoridad is null ? null : context.Text(autoridad, "unidad", "/respondingAuthority/unit"),
            Officer = autoridad is null ? null : AuthorityMapping.Officer(context, autoridad, "/respondingAuthority/officer"),
        };
    }

    private List<UseLimitation> UseLimitations(RecordContext context, JsonObjectView respuesta)
    {
        var limitations = new List<UseLimitation>();
        foreach (var limitacion in respuesta.Objects("limitacionesUso", "/useLimitations"))
        {
            var path = Paths.Item("/useLimitations", limitations.Count);
            var kind = context.Coded<UseLimitationKind>(limitacion, "tipo", path + "/kind", lists.UseLimitations, "kind", required: true);
            var text = context.Text(limitacion, "texto", path + "/text", required: true);
            if (kind is not null && text is not null) limitations.Add(new UseLimitation { Kind = kind.Value, Text = text });
        }
        return limitations;
    }

    private List<ResponseResult> Results(RecordContext context, JsonObjectView respuesta)
    {
        var results = new List<ResponseResult>();
        foreach (var resultado in respuesta.Objects("resultados", "/results"))
        {
            var path = Paths.Item("/results", results.Count);
            var index = MeasureIndex(context, resultado, path + "/measureIndex");
            var status = context.Coded<ResponseStatus>(resultado, "estado", path + "/status", lists.ResponseStatuses, "status", required: true);
            var summary = context.Text(resultado, "resumen", path + "/summary", required: true);
            var postponedUntil = context.Date(resultado, "aplazadaHasta", path + "/postponedUntil");
            var conditions = Conditions(context, resultado, path + "/conditions");
            if (status is null || summary is null) continue;
            results.Add(new ResponseResult { MeasureIndex = index, Status = status.Value, Summary = summary, PostponedUntil = postponedUntil, Conditions = conditions });
        }
        return results;
    }

    /// <summary><c>diligencia</c>: the number of the diligencia answered, from 1 in the order of the solicitud; none answers the whole request.</summary>
    private static int? MeasureIndex(RecordContext context, JsonObjectView resultado, string path)
    {
        var at = resultado.Number("diligencia", path);
        if (at is null) return null;
        if (!int.TryParse(at.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            context.Scope.Error("response.measure-number", $"diligencia '{at.Value}' is not a whole number from 1.", at, path);
            return null;
        }
        context.Scope.Map(path, Conversions.OneBasedNumber, at);
        return number - 1;
    }

    private static List<string> Conditions(RecordContext context, JsonObjectView resultado, string path)
    {
        var sources = resultado.Strings("condiciones", path).Where(s => !string.IsNullOrWhiteSpace(s.Value)).ToList();
        if (sources.Count > 0) context.Scope.Map(path, "copy", [.. sources]);
        return [.. sources.Select(s => s.Value!.Trim())];
    }
}
