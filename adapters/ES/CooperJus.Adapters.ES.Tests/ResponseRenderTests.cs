using System.Text;
using System.Xml.Linq;
using CooperJus.Adapters.ES.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>Canonical responses → a Fortuny response file, and the warnings for what the format cannot carry.</summary>
public sealed class ResponseRenderTests
{
    private static readonly XNamespace Fortuny = "urn:es:fiscalia:fortuny:cooperacion:3";

    private static List<CooperationResponse> SampleResponses() =>
        [.. Spain.ReadResponses(Path.Combine(Paths.ResponseSamples, "fortuny-respuesta_2024_comisiones.xml")).Select(r => r.Response!)];

    private static (byte[] Bytes, RenderReport Report) Render(params CooperationResponse[] responses)
    {
        using var output = new MemoryStream();
        var report = Spain.Adapter.RenderResponses(responses, output);
        return (output.ToArray(), report);
    }

    /// <summary>An answer from Peru to a Spanish request, as a partner sends it: more than Fortuny holds.</summary>
    private static CooperationResponse FromPeru => new()
    {
        ResponseId = "0190f1a2-7c3d-7e45-8a9b-1c2d3e4f5a6b",
        InResponseTo = "5c3f2a9e-41b7-8d02-9a6e-3b1f0c7d2e84",
        Status = ResponseStatus.Forwarded,
        CreatedAt = new DateTimeOffset(2024, 6, 12, 9, 30, 0, TimeSpan.FromHours(-5)),
        RespondingAuthority = new Authority { Country = "PE", Name = "Fiscalía de la Nación", Officer = new Officer { Name = "Rosa Quispe", Role = "Fiscal Provincial" }, Contact = new Contact { Email = "ucjie@mpfn.gob.pe" } },
        Results =
        [
            new ResponseResult
            {
                MeasureIndex = 0, Status = ResponseStatus.Forwarded, Summary = "Remitida a la fiscalía competente.",
                ForwardedTo = new Authority { Country = "PE", Name = "Fiscalía Provincial de Lima", Officer = new Officer { Name = "Juan Pérez" } },
                AttachmentFileNames = ["oficio.pdf"],
            },
        ],
        Attachments = [new Attachment { FileName = "informe.pdf", MediaType = "application/pdf", Sha256 = new string('a', 64), Size = 10, DocumentType = AttachmentType.Evidence }],
        Language = "es",
    };

    [Test]
    public void Rendering_the_sample_responses_and_reading_them_back_gives_the_same_responses_with_no_warning()
    {
        var responses = SampleResponses();

        var (bytes, report) = Render([.. responses]);
        var reread = Spain.Adapter.ReadResponses(SourceFile.FromBytes("fortuny-respuesta_roundtrip.xml", bytes)).ToList();

        Assert.That(report.Warnings, Is.Empty);
        Assert.That(reread.SelectMany(r => r.Problems).Where(p => p.IsError), Is.Empty);
        Assert.That(reread.Select(r => CanonicalJson.Serialize(r.Response!)), Is.EqualTo(responses.Select(CanonicalJson.Serialize)));
    }

    [Test]
    public void A_partner_response_is_written_with_its_country_officer_and_state_in_Fortuny_codes()
    {
        var (bytes, _) = Render(FromPeru);
        var respuesta = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Element(Fortuny + "Respuesta")!;

        Assert.That((string?)respuesta.Attribute("solicitud"), Is.EqualTo(FromPeru.InResponseTo));
        Assert.That((string?)respuesta.Attribute("estado"), Is.EqualTo("REMITIDA"));
        Assert.That((string?)respuesta.Attribute("fecha"), Is.EqualTo("2024-06-12T09:30:00-05:00"));
        Assert.That((string?)respuesta.Element(Fortuny + "Autoridad")!.Attribute("pais"), Is.EqualTo("PE"));
        Assert.That((string?)respuesta.Element(Fortuny + "Fiscal")!.Attribute("cargo"), Is.EqualTo("Fiscal Provincial"));
        Assert.That((string?)respuesta.Element(Fortuny + "Resultado")!.Attribute("diligencia"), Is.EqualTo("1"), "measures are numbered from 1");
    }

    [Test]
    public void What_the_format_cannot_hold_is_reported_by_canonical_path()
    {
        var (_, report) = Render(FromPeru);

        Assert.That(report.Warnings.Select(w => (w.Rule, w.CanonicalPath)), Is.EquivalentTo(new (string, string?)[]
        {
            ("render.not-carried", "/results/0/forwardedTo/officer"),
            ("render.not-carried", "/results/0/attachmentFileNames/0"),
            ("render.not-carried", "/attachments/0/documentType"),
        }));
        Assert.That(report.Warnings, Has.All.Matches<Gateway.Sdk.Diagnostics.Problem>(w => !w.IsError && w.Message.Contains(FromPeru.ResponseId, StringComparison.Ordinal)));
    }

    [Test]
    public void Every_canonical_status_is_written_and_reads_back()
    {
        var statuses = Enum.GetValues<ResponseStatus>();
        var responses = statuses.Select((s, i) => FromPeru with
        {
            ResponseId = $"0190f1a2-7c3d-7e45-8a9b-{i:D12}",
            Status = s,
            Results = [],
            Attachments = [],
            RespondingAuthority = new Authority { Country = "PE", Name = "Fiscalía de la Nación" },
        }).ToArray();

        var (bytes, report) = Render(responses);
        var reread = Spain.Adapter.ReadResponses(SourceFile.FromBytes("fortuny-respuesta_all.xml", bytes)).ToList();

        Assert.That(report.Warnings, Is.Empty);
        Assert.That(reread.Select(r => r.Response!.Status), Is.EqualTo(statuses));
    }

    [Test]
    public void A_response_without_an_authority_name_is_written_with_the_country_and_reported_as_altered()
    {
        var (_, report) = Render(FromPeru with { RespondingAuthority = new Authority { Country = "PE" } });

        Assert.That(report.Warnings.Select(w => (w.Rule, w.CanonicalPath)), Does.Contain(("render.altered", (string?)"/respondingAuthority/name")));
    }
}
