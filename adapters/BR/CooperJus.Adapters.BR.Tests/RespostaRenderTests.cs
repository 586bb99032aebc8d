using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>Writing canonical responses as a respostas file, and reading them back.</summary>
public sealed class RespostaRenderTests
{
    private static readonly BrazilAdapter Adapter = TestAdapter.Create();

    [Test]
    public void Render_then_read_gives_back_every_response_the_layout_can_express()
    {
        ExpressibleResponses.All.Array[1, 3].Sample(responses =>
        {
            var (json, report) = Render(responses);
            var results = Adapter.ReadResponses(SourceFile.FromBytes("respostas_roundtrip.json", json)).ToList();

            Assert.That(report.Warnings.Select(w => w.ToString()), Is.Empty);
            Assert.That(results.SelectMany(r => r.Problems).Select(p => p.ToString()), Is.Empty);
            Assert.That(results.Select(r => Json(r.Response)), Is.EqualTo(responses.Select(Json)));
        }, iter: 300);
    }

    [Test]
    public void Render_then_read_gives_back_the_golden_responses()
    {
        var responses = Directory.GetFiles(RespostaFiles.Expected, "*.json").Where(f => !f.EndsWith(".lineage.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(f => CanonicalJson.DeserializeResponse(File.ReadAllText(f))).ToList();

        var (json, report) = Render(responses);
        var read = Adapter.ReadResponses(SourceFile.FromBytes("respostas_goldens.json", json)).Select(r => Json(r.Response));

        Assert.That(report.Warnings, Is.Empty);
        Assert.That(read, Is.EqualTo(responses.Select(Json)));
    }

    [Test]
    public void Writes_the_pedidos_header_and_one_resposta_per_response_in_the_layout_names()
    {
        var response = Sample() with
        {
            Results = [new ResponseResult { MeasureIndex = 2, Status = ResponseStatus.Refused, Summary = "Recusado", RefusalGrounds = [new RefusalGround { Code = RefusalGroundCode.NeBisInIdem }] }],
        };

        var (json, report) = Render([response]);
        var root = JsonNode.Parse(json)!;

        Assert.That(report.RequestsWritten, Is.EqualTo(1));
        Assert.That((string?)root["versaoLeiaute"], Is.EqualTo("2.1"));
        Assert.That((string?)root["sistema"], Is.EqualTo("UNICO"));
        var resposta = root["respostas"]![0]!;
        Assert.That((string?)resposta["idResposta"], Is.EqualTo(response.ResponseId));
        Assert.That((string?)resposta["idPedidoCanonico"], Is.EqualTo(RespostaFiles.RequestId));
        Assert.That((string?)resposta["situacao"], Is.EqualTo("CUMPRIDO"));
        Assert.That((string?)resposta["dataResposta"], Is.EqualTo("2024-04-03T10:12:00-03:00"));
        Assert.That((string?)resposta["idioma"], Is.EqualTo("português"));
        Assert.That(resposta["resultados"]![0]!.ToJsonString(), Is.EqualTo("{\"diligencia\":3,\"situacao\":\"RECUSADO\",\"resumo\":\"Recusado\",\"motivosRecusa\":[{\"codigo\":\"COISA_JULGADA\"}]}"));
        Assert.That(Encoding.UTF8.GetString(json), Does.Contain("Procuradoria-Geral da República"), "Portuguese is written unescaped");
    }

    [Test]
    public void Warns_for_every_field_the_layout_cannot_hold()
    {
        var response = Sample() with
        {
            RespondingAuthority = new Authority { Country = "PE", Name = "Fiscalía de la Nación" },
            Language = "sw",
            Attachments = [new Attachment { FileName = "a.pdf", MediaType = "application/pdf", Sha256 = new string('a', 64), Size = 1, Language = "zu" }],
        };

        var (_, report) = Render([response]);

        Assert.That(report.Warnings.Select(w => (w.Rule, w.CanonicalPath)), Is.EquivalentTo(new[]
        {
            ("render.not-carried", "/respondingAuthority/country"),
            ("render.not-carried", "/language"),
            ("render.not-carried", "/attachments/0/language"),
        }));
        Assert.That(report.Warnings, Has.All.Matches<Problem>(w => !w.IsError && w.Message.Contains(response.ResponseId, StringComparison.Ordinal)));
    }

    private static CooperationResponse Sample() => new()
    {
        ResponseId = "7d2a9c41-5b3e-4f60-8a71-2c9d0e4b6f13",
        InResponseTo = RespostaFiles.RequestId,
        Status = ResponseStatus.Executed,
        CreatedAt = new DateTimeOffset(2024, 4, 3, 10, 12, 0, TimeSpan.FromHours(-3)),
        RespondingAuthority = new Authority { Country = "BR", Name = "Procuradoria-Geral da República" },
        Language = "pt",
    };

    private static (byte[] Json, RenderReport Report) Render(IReadOnlyList<CooperationResponse> responses)
    {
        using var output = new MemoryStream();
        var report = Adapter.RenderResponses(responses, output);
        return (output.ToArray(), report);
    }

    private static string Json(CooperationResponse? response) =>
        response is null ? "(rejected)" : JsonNode.Parse(CanonicalJson.Serialize(response))!.ToJsonString();
}
