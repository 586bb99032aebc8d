using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>canonical → Render → Read → canonical is the identity for whatever the layout can express.</summary>
public sealed class RoundTripTests
{
    private static readonly Provenance Neutral = new() { AdapterId = "-", AdapterVersion = "-", SourceFormat = "-", SourceFile = "-", RecordId = "-" };

    private static string WithoutProvenance(CooperationRequest request) => CanonicalJson.Serialize(request with { Provenance = Neutral });

    private static (RenderReport Report, List<RecordResult> Results) RenderAndRead(IReadOnlyList<CooperationRequest> requests)
    {
        var adapter = TestAdapter.Create();
        using var output = new MemoryStream();
        var report = adapter.Render(requests, output);
        return (report, [.. adapter.Read(SourceFile.FromBytes("pedidos_roundtrip.json", output.ToArray()))]);
    }

    [Test]
    public void Rendering_then_reading_gives_back_every_expressible_request()
    {
        ExpressibleRequests.Request.Sample(request =>
        {
            var (report, results) = RenderAndRead([request]);
            Assert.That(report.Warnings.Select(w => w.ToString()), Is.Empty, "nothing expressible is reported as lost");
            var result = results.Single();
            Assert.That(result.Problems.Where(p => p.IsError).Select(p => p.ToString()), Is.Empty);
            Assert.That(WithoutProvenance(result.Request!), Is.EqualTo(WithoutProvenance(request)));
        }, iter: 300);
    }

    [Test]
    public void Rendering_the_good_sample_read_back_gives_the_same_requests()
    {
        var original = Import.File(Samples.Good).Select(r => r.Request!).ToList();
        var (report, results) = RenderAndRead(original);
        Assert.That(report.RequestsWritten, Is.EqualTo(3));
        Assert.That(report.Warnings, Is.Empty);
        Assert.That(results.Select(r => WithoutProvenance(r.Request!)), Is.EqualTo(original.Select(WithoutProvenance)));
    }

    [Test]
    public void Renders_indented_UTF8_with_the_layout_header_and_readable_accents()
    {
        var requests = Import.File(Samples.Good).Select(r => r.Request!).ToList();
        using var output = new MemoryStream();
        TestAdapter.Create().Render(requests, output);
        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.That(text, Does.StartWith("{\n  \"versaoLeiaute\": \"2.1\",\n  \"sistema\": \"UNICO\",\n  \"geradoEm\": \"2024-05-20T14:32:05-03:00\",\n  \"pedidos\": ["));
        Assert.That(text, Does.Contain("\"nomeCompleto\": \"Luísa Helena Conceição Drummond\"").Or.Contain("Procuradoria da República no Paraná"));
        Assert.That(text, Does.Not.Contain("\\u00"));
        var pedido = JsonNode.Parse(text)!["pedidos"]![0]!;
        Assert.That(pedido["paisRequerido"]!.GetValue<string>(), Is.EqualTo("PER"));
        Assert.That(pedido["urgencia"]!.GetValue<string>(), Is.EqualTo("URGENTE"));
        Assert.That(pedido["envolvidos"]![0]!["nomeCompleto"]!.GetValue<string>(), Is.EqualTo("Ricardo Alves Bittencourt"));
        Assert.That(pedido["bens"]![0]!["valor"]!.GetValue<string>(), Is.EqualTo("USD 1.250.000,00"));
        Assert.That(pedido["bens"]![1]!["valor"]!.GetValue<string>(), Is.EqualTo("R$ 785.000,00"));
    }

    [Test]
    public void Renders_an_empty_list_as_a_file_with_no_pedidos_dated_by_the_clock()
    {
        var (report, results) = RenderAndRead([]);
        Assert.That(report.RequestsWritten, Is.Zero);
        Assert.That(results, Is.Empty);
    }
}
