using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Adapters.EC.Tests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.EC.Tests;

/// <summary>SIAF respuestas: the Fiscalía's answers to requests from abroad, read and written.</summary>
public sealed class RespuestaTests
{
    private const string RequestId = "1810dd5a-96db-8d68-9059-f69c25f292b7";

    private static string Respuestas(params JsonObject[] respuestas)
    {
        var array = new JsonArray();
        foreach (var respuesta in respuestas) array.Add(respuesta);
        return new JsonObject { ["versionFormato"] = "1.0", ["sistema"] = "SIAF", ["fechaGeneracion"] = "2026-10-20T18:30:00-05:00", ["respuestas"] = array }.ToJsonString();
    }

    private static JsonObject Respuesta() => (JsonObject)JsonNode.Parse($$"""
        {
          "idRespuesta": "SIAF-RC-2026-000093",
          "idPasarela": "{{RequestId}}",
          "estado": "EJECUTADA_PARCIALMENTE",
          "fechaRespuesta": "2026-10-20T17:55:31-05:00",
          "autoridad": { "nombre": "Fiscalía General del Estado", "fiscal": "Verónica Elizabeth Jácome Peña", "cargo": "Directora de Asuntos Internacionales" },
          "limitacionesUso": [ { "tipo": "ESPECIALIDAD", "texto": "Solo para la investigación que motivó la solicitud." } ],
          "resultados": [
            { "diligencia": 2, "estado": "APLAZADA", "resumen": "La orden judicial está pendiente.", "aplazadaHasta": "15/01/2027" },
            { "estado": "EN_TRAMITE", "resumen": "El resto sigue en trámite." }
          ]
        }
        """)!;

    [Test]
    public void Reads_a_respuesta_naming_the_request_by_its_canonical_id()
    {
        var response = Ecuador.ReadResponses(Respuestas(Respuesta())).Single().Response!;

        Assert.That(response.InResponseTo, Is.EqualTo(RequestId));
        Assert.That(response.ResponseId, Is.EqualTo(RequestIds.FromNationalReference("EC", "SIAF-RESPUESTA", "SIAF-RC-2026-000093")));
        Assert.That(response.Status, Is.EqualTo(ResponseStatus.PartiallyExecuted));
        Assert.That(response.RespondingAuthority.Country, Is.EqualTo("EC"));
        Assert.That(response.UseLimitations.Single().Kind, Is.EqualTo(UseLimitationKind.Speciality));
    }

    [Test]
    public void A_resultado_names_its_diligencia_from_1_and_one_without_it_answers_the_whole_request()
    {
        var results = Ecuador.ReadResponses(Respuestas(Respuesta())).Single().Response!.Results;

        Assert.That(results.Select(r => r.MeasureIndex), Is.EqualTo(new int?[] { 1, null }));
        Assert.That(results[0].PostponedUntil, Is.EqualTo(new DateOnly(2027, 1, 15)));
    }

    [TestCase("0")]
    [TestCase("1.5")]
    public void Rejects_a_diligencia_number_that_is_not_a_whole_number_from_1(string number)
    {
        var json = Respuestas(Respuesta()).Replace("\"diligencia\":2", "\"diligencia\":" + number, StringComparison.Ordinal);

        var result = Ecuador.ReadResponses(json).Single();

        Assert.That(result.Problems.Single(p => p.IsError).Rule, Is.EqualTo("response.measure-number"));
        Assert.That(result.Problems.Single(p => p.IsError).Source!.Path, Is.EqualTo("/respuestas/0/resultados/0"));
    }

    [Test]
    public void Rejects_a_respuesta_whose_idPasarela_is_not_a_canonical_request_id()
    {
        var result = Ecuador.ReadResponses(Respuestas(Respuesta().With(r => r["idPasarela"] = "SIAF-AI-2026-000418"))).Single();

        Assert.That(result.IsAccepted, Is.False);
        Assert.That(result.Problems.Single(p => p.IsError).Rule, Is.EqualTo("response.request-id"));
    }

    [Test]
    public void A_response_from_abroad_is_written_with_its_own_id_and_country_and_what_SIAF_cannot_hold_is_reported()
    {
        var response = new CooperationResponse
        {
            ResponseId = "7d2a9c41-5b3e-4f60-8a71-2c9d0e4b6f13",
            InResponseTo = "e573fe29-9d73-8e29-ab0e-3cea5e17cf39",
            Status = ResponseStatus.Refused,
            CreatedAt = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(-3)),
            RespondingAuthority = new Authority { Country = "BR", Name = "Procuradoria-Geral da República" },
            Language = "pt",
            Results = [new ResponseResult { MeasureIndex = 0, Status = ResponseStatus.Refused, Summary = "Recusado.", RefusalGrounds = [new RefusalGround { Code = RefusalGroundCode.EssentialInterests }] }],
        };
        using var output = new MemoryStream();

        var report = Ecuador.Adapter().RenderResponses([response], output);
        var reread = Ecuador.ReadResponses(Encoding.UTF8.GetString(output.ToArray())).Single().Response!;

        Assert.That(reread.ResponseId, Is.EqualTo(response.ResponseId));
        Assert.That(reread.RespondingAuthority.Country, Is.EqualTo("BR"));
        Assert.That(reread.Status, Is.EqualTo(ResponseStatus.Refused));
        Assert.That(report.Warnings.Select(w => (w.Rule, w.CanonicalPath)), Is.EquivalentTo(new[]
        {
            (RenderRules.Altered, "/language"), (RenderRules.NotCarried, "/results/0/refusalGrounds/0/code"),
        }));
        Assert.That(JsonSerializer.Serialize(reread.Results[0] with { RefusalGrounds = [] }), Is.EqualTo(JsonSerializer.Serialize(response.Results[0] with { RefusalGrounds = [] })));
    }
}
