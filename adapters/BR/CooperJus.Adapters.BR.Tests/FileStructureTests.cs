using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using static CooperJus.Adapters.BR.Tests.Support.Results;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>The file as a whole: header, JSON syntax, truncation, nesting, duplicates, unknown properties.</summary>
public sealed class FileStructureTests
{
    private static string ThreePedidos() =>
        new PedidoFile().Add(PedidoFile.MinimalPedido("P-0")).Add(PedidoFile.MinimalPedido("P-1")).Add(PedidoFile.MinimalPedido("P-2")).ToJson();

    private static Problem FileError(List<RecordResult> results, string rule)
    {
        var fileProblems = results.Where(r => r.RecordId is null).SelectMany(r => r.Problems);
        var problem = Only(fileProblems, rule);
        Assert.That(problem.IsError, Is.True);
        Assert.That(problem.Source!.File, Is.EqualTo("pedidos_test.json"));
        Assert.That(problem.Source.Line, Is.Not.Null);
        return problem;
    }

    [Test]
    public void Reads_every_pedido_of_a_good_file()
    {
        var results = Import.Text(ThreePedidos());
        Assert.That(results.Select(r => r.RecordId), Is.EqualTo(new[] { "P-0", "P-1", "P-2" }));
        Assert.That(results.All(r => r.IsAccepted), Is.True);
    }

    [Test]
    public void Reports_an_empty_file()
    {
        var problem = FileError(Import.Bytes([]), "json.empty");
        Assert.That(problem.Source!.Line, Is.EqualTo(1));
    }

    [Test]
    public void Reports_a_file_of_white_space_as_empty()
    {
        FileError(Import.Text("  \r\n\t\n"), "json.empty");
    }

