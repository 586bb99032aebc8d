using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Adapters.PE.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>Writing canonical responses as an SGF response export, and reading them back.</summary>
public sealed class ResponseRenderTests
{
    private static readonly PeruAdapter Adapter = Pe.Adapter();

    [Test]
    public void Render_then_read_gives_back_every_response_the_format_can_express()
    {
        ExpressibleResponses.All.Array[1, 3].Sample(responses =>
        {
            var (csv, report) = Render(responses);
            var results = Adapter.ReadResponses(SourceFile.FromBytes("respuestas_roundtrip.csv", csv)).ToList();

            Assert.That(report.Warnings.Select(w => w.ToString()), Is.Empty);
            Assert.That(results.SelectMany(r => r.Problems).Select(p => p.ToString()), Is.Empty);
            Assert.That(results.Select(r => Json(r.Response)), Is.EqualTo(responses.Select(Json)));
        }, iter: 300);
    }

    [Test]
    public void Render_then_read_gives_back_the_golden_responses()
    {
        var responses = Directory.GetFiles(ResponseFiles.Expected, "*.json").Where(f => !f.EndsWith(".lineage.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(f => CanonicalJson.DeserializeResponse(File.ReadAllText(f))).ToList();

        var (csv, report) = Render(responses);
        var read = Adapter.ReadResponses(SourceFile.FromBytes("respuestas_goldens.csv", csv)).Select(r => Json(r.Response));

        Assert.That(report.Warnings, Is.Empty);
        Assert.That(read, Is.EqualTo(responses.Select(Json)));
    }

    [Test]
    public void Writes_utf8_with_bom_semicolons_crlf_and_one_row_per_result_and_attachment()
    {
        var response = Sample() with
        {
            Results = [new ResponseResult { MeasureIndex = 0, Status = ResponseStatus.Executed, Summary = "Hecho; ver adjunto", AttachmentFileNames = ["a.pdf"] }],
            Attachments = [new Attachment { FileName = "a.pdf", MediaType = "application/pdf", Sha256 = new string('a', 64), Size = 10 }],
        };

        var (csv, _) = Render([response]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(csv[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[0], Does.StartWith("NRO_RESPUESTA;ID_SOLICITUD;ESTADO;FECHA_RESPUESTA;"));
        Assert.That(lines[1], Does.Contain(";RESULTADO;1;EJECUTADA;\"Hecho; ver adjunto\";"));
        Assert.That(lines[2], Does.Contain(";ADJUNTO;").And.Contain(";a.pdf;application/pdf;"));
        Assert.That(lines.Skip(1), Has.All.StartWith("3f1c2b7a-8e4d-4c1a-9b2e-5d6f7a8b9c0d;e6efa3ff-7fa0-85ae-b59d-dab7390e9887;EJECUTADA;02/04/2024 09:15:00;"));
    }

    [Test]
    public void Warns_for_every_field_the_export_cannot_hold_or_changes()
    {
        var response = Sample() with
        {
            CreatedAt = new DateTimeOffset(2024, 4, 2, 16, 15, 0, 250, TimeSpan.FromHours(2)),
            Language = "pt",
            RespondingAuthority = new Authority { Country = "BR", Name = "Procuradoria-Geral da República" },
            UseLimitations = [new UseLimitation { Kind = UseLimitationKind.Speciality, Text = "Só no processo A|B" }],
            Results =
            [
                new ResponseResult
                {
                    Status = ResponseStatus.Forwarded,
                    Summary = "Encaminhado",
                    Conditions = ["uno|dos"],
                    ForwardedTo = new Authority { Country = "PE", Name = "Fiscalía de Cusco", Unit = "Despacho 3", Officer = new Officer { Name = "Rosa" }, Contact = new Contact { Phone = "084" } },
                },
            ],
            Attachments =
            [
                new Attachment
                {
                    FileName = "a.pdf", MediaType = "application/pdf", Sha256 = new string('a', 64), Size = 1, Language = "zu",
                    ChainOfCustody = [new CustodyEvent { On = new DateOnly(2024, 5, 1), Holder = "Policía Nacional" }],
                },
            ],
        };

        var (_, report) = Render([response]);

        Assert.That(report.Warnings.Select(w => (w.Rule, w.CanonicalPath)), Is.EquivalentTo(new[]
        {
            ("render.not-carried", "/respondingAuthority/country"),
            ("render.not-carried", "/language"),
            ("render.altered", "/createdAt"),
            ("render.altered", "/useLimitations/0/text"),
            ("render.altered", "/results/0/conditions"),
            ("render.not-carried", "/results/0/forwardedTo/unit"),
            ("render.not-carried", "/results/0/forwardedTo/officer"),
            ("render.not-carried", "/results/0/forwardedTo/contact"),
            ("render.not-carried", "/attachments/0/language"),
            ("render.not-carried", "/attachments/0/chainOfCustody"),
        }));
        Assert.That(report.Warnings, Has.All.Matches<Gateway.Sdk.Diagnostics.Problem>(w => !w.IsError && w.Message.Contains(response.ResponseId, StringComparison.Ordinal)));
    }

    [Test]
    public void A_time_in_another_offset_is_written_as_the_same_instant_in_peru_time()
    {
        var response = Sample() with { CreatedAt = new DateTimeOffset(2024, 4, 2, 16, 15, 0, TimeSpan.FromHours(2)) };

        var (csv, _) = Render([response]);
        var read = Adapter.ReadResponses(SourceFile.FromBytes("respuestas_x.csv", csv)).Single().Response!;

        Assert.That(read.CreatedAt, Is.EqualTo(response.CreatedAt));
        Assert.That(read.CreatedAt.Offset, Is.EqualTo(TimeSpan.FromHours(-5)));
    }

    private static CooperationResponse Sample() => new()
    {
        ResponseId = "3f1c2b7a-8e4d-4c1a-9b2e-5d6f7a8b9c0d",
        InResponseTo = ResponseFiles.RequestId,
        Status = ResponseStatus.Executed,
        CreatedAt = new DateTimeOffset(2024, 4, 2, 9, 15, 0, TimeSpan.FromHours(-5)),
        RespondingAuthority = new Authority { Country = "PE", Name = "Fiscalía de la Nación" },
        Language = "es",
    };

    private static (byte[] Csv, RenderReport Report) Render(IReadOnlyList<CooperationResponse> responses)
    {
        using var output = new MemoryStream();
        var report = Adapter.RenderResponses(responses, output);
        return (output.ToArray(), report);
    }

    private static string Json(CooperationResponse? response) =>
        response is null ? "(rejected)" : JsonNode.Parse(CanonicalJson.Serialize(response))!.ToJsonString();
}
