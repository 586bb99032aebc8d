using System.Globalization;
using CooperJus.Adapters.UY.Mapping;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;
using R = CooperJus.Adapters.UY.Responses.RespuestaFields;

namespace CooperJus.Adapters.UY.Responses;

/// <summary>Turns one SIPPAU respuesta (one line) into a canonical response, with lineage for every field and located problems.</summary>
internal sealed class ResponseMapper(NationalCodeLists lists)
{
    public ResponseRecordResult Map(JsonRecord record)
    {
        var scope = record.Scope;
        var lineId = Reading.RecordReader.LineId(record.Location.Line);
        if (record.RootObject() is not { } respuesta) return scope.ToResponseResult(lineId, null, record.Location, record.OriginalText);
        var numeroAt = respuesta.RequiredString(R.NumeroRespuesta, "/responseId");
        var responseId = numeroAt is null ? null : ResponseId(scope, numeroAt);
        var inResponseTo = RequestId(scope, respuesta);
        var status = Reads.Code<ResponseStatus>(scope, respuesta.RequiredString(R.Estado, "/status"), new CodeListLookup(lists.ResponseStatuses, "status"), "/status");
        var createdAt = Reads.Instant(scope, respuesta, R.FechaHora, "/createdAt");
        var name = Reads.Text(scope, respuesta, R.Fiscalia, "/respondingAuthority/name");
        var caseReference = Reads.Text(scope, respuesta, R.NumeroCaso, "/caseReference");
        var message = Reads.Text(scope, respuesta, R.Mensaje, "/message");
        var results = new List<ResponseResult>();
        foreach (var resultado in respuesta.Objects(R.Resultados, "/results"))
        {
            if (Result(scope, resultado, $"/results/{results.Count}") is { } result) results.Add(result);
        }
        record.ReportUnknownProperties();
        var recordId = numeroAt?.Value?.Trim() ?? lineId;
        if (scope.HasErrors || responseId is null || inResponseTo is null || status is null || createdAt is null)
            return scope.ToResponseResult(recordId, null, record.Location, record.OriginalText);
        scope.Map("/respondingAuthority/country", Conversions.AdapterDefault);
        scope.Map("/language", Conversions.AdapterDefault);
        var response = new CooperationResponse
        {
            ResponseId = responseId,
            InResponseTo = inResponseTo,
            Status = status.Value,
            CreatedAt = createdAt.Value,
            RespondingAuthority = new Authority { Country = NationalDefaults.Country, Name = name },
            CaseReference = caseReference,
            Message = message,
            Results = results,
            Language = NationalDefaults.Language,
        };
        return scope.ToResponseResult(recordId, response, record.Location, record.OriginalText);
    }

    /// <summary>A canonical id (as the gateway writes a partner's response) is the id itself; SIPPAU's own number derives a stable one.</summary>
    private static string ResponseId(RecordScope scope, Gateway.Sdk.Diagnostics.SourceLocation at)
    {
        var number = at.Value!.Trim();
        if (RequestIds.IsCanonical(number))
        {
            scope.Map("/responseId", Conversions.Copy, at);
            return number;
        }
        scope.Map("/responseId", Conversions.ResponseId, at);
        return RequestIds.FromNationalReference(NationalDefaults.Country, NationalDefaults.ResponseSystem, number);
    }

    private static string? RequestId(RecordScope scope, JsonObjectView respuesta)
    {
        if (respuesta.RequiredString(R.IdPasarela, "/inResponseTo") is not { } at) return null;
        var id = at.Value!.Trim();
        if (!RequestIds.IsCanonical(id))
        {
            scope.Error("response.request-id", $"{R.IdPasarela} '{at.Value}' is not a canonical request id (a lowercase UUID, as the solicitud export carries it in idPasarela).", at, "/inResponseTo");
            return null;
        }
        scope.Map("/inResponseTo", Conversions.Copy, at);
        return id;
    }

    private ResponseResult? Result(RecordScope scope, JsonObjectView resultado, string path)
    {
        int? measureIndex = null;
        if (resultado.Number(R.Medida, path + "/measureIndex") is { } medidaAt)
        {
            if (int.TryParse(medidaAt.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
            {
                scope.Map(path + "/measureIndex", Conversions.OneBasedNumber, medidaAt);
                measureIndex = number - 1;
            }
            else scope.Error("response.measure-number", $"{R.Medida} '{medidaAt.Value}' is not a medida number (1 for the solicitud's first medida).", medidaAt, path + "/measureIndex");
        }
        var status = Reads.Code<ResponseStatus>(scope, resultado.RequiredString(R.Estado, path + "/status"), new CodeListLookup(lists.ResponseStatuses, "status"), path + "/status");
        var summary = Reads.RequiredText(scope, resultado, R.Resumen, path + "/summary");
        var postponedUntil = Reads.IsoDate(scope, resultado, R.AplazadoHasta, path + "/postponedUntil");
        var grounds = new List<RefusalGround>();
        foreach (var causal in resultado.Objects(R.Causales, path + "/refusalGrounds"))
        {
            var g = $"{path}/refusalGrounds/{grounds.Count}";
            var code = Reads.Code<RefusalGroundCode>(scope, causal.RequiredString(R.Codigo, g + "/code"), new CodeListLookup(lists.RefusalGrounds, "ground"), g + "/code");
            var explanation = Reads.Text(scope, causal, R.Explicacion, g + "/explanation");
            if (code is not null) grounds.Add(new RefusalGround { Code = code.Value, Explanation = explanation });
        }
        if (status is null || summary is null) return null;
        return new ResponseResult { MeasureIndex = measureIndex, Status = status.Value, Summary = summary, PostponedUntil = postponedUntil, RefusalGrounds = grounds };
    }
}