    [Test]
    public void Reports_random_bytes_as_invalid_JSON_at_line_one()
    {
        var problem = FileError(Import.Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF]), "json.invalid");
        Assert.That(problem.Source!.Line, Is.EqualTo(1));
    }

    [TestCase("[]")]
    [TestCase("42")]
    [TestCase("\"pedidos\"")]
    public void Reports_a_root_that_is_not_an_object(string json)
    {
        FileError(Import.Text(json), "json.type");
    }

    [Test]
    public void Reads_every_complete_pedido_before_a_cut_then_reports_the_truncation()
    {
        var json = ThreePedidos();
        var cut = json.IndexOf("\"P-2\"", StringComparison.Ordinal) + 2;
        var results = Import.Text(json[..cut]);
        Assert.That(results.Where(r => r.RecordId is not null).Select(r => r.RecordId), Is.EqualTo(new[] { "P-0", "P-1" }));
        Assert.That(results.Where(r => r.RecordId is not null).All(r => r.IsAccepted), Is.True);
        var problem = FileError(results, "json.truncated");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/2"));
        Assert.That(problem.Source.Line, Is.EqualTo(json[..cut].Count(c => c == '\n') + 1));
        Assert.That(problem.Message, Does.Contain($"byte {Encoding.UTF8.GetByteCount(json[..cut])}"));
    }

    [Test]
    public void Reports_a_file_cut_after_the_last_pedido_as_truncated()
    {
        var json = ThreePedidos();
        var results = Import.Text(json[..json.LastIndexOf(']')]);
        Assert.That(results.Count(r => r.IsAccepted), Is.EqualTo(3));
        Assert.That(FileError(results, "json.truncated").Source!.Path, Is.EqualTo("/pedidos"));
    }

    [Test]
    public void Reads_the_pedidos_before_invalid_JSON_then_reports_it_located()
    {
        var json = ThreePedidos();
        var broken = json.Replace("\"idPedido\": \"P-2\",", "\"idPedido\": \"P-2\" \"numero\",", StringComparison.Ordinal);
        var results = Import.Text(broken);
        Assert.That(results.Where(r => r.RecordId is not null).Select(r => r.RecordId), Is.EqualTo(new[] { "P-0", "P-1" }));
        var problem = FileError(results, "json.invalid");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/2"));
        var brokenLine = broken[..broken.IndexOf("\"numero\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.That(problem.Source.Line, Is.EqualTo(brokenLine));
    }

    [Test]
    public void Reports_content_after_the_root_object()
    {
        var results = Import.Text(ThreePedidos() + "\n{}");
        Assert.That(results.Count(r => r.IsAccepted), Is.EqualTo(3));
        FileError(results, "json.invalid");
    }

    [Test]
    public void Rejects_a_pedido_with_a_duplicated_property_and_reads_the_others()
    {
        var json = ThreePedidos().Replace("\"idPedido\": \"P-1\",", "\"idPedido\": \"P-1\", \"unidade\": \"PR/SP\",", StringComparison.Ordinal);
        var results = Import.Text(json);
        Assert.That(results.Select(r => r.IsAccepted), Is.EqualTo(new[] { true, false, true }));
        var problem = Only(results[1], "json.duplicate-property");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/1"));
        Assert.That(problem.Source!.Field, Is.EqualTo("unidade"));
        Assert.That(problem.Message, Does.Contain("/pedidos/1"));
    }

    [Test]
    public void Finds_a_duplicated_property_deep_inside_a_pedido()
    {
        var json = new PedidoFile().Add(PedidoFile.FullPedido()).ToJson()
            .Replace("\"numero\": \"GB731408\",", "\"numero\": \"GB731408\", \"numero\": \"GB000000\",", StringComparison.Ordinal);
        var problem = Only(Import.Text(json).Single(), "json.duplicate-property");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/envolvidos/0/passaporte"));
        Assert.That(problem.Source!.Field, Is.EqualTo("numero"));
        Assert.That(problem.Source.Value, Is.EqualTo("GB000000"));
    }

    [Test]
    public void Reports_a_duplicated_root_property()
    {
        var json = ThreePedidos().Replace("\"sistema\": \"UNICO\",", "\"sistema\": \"UNICO\", \"sistema\": \"OUTRO\",", StringComparison.Ordinal);
        var results = Import.Text(json);
        Assert.That(FileError(results, "json.duplicate-property").Source!.Path, Is.EqualTo("/sistema"));
        Assert.That(results.Count(r => r.IsAccepted), Is.EqualTo(3), "the first sistema is the one read");
    }

    [Test]
    public void Rejects_a_pedido_nested_deeper_than_64_levels_and_reads_the_next()
    {
        var deep = new string('[', 70) + "\"fundo\"" + new string(']', 70);
        var json = new PedidoFile().Add(PedidoFile.MinimalPedido("P-deep")).Add(PedidoFile.MinimalPedido("P-next")).ToJson()
            .Replace("\"idPedido\": \"P-deep\",", "\"idPedido\": \"P-deep\",\n      \"extra\": " + deep + ",", StringComparison.Ordinal);
        var results = Import.Text(json);
        Assert.That(results.Select(r => r.IsAccepted), Is.EqualTo(new[] { false, true }));
        var problem = Only(results[0], "json.too-deep");
        Assert.That(problem.Source!.Path, Does.StartWith("/pedidos/0/extra/0/0/"));
        Assert.That(problem.Source.Path!.Split('/'), Has.Length.EqualTo(65), "the container at level 65 is named");
        Assert.That(problem.Source.Line, Is.EqualTo(8));
    }

    [Test]
    public void Reports_absurd_nesting_as_a_file_error_without_overflowing_the_stack()
    {
        var json = "{\"versaoLeiaute\":\"2.1\",\"sistema\":\"UNICO\",\"pedidos\":[{\"x\":" + new string('[', 200_000);
        var problem = FileError(Import.Text(json), "json.too-deep");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0"));
    }

    [TestCase("\"texto\"")]
    [TestCase("17")]
    [TestCase("null")]
    [TestCase("[1, 2]")]
    public void Rejects_a_pedido_that_is_not_an_object_and_reads_the_next(string element)
    {
        var json = ThreePedidos().Replace("\"pedidos\": [", "\"pedidos\": [" + element + ",", StringComparison.Ordinal);
        var results = Import.Text(json);
        Assert.That(results.Select(r => r.IsAccepted), Is.EqualTo(new[] { false, true, true, true }));
        var problem = Only(results[0], "json.type");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0"));
        Assert.That(results[0].RecordId, Is.EqualTo("/pedidos/0"));
        Assert.That(results[0].OriginalText, Is.EqualTo(element));
    }

    [Test]
    public void Warns_about_unknown_properties_and_still_accepts()
    {
        var json = ThreePedidos()
            .Replace("\"idPedido\": \"P-0\",", "\"idPedido\": \"P-0\", \"prioridade\": 3,", StringComparison.Ordinal)
            .Replace("\"sistema\": \"UNICO\",", "\"sistema\": \"UNICO\", \"versaoSistema\": \"9.4\",", StringComparison.Ordinal);
        var results = Import.Text(json);
        var pedidoWarning = Only(results.Single(r => r.RecordId == "P-0"), "json.unknown-property");
        Assert.That(pedidoWarning.IsError, Is.False);
        Assert.That(pedidoWarning.Source!.Path, Is.EqualTo("/pedidos/0"));
        Assert.That(pedidoWarning.Source!.Field, Is.EqualTo("prioridade"));
        var fileWarning = Only(results.Where(r => r.RecordId is null).SelectMany(r => r.Problems), "json.unknown-property");
        Assert.That(fileWarning.Source!.Path, Is.EqualTo(""), "a member of the root object");
        Assert.That(fileWarning.Source.Field, Is.EqualTo("versaoSistema"));
        Assert.That(results.Count(r => r.IsAccepted), Is.EqualTo(3));
    }

    [Test]
    public void Reports_a_file_without_pedidos()
    {
        Assert.That(FileError(Import.Text("{\"versaoLeiaute\":\"2.1\",\"sistema\":\"UNICO\",\"geradoEm\":\"2024-05-20T14:32:05-03:00\"}"), "required").Source!.Path, Is.EqualTo("/pedidos"));
    }

    [Test]
    public void Reports_pedidos_that_is_not_an_array()
    {
        FileError(Import.Text("{\"versaoLeiaute\":\"2.1\",\"sistema\":\"UNICO\",\"pedidos\":{\"idPedido\":\"x\"}}"), "json.type");
    }

    [Test]
    public void Reads_a_later_2_x_layout_with_a_warning()
    {
        var results = Import.Text(ThreePedidos().Replace("\"2.1\"", "\"2.3\"", StringComparison.Ordinal));
        Assert.That(results.Count(r => r.IsAccepted), Is.EqualTo(3));
        Assert.That(Only(results.SelectMany(r => r.Problems), "br.layout-version").IsError, Is.False);
    }

    [TestCase("\"3.0\"", "br.layout-version")]
    [TestCase("\"1.9\"", "br.layout-version")]
    [TestCase("2.1", "json.type")]
    public void Reads_no_pedido_of_an_unknown_layout(string version, string rule)
    {
        var results = Import.Text(ThreePedidos().Replace("\"2.1\"", version, StringComparison.Ordinal));
        Assert.That(results.Where(r => r.RecordId is not null), Is.Empty);
        Assert.That(FileError(results, rule).Source!.Path, Is.EqualTo(""), "a member of the root object");
        Assert.That(FileError(results, rule).Source!.Field, Is.EqualTo("versaoLeiaute"));
    }

    [Test]
    public void Reads_no_pedido_without_versaoLeiaute_before_pedidos()
    {
        var results = Import.Text(ThreePedidos().Replace("\"versaoLeiaute\": \"2.1\",", "", StringComparison.Ordinal));
        Assert.That(results.Where(r => r.RecordId is not null), Is.Empty);
        Assert.That(FileError(results, "required").Source!.Path, Is.EqualTo(""), "a member of the root object");
        Assert.That(FileError(results, "required").Source!.Field, Is.EqualTo("versaoLeiaute"));
    }

    [Test]
    public void Reads_no_pedido_of_another_system()
    {
        var results = Import.Text(ThreePedidos().Replace("\"UNICO\"", "\"SGF\"", StringComparison.Ordinal));
        Assert.That(results.Where(r => r.RecordId is not null), Is.Empty);
        Assert.That(FileError(results, "br.system").Source!.Value, Is.EqualTo("SGF"));
    }

    [Test]
    public void Takes_createdAt_from_the_clock_when_geradoEm_is_missing()
    {
        var results = Import.Text(ThreePedidos().Replace("\"geradoEm\": \"2024-05-20T14:32:05-03:00\",", "", StringComparison.Ordinal));
        Assert.That(Only(results.SelectMany(r => r.Problems), "required").IsError, Is.False);
        var accepted = results.Where(r => r.IsAccepted).ToList();
        Assert.That(accepted, Has.Count.EqualTo(3));
        Assert.That(accepted[0].Request!.CreatedAt, Is.EqualTo(TestAdapter.Now));
        Assert.That(accepted[0].Lineage.Single(l => l.CanonicalPath == "/createdAt").Conversion, Is.EqualTo("clock"));
    }

    [TestCase("2024-05-20T14:32:05")]
    [TestCase("2024-02-30T10:00:00-03:00")]
    [TestCase("20/05/2024 14:32")]
    public void Reads_no_pedido_when_geradoEm_is_not_an_instant_with_offset(string geradoEm)
    {
        var results = Import.Text(ThreePedidos().Replace(PedidoFile.GeneratedAt, geradoEm, StringComparison.Ordinal));
        Assert.That(results.Where(r => r.RecordId is not null), Is.Empty);
        Assert.That(FileError(results, "date.invalid").Source!.Path, Is.EqualTo(""), "a member of the root object");
        Assert.That(FileError(results, "date.invalid").Source!.Field, Is.EqualTo("geradoEm"));
    }

    [Test]
    public void Ignores_a_header_property_written_after_pedidos_with_a_warning()
    {
        var json = ThreePedidos().Replace("\"geradoEm\": \"2024-05-20T14:32:05-03:00\",", "", StringComparison.Ordinal);
        json = json[..json.LastIndexOf('}')] + ", \"geradoEm\": \"2024-05-20T14:32:05-03:00\"}";
        var results = Import.Text(json);
        var problem = Only(results.SelectMany(r => r.Problems), "br.header-order");
        Assert.That(problem.Source!.Path, Is.EqualTo(""), "a member of the root object");
        Assert.That(problem.Source.Field, Is.EqualTo("geradoEm"));
    }

    [Test]
    public void Reads_a_file_that_starts_with_a_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ThreePedidos())).ToArray();
        Assert.That(Import.Bytes(bytes).Count(r => r.IsAccepted), Is.EqualTo(3));
    }

    [Test]
    public void Rejects_a_pedido_with_invalid_UTF8_in_a_string()
    {
        var bytes = Encoding.UTF8.GetBytes(ThreePedidos());
        var marker = Encoding.UTF8.GetBytes("P-1");
        var at = bytes.AsSpan().IndexOf(marker);
        bytes[at + 1] = 0xC3;
        bytes[at + 2] = 0x28;
        var results = Import.Bytes(bytes);
        Assert.That(results, Has.Count.EqualTo(3));
        var problem = Only(results[1], "json.invalid");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/1/idPedido"));
        Assert.That(results[0].IsAccepted && results[2].IsAccepted, Is.True);
    }
}
