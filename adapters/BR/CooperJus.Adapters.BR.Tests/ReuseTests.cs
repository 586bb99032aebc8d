using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CsCheck;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>
/// The tree nodes, member arrays and object views a file's pedidos reuse: each pedido maps as it would alone, whatever
/// came before it, and a huge pedido does not leave the pools huge.
/// </summary>
public sealed partial class ReuseTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Pedidos of every shape the pools meet: small, large, wide, deep, broken, rejected in each way.</summary>
    private static readonly byte[][] Shapes =
    [
        Utf8(PedidoFile.FullPedido("F-1").ToJsonString(Indented)),
        Utf8(PedidoFile.MinimalPedido("M-1").ToJsonString(Indented)),
        Utf8("""{ "idPedido": "U-1", "extra": 1, "sigilo": "sim", "envolvidos": [ 5, { "id": "E9", "papel": "INVESTIGADO", "novo": true } ], "resumoFatos": "x" }"""),
        Utf8("""{ "idPedido": "D-1", "idPedido": "D-2", "unidade": "A", "unidade": "B" }"""),
        // Over the search limit: the root object has more than sixteen members, one of them twice.
        Utf8(PedidoFile.FullPedido("F-2").ToJsonString(Indented).Replace("{\n  \"idPedido\"", "{\n  \"sigilo\": false,\n  \"idPedido\"", StringComparison.Ordinal)),
        Utf8(Pedido("P-1", $"\"envolvidos\": [{string.Join(", ", Enumerable.Range(0, 40).Select(i => $"{{ \"id\": \"E{i}\", \"papel\": \"INVESTIGADO\", \"nomeCompleto\": \"Nome {i}\" }}"))}]")),
        // Over the members whose flags a view keeps: 300 unknown members, one twice.
        Utf8(Pedido("W-1", string.Join(", ", Enumerable.Range(0, 300).Select(i => $"\"x{i}\": {i}")) + ", \"x7\": 0")),
        // Over the nodes the pool keeps.
        Utf8(Pedido("H-1", $"\"fundamentos\": [{string.Join(", ", Enumerable.Repeat("\"CONVENCAO_MERIDA\"", 5000))}]")),
        Utf8("""[ 1, { "a": 2 } ]"""),
        Utf8(Pedido("T-1", "\"periodoFatos\": " + new string('[', 70) + new string(']', 70))),
        [.. Utf8("""{ "idPedido": "I-1", "resumoFatos": "a"""), 0xFF, .. Utf8("""b", "unidade": "A" }""")],
    ];

    [Test]
    public void Each_pedido_of_a_file_maps_as_when_read_alone()
    {
        Gen.Int[0, Shapes.Length - 1].Array[2, 6].Sample(order =>
        {
            var together = Summaries(Import.Bytes(Export(order)));
            var alone = order.Select(shape => Summaries(Import.Bytes(Export([shape]))).Single());
            Assert.That(together, Is.EqualTo(alone));
        }, iter: 60);
    }

    [Test]
    public void A_smaller_pedido_after_a_larger_one_keeps_none_of_its_values()
    {
        var results = Import.Bytes(Export([0, 1]));
        var alone = Import.Bytes(Export([1])).Single();
        Assert.That(Summary(results[1]), Is.EqualTo(Summary(alone)));
        Assert.That(results[1].Lineage.SelectMany(l => l.Sources).Select(s => s.Value), Has.None.EqualTo("Helena Vasconcelos Bittencourt"));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Pedido(string id, string members) =>
        $"{{ \"idPedido\": \"{id}\", \"unidade\": \"Procuradoria\", \"paisRequerido\": \"Peru\", \"resumoFatos\": \"Fatos.\", {members} }}";

    /// <summary>An export of the given <see cref="Shapes"/>, in that order.</summary>
    private static byte[] Export(int[] order)
    {
        var bytes = new List<byte>(Utf8($"{{\n  \"versaoLeiaute\": \"2.1\",\n  \"sistema\": \"UNICO\",\n  \"geradoEm\": \"{PedidoFile.GeneratedAt}\",\n  \"pedidos\": [\n"));
        for (var i = 0; i < order.Length; i++)
        {
            if (i > 0) bytes.AddRange(Utf8(",\n"));
            bytes.AddRange(Shapes[order[i]]);
        }
        bytes.AddRange(Utf8("\n  ]\n}\n"));
        return [.. bytes];
    }

    private static List<string> Summaries(List<RecordResult> results) => [.. results.Select(Summary)];

    /// <summary>
    /// Everything a result says, its places in the pedido made relative to it (pointer under <c>/pedidos/#</c>, line from
    /// its first), so that a pedido compares equal wherever it stands in its file.
    /// </summary>
    private static string Summary(RecordResult result)
    {
        var first = result.Location?.Line ?? 0;
        var text = new StringBuilder()
            .AppendLine($"{Relative(result.RecordId)}|{result.IsAccepted}|{Place(result.Location, first)}|{result.OriginalText}")
            .AppendLine(result.Request is null ? "-" : CanonicalJson.Serialize(result.Request));
        foreach (var entry in result.Lineage)
            text.AppendLine($"L {entry.CanonicalPath} {entry.Conversion} {string.Join(" + ", entry.Sources.Select(s => Place(s, first)))}");
        foreach (var problem in result.Problems)
            text.AppendLine($"P {problem.Severity} {problem.Rule} {Relative(problem.Message)} {Place(problem.Source, first)} {problem.CanonicalPath}");
        return text.ToString();
    }

    private static string Place(SourceLocation? at, long first) =>
        at is null ? "null" : $"[{at.File}|{at.Row}|{(InPedido(at) ? at.Line - first : at.Line)}|{Relative(at.Path)}|{at.Field}|{at.Value}]";

    /// <summary>True for a place in a pedido; the header's (<c>geradoEm</c>, <c>sistema</c>) stay where they are.</summary>
    private static bool InPedido(SourceLocation at) => at.Path?.StartsWith("/pedidos/", StringComparison.Ordinal) == true;

    private static string? Relative(string? text) => text is null ? null : PedidoIndex().Replace(text, "/pedidos/#");

    [GeneratedRegex(@"/pedidos/\d+")]
    private static partial Regex PedidoIndex();
}
