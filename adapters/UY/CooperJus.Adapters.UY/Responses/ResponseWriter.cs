using System.Globalization;
using CooperJus.Adapters.UY.Mapping;
using CooperJus.Adapters.UY.Rendering;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using R = CooperJus.Adapters.UY.Responses.RespuestaFields;

namespace CooperJus.Adapters.UY.Responses;

/// <summary>Writes one canonical response (a partner's answer to a Uruguayan solicitud) as a SIPPAU respuesta line.</summary>
internal sealed class ResponseWriter(NationalCodeLists lists)
{
    public void Write(CooperationResponse response, RenderScope scope, Stream output)
    {
        using var line = new JsonLine(output);
        // The canonical id is written as the respuesta's number: it reads back as itself.
        line.String(R.NumeroRespuesta, response.ResponseId);
        line.String(R.IdPasarela, response.InResponseTo);
        line.String(R.Estado, Status(response.Status, "/status", scope));
        line.String(R.FechaHora, Instants.Format(response.CreatedAt));
        line.String(R.Fiscalia, response.RespondingAuthority.Name);
        line.String(R.NumeroCaso, response.CaseReference);
        line.String(R.Mensaje, response.Message);
        if (response.Results.Count > 0)
        {
            line.Writer.WriteStartArray(R.Resultados);
            for (var i = 0; i < response.Results.Count; i++) Result(line, response.Results[i], $"/results/{i}", scope);
            line.Writer.WriteEndArray();
        }
        if (response.RespondingAuthority.Country != NationalDefaults.Country)
            scope.Altered("/respondingAuthority/country", "the respuestas file does not carry it: every respuesta reads back as from Uruguay.");
        if (response.Language != NationalDefaults.Language)
            scope.Altered("/language", "the respuestas file does not carry it, so it reads back as es.");
    }

    private string? Status(ResponseStatus status, string path, RenderScope scope)
    {
        var code = lists.ResponseStatuses.FindBy("status", CanonicalCodes.ToCode(status))?.Key;
        if (code is null) scope.NotCarried(path, "response-statuses.csv has no estado for it.");
        return code;
    }

    private void Result(JsonLine line, ResponseResult result, string path, RenderScope scope)
    {
        var w = line.Writer;
        w.WriteStartObject();
        if (result.MeasureIndex is { } index) w.WriteNumber(R.Medida, index + 1);
        if (Status(result.Status, path + "/status", scope) is { } estado) w.WriteString(R.Estado, estado);
        w.WriteString(R.Resumen, result.Summary);
        if (result.PostponedUntil is { } until) w.WriteString(R.AplazadoHasta, until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (result.RefusalGrounds.Count > 0)
        {
            w.WriteStartArray(R.Causales);
            for (var g = 0; g < result.RefusalGrounds.Count; g++)
            {
                var ground = result.RefusalGrounds[g];
                var code = lists.RefusalGrounds.FindBy("ground", CanonicalCodes.ToCode(ground.Code))?.Key;
                if (code is null)
                {
                    scope.NotCarried($"{path}/refusalGrounds/{g}", "refusal-grounds.csv has no causal for it.");
                    continue;
                }
                w.WriteStartObject();
                w.WriteString(R.Codigo, code);
                if (!string.IsNullOrWhiteSpace(ground.Explanation)) w.WriteString(R.Explicacion, ground.Explanation);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }
}
