using System.Text.Json;
using CooperJus.Adapters.EC.Mapping;
using CooperJus.Adapters.EC.Reading;
using CooperJus.Adapters.EC.Rendering;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using static CooperJus.Adapters.EC.Rendering.JsonWriting;

namespace CooperJus.Adapters.EC.Responses;

/// <summary>
/// Writes canonical responses (answers from abroad to Ecuador's requests) as one SIAF respuestas file, each in a
/// <see cref="RenderScope"/> that reports whatever the file has no place for.
/// </summary>
internal sealed class RespuestaRenderer(NationalCodeLists lists, TimeProvider clock)
{
    private const string FormatName = "the SIAF respuestas file";

    private static readonly CarriedPaths Carried = new(
        "/responseId", "/inResponseTo", "/status", "/createdAt", "/language", "/caseReference", "/message",
        "/respondingAuthority/country", "/respondingAuthority/name", "/respondingAuthority/unit",
        "/respondingAuthority/officer/name", "/respondingAuthority/officer/role",
        "/useLimitations/*/kind", "/useLimitations/*/text",
        "/results/*/measureIndex", "/results/*/status", "/results/*/summary", "/results/*/postponedUntil", "/results/*/conditions");

    public RenderReport Render(IReadOnlyList<CooperationResponse> responses, Stream output)
    {
        var warnings = new List<Problem>();
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteString(SiafExportReader.VersionField, NationalDefaults.FormatVersion);
        writer.WriteString(SiafExportReader.SystemField, NationalDefaults.NationalSystem);
        writer.WriteString(SiafExportReader.GeneratedField, Conversions.FormatInstant(clock.GetUtcNow()));
        writer.WriteStartArray("respuestas");
        for (var i = 0; i < responses.Count; i++)
        {
            var scope = new RenderScope(responses[i], i, FormatName, Carried);
            Write(writer, responses[i], scope);
            warnings.AddRange(scope.Complete());
            writer.Flush();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return new RenderReport { RequestsWritten = responses.Count, Warnings = warnings };
    }

    private void Write(Utf8JsonWriter writer, CooperationResponse response, RenderScope scope)
    {
        writer.WriteStartObject();
        // The canonical id is written as it is: reading keeps an idRespuesta that is already one.
        writer.WriteString("idRespuesta", response.ResponseId);
        writer.WriteString(SolicitudMapper.GatewayIdField, response.InResponseTo);
        writer.WriteString("estado", NationalCodeLists.NationalCode(lists.ResponseStatuses, "status", response.Status));
        writer.WriteString("fechaRespuesta", Conversions.FormatInstant(response.CreatedAt));
        WriteAuthority(writer, response.RespondingAuthority);
        Optional(writer, "numeroCaso", response.CaseReference);
        Optional(writer, "mensaje", response.Message);
        if (response.UseLimitations.Count > 0)
        {
            writer.WriteStartArray("limitacionesUso");
            foreach (var limitation in response.UseLimitations)
            {
                writer.WriteStartObject();
                writer.WriteString("tipo", NationalCodeLists.NationalCode(lists.UseLimitations, "kind", limitation.Kind));
                writer.WriteString("texto", limitation.Text);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (response.Results.Count > 0)
        {
            writer.WriteStartArray("resultados");
            foreach (var result in response.Results) WriteResult(writer, result);
            writer.WriteEndArray();
        }
        if (response.Language != NationalDefaults.Language)
            scope.Altered("/language", $"the respuestas file does not say its language, so it reads back as {NationalDefaults.Language}.");
        writer.WriteEndObject();
    }

    private static void WriteAuthority(Utf8JsonWriter writer, Authority authority)
    {
        writer.WriteStartObject("autoridad");
        if (authority.Country != NationalDefaults.Country) Country(writer, "pais", authority.Country);
        Optional(writer, "nombre", authority.Name);
        Optional(writer, "unidad", authority.Unit);
        if (authority.Officer is { } officer)
        {
            writer.WriteString("fiscal", officer.Name);
            Optional(writer, "cargo", officer.Role);
        }
        writer.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter writer, ResponseResult result)
    {
        writer.WriteStartObject();
        if (result.MeasureIndex is { } index) writer.WriteNumber("diligencia", index + 1L);
        writer.WriteString("estado", NationalCodeLists.NationalCode(lists.ResponseStatuses, "status", result.Status));
        writer.WriteString("resumen", result.Summary);
        Optional(writer, "aplazadaHasta", result.PostponedUntil);
        if (result.Conditions.Count > 0) Strings(writer, "condiciones", result.Conditions);
        writer.WriteEndObject();
    }
}
