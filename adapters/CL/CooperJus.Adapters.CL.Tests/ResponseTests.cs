using System.Text;
using CooperJus.Adapters.CL.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.CL.Tests;

/// <summary>SAF response files: UCIEX's answers read, and partners' answers written for SAF to import.</summary>
public sealed class ResponseTests
{
    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <RespuestasSAF xmlns="urn:cl:fiscalia:saf:cooperacion:1" version="1.0">
        """;

    [Test]
    public void A_response_names_the_request_by_its_canonical_id_and_its_costs_in_pesos()
    {
        var responses = Chile.Adapter.ReadResponses(SourceFile.FromPath(Path.Combine(Paths.ResponseSamples, "saf_respuestas_2026_uciex.xml"))).ToList();

        var first = responses[0].Response!;
        Assert.That(first.InResponseTo, Is.EqualTo("1810dd5a-96db-8d68-9059-f69c25f292b7"));
        Assert.That(first.Status, Is.EqualTo(ResponseStatus.PartiallyExecuted));
        Assert.That(first.Results[0].Costs!.Amount, Is.EqualTo(new MonetaryAmount { Amount = "1250000", Currency = "CLP" }));
        Assert.That(first.Results[1].InformationNeeded.Single().By, Is.EqualTo(new DateOnly(2027, 1, 15)));
    }

    [Test]
    public void A_folio_written_where_the_request_id_belongs_is_refused()
    {
        var xml = Head + """
              <Respuesta folio="R-1" idSolicitud="UCIEX-2026-000412" estado="CUMPLIDA" fecha="2026-10-28T17:10:00-03:00">
                <Autoridad>Fiscalía Nacional</Autoridad>
              </Respuesta>
            </RespuestasSAF>
            """;

        var result = Chile.ReadResponseText(xml).Single();

        Assert.That(result.Problems.Select(p => p.Rule), Is.EqualTo(new[] { "response.request-id" }));
    }

    [Test]
    public void The_same_folio_gives_the_same_response_id()
    {
        var xml = Head + """
              <Respuesta folio="R-1" idSolicitud="1810dd5a-96db-8d68-9059-f69c25f292b7" estado="RECIBIDA" fecha="2026-10-28T17:10:00-03:00">
                <Autoridad>Fiscalía Nacional</Autoridad>
              </Respuesta>
            </RespuestasSAF>
            """;

        var first = Chile.ReadResponseText(xml).Single().Response!.ResponseId;
        var again = Chile.ReadResponseText(xml, "saf_respuestas_again.xml").Single().Response!.ResponseId;
        var other = Chile.ReadResponseText(xml.Replace("R-1", "R-2", StringComparison.Ordinal)).Single().Response!.ResponseId;

        Assert.That(again, Is.EqualTo(first), "a file dropped twice gives the same response, sent once");
        Assert.That(other, Is.Not.EqualTo(first));
        Assert.That(first, Is.EqualTo(Gateway.Sdk.RequestIds.FromNationalReference("CL", "SAF-RESPUESTA", "R-1")));
    }

    [Test]
    public void A_partner_response_is_written_and_reads_back_the_same()
    {
        var response = new CooperationResponse
        {
            ResponseId = "61950493-0dc1-47f1-940d-c022ba2dfd3f",
            InResponseTo = "ae91456c-9c26-8d18-b0d5-356321f16e1a",
            Status = ResponseStatus.Refused,
            CreatedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(-5)),
            Language = "es",
            RespondingAuthority = new Authority { Country = "PE", Name = "Fiscalía de la Nación" },
            Results = [new ResponseResult { MeasureIndex = 2, Status = ResponseStatus.Refused, Summary = "Denegada.", RefusalGrounds = [new RefusalGround { Code = RefusalGroundCode.NeBisInIdem }] }],
            Attachments = [new Attachment { FileName = "resolucion.pdf", MediaType = "application/pdf", Sha256 = new string('a', 64), Size = 10 }],
        };
        using var output = new MemoryStream();

        var report = Chile.Adapter.RenderResponses([response], output);
        var reread = Chile.ReadResponseText(Encoding.UTF8.GetString(output.ToArray())).Single();

        Assert.That(report.Warnings, Is.Empty);
        Assert.That(reread.Response, Is.EqualTo(response).Using<CooperationResponse>((a, b) => Gateway.Core.CanonicalJson.Serialize(a) == Gateway.Core.CanonicalJson.Serialize(b)));
    }
}
