using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Adapters.BR.Reading;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Reading;
using static CooperJus.Adapters.BR.Tests.Support.Results;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>The streaming reader: bounded memory, refills at any byte boundary, the per-pedido cap.</summary>
public sealed class StreamingTests
{
    private static JsonRecordReader Scanner(Stream stream, int initialBufferBytes = 64 * 1024, int maxPedidoBytes = 16 * 1024 * 1024) =>
        new(stream, "pedidos_test.json", UnicoFileReader.Options with { InitialBufferBytes = initialBufferBytes, MaxRecordBytes = maxPedidoBytes });

    private static List<RecordResult> ReadThrough(JsonRecordReader scanner) =>
        [.. TestAdapter.Create().Read(scanner, "pedidos_test.json", CancellationToken.None)];

    private static string Summary(IEnumerable<RecordResult> results) =>
        string.Join("\n", results.Select(r => $"{r.RecordId}|{r.IsAccepted}|{r.Location}|{string.Join(";", r.Problems)}|{(r.Request is null ? "" : CanonicalJson.Serialize(r.Request))}"));

    [Test]
    public void Reads_ten_thousand_pedidos_without_growing_its_buffer()
    {
        var scanner = Scanner(new GeneratedExport(10_000));
        var accepted = 0;
        var count = 0;
        foreach (var result in TestAdapter.Create().Read(scanner, "pedidos_big.json", CancellationToken.None))
        {
            count++;
            if (result.IsAccepted) accepted++;
        }
        Assert.That(count, Is.EqualTo(10_000));
        Assert.That(accepted, Is.EqualTo(10_000));
        Assert.That(scanner.PeakBufferBytes, Is.EqualTo(64 * 1024), "memory is bounded by one buffer, not by the file");
    }

    [Test]
    public void Counts_lines_across_refills()
    {
        var scanner = Scanner(new GeneratedExport(500), initialBufferBytes: 4096);
        var results = ReadThrough(scanner);
        var pedidoLines = results.Select(r => r.Location!.Line).ToList();
        Assert.That(pedidoLines, Is.EqualTo(Enumerable.Range(6, 500).Select(i => (long?)i)), "one pedido per line, the first on line 6");
        var respondBy = results[499].Lineage.Single(l => l.CanonicalPath == "/urgency/deadlines/0/by").Sources[0];
        Assert.That(respondBy.Line, Is.EqualTo(505));
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(1000)]
    public void Reads_the_same_whatever_the_stream_hands_out_per_read(int chunk)
    {
        var bytes = File.ReadAllBytes(Samples.Good);
        var whole = Summary(ReadThrough(Scanner(new MemoryStream(bytes))));
        var trickled = Summary(ReadThrough(Scanner(new TrickleStream(bytes, chunk), initialBufferBytes: 16)));
        Assert.That(trickled, Is.EqualTo(whole));
    }

    [Test]
    public void Grows_the_buffer_only_for_a_pedido_that_does_not_fit()
    {
        var scanner = Scanner(new MemoryStream(File.ReadAllBytes(Samples.Good)), initialBufferBytes: 256);
        var results = ReadThrough(scanner);
        Assert.That(results.All(r => r.IsAccepted), Is.True);
        var largest = results.Max(r => Encoding.UTF8.GetByteCount(r.OriginalText!));
        Assert.That(scanner.PeakBufferBytes, Is.GreaterThanOrEqualTo(largest).And.LessThan(largest * 4));
    }

    [Test]
    public void Rejects_a_pedido_above_the_cap_without_keeping_it_and_reads_the_next()
    {
        var big = PedidoFile.MinimalPedido("P-big");
        big["crimes"] = new JsonArray([.. Enumerable.Range(0, 40).Select(_ => new JsonObject { ["diploma"] = "Código Penal", ["artigo"] = "317", ["descricao"] = new string('x', 1000) })]);
        var json = new PedidoFile().Add(PedidoFile.MinimalPedido("P-0")).Add(big).Add(PedidoFile.MinimalPedido("P-2")).ToJson();
        var scanner = Scanner(new MemoryStream(Encoding.UTF8.GetBytes(json)), initialBufferBytes: 1024, maxPedidoBytes: 8192);
        var results = ReadThrough(scanner);
        Assert.That(results.Select(r => r.IsAccepted), Is.EqualTo(new[] { true, false, true }), () => Summary(results));
        var problem = Only(results[1], "json.pedido-too-large");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/1"));
        Assert.That(results[1].RecordId, Is.EqualTo("/pedidos/1"));
        Assert.That(scanner.PeakBufferBytes, Is.LessThanOrEqualTo(8192 * 2));
    }

    [Test]
    public void Stops_with_a_located_error_at_a_single_value_larger_than_the_cap()
    {
        var big = PedidoFile.MinimalPedido("P-big");
        big["resumoFatos"] = new string('x', 40_000);
        var json = new PedidoFile().Add(PedidoFile.MinimalPedido("P-0")).Add(big).ToJson();
        var results = ReadThrough(Scanner(new MemoryStream(Encoding.UTF8.GetBytes(json)), initialBufferBytes: 1024, maxPedidoBytes: 8192));
        Assert.That(results[0].IsAccepted, Is.True);
        var problem = Only(results[1], "json.token-too-large");
        Assert.That(results[1].RecordId, Is.Null);
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/1"));
    }

    [Test]
    public void Keeps_the_exact_bytes_of_each_pedido()
    {
        var bytes = File.ReadAllBytes(Samples.Good);
        var text = Encoding.UTF8.GetString(bytes);
        foreach (var result in ReadThrough(Scanner(new MemoryStream(bytes), initialBufferBytes: 64)))
        {
            Assert.That(text, Does.Contain(result.OriginalText));
            Assert.That(JsonNode.Parse(result.OriginalText!)!["idPedido"]!.GetValue<string>(), Is.EqualTo(result.RecordId));
        }
    }

    [Test]
    public void Stops_between_pedidos_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var read = 0;
        Assert.That(() =>
        {
            foreach (var _ in TestAdapter.Create().Read(SourceFile.FromPath(Samples.Good), cancellation.Token))
            {
                read++;
                cancellation.Cancel();
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(read, Is.EqualTo(1));
    }
}
