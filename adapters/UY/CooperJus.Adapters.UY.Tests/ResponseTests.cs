using System.Text;
using CooperJus.Adapters.UY.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.UY.Tests;

/// <summary>SIPPAU respuestas: read into canonical responses, and partners' responses written as respuestas.</summary>
public sealed class ResponseTests
{
    private const string RequestId = "632f9a53-18b0-8b9a-9d99-9e48a740c02e";

    private const string Respuesta =
        "{\"numeroRespuesta\":\"R-0027/2025\",\"idPasarela\":\"" + RequestId + "\",\"estado\":\"DILIGENCIADA_PARCIALMENTE\",\"fechaHora\":\"2025-04-30T16:45:30-03:00\","
        + "\"resultados\":[{\"medida\":2,\"estado\":\"DENEGADA\",\"resumen\":\"No procede.\",\"causales\":[{\"codigo\":\"FALTA_DOBLE_INCRIMINACION\"}]}]}";

    [Test]
    public void Reads_a_respuesta_naming_the_request_by_its_canonical_id()
    {
        var response = Uruguay.ReadResponseLines(Respuesta).Single().Response!;

        Assert.That(response.InResponseTo, Is.EqualTo(RequestId));
        Assert.That(response.ResponseId, Is.EqualTo(RequestIds.FromNationalReference("UY", "SIPPAU-RESPUESTA", "R-0027/2025")));
        Assert.That(response.Status, Is.EqualTo(ResponseStatus.PartiallyExecuted));
        var result = response.Results.Single();
        Assert.That(result.MeasureIndex, Is.EqualTo(1), "medida 2 is the second measure, index 1");
        Assert.That(result.RefusalGrounds.Single().Code, Is.EqualTo(RefusalGroundCode.AbsenceOfDualCriminality));
    }

    [Test]
    public void Rejects_a_respuesta_that_names_the_request_by_a_SIPPAU_number()
    {
        var result = Uruguay.ReadResponseLines(Respuesta.Replace(RequestId, "CI-0145/2024", StringComparison.Ordinal)).Single();

        Assert.That(result.Problems.Where(p => p.IsError).Select(p => p.Rule), Is.EqualTo(new[] { "response.request-id" }));
        Assert.That(result.Response, Is.Null);
    }

    [Test]
    public void A_partners_response_is_written_with_its_canonical_id_and_reads_back_the_same()
    {
        var response = Uruguay.ReadResponseLines(Respuesta).Single().Response!;
        var partner = response with { ResponseId = "5d1e7c2a-3b4f-4a6e-9c8d-0f1e2d3c4b5a", RespondingAuthority = new Authority { Country = "UY", Name = "FGN" } };

        using var output = new MemoryStream();
        var report = Uruguay.Adapter.RenderResponses([partner], output);
        var reread = Uruguay.ReadResponseLines(Encoding.UTF8.GetString(output.ToArray()).TrimEnd('\n')).Single().Response!;

        Assert.That(report.Warnings, Is.Empty);
        Assert.That(reread, Is.EqualTo(partner).Using<CooperationResponse>((a, b) => Json(a) == Json(b)));
    }

    private static string Json(CooperationResponse response) => CanonicalJson.Serialize(response);
}
