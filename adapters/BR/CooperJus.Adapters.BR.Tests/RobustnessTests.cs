using System.Text;
using CooperJus.Adapters.BR.Tests.Support;
using CsCheck;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>Read never throws on bad bytes: every problem becomes a located result.</summary>
public sealed class RobustnessTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(Samples.Good);

    /// <summary>Where each pedido of the good sample ends (exclusive byte offset).</summary>
    private static readonly long[] PedidoEnds = FindPedidoEnds();

    private static long[] FindPedidoEnds()
    {
        var text = Encoding.UTF8.GetString(Sample);
        return [.. Import.File(Samples.Good).Select(r =>
        {
            var start = text.IndexOf(r.OriginalText!, StringComparison.Ordinal);
            return (long)Encoding.UTF8.GetByteCount(text[..start]) + Encoding.UTF8.GetByteCount(r.OriginalText!);
        })];
    }

    [Test]
    public void Never_throws_on_arbitrary_bytes()
    {
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var results = Import.Bytes(bytes);
            Assert.That(results.Where(r => r.RecordId is null).SelectMany(r => r.Problems).Where(p => p.IsError), Is.Not.Empty);
            Assert.That(results.SelectMany(r => r.Problems).All(p => p.Source?.File == "pedidos_test.json"), Is.True);
        }, iter: 500);
    }

    [Test]
    public void Never_throws_on_JSON_like_noise()
    {
        Gen.Char["{}[]\":,0123456789.-+eEtruefalsn \n\\u\"pedidosversaoLeiauteidPedido"].Array[0, 200]
            .Select(chars => Encoding.UTF8.GetBytes(new string(chars)))
            .Sample(bytes => Assert.That(() => Import.Bytes(bytes), Throws.Nothing), iter: 500);
    }

    [Test]
    public void Reads_every_complete_pedido_of_any_truncation_of_the_good_sample()
    {
        Gen.Int[0, Sample.Length - 1].Sample(cut =>
        {
            var results = Import.Bytes(Sample[..cut]);
            var accepted = results.Count(r => r.IsAccepted);
            Assert.That(accepted, Is.EqualTo(PedidoEnds.Count(end => end <= cut)));
            var fileErrors = results.Where(r => r.RecordId is null).SelectMany(r => r.Problems).Where(p => p.IsError).Select(p => p.Rule).ToList();
            var complete = cut >= Array.LastIndexOf(Sample, (byte)'}') + 1;
            Assert.That(fileErrors, Is.EqualTo(complete ? [] : new[] { cut == 0 ? "json.empty" : "json.truncated" }));
        }, iter: 400);
    }

    [Test]
    public void Never_throws_on_a_damaged_copy_of_the_good_sample()
    {
        Gen.Select(Gen.Int[0, Sample.Length - 1], Gen.Byte).Array[1, 4].Sample(damage =>
        {
            var bytes = (byte[])Sample.Clone();
            foreach (var (at, value) in damage) bytes[at] = value;
            Assert.That(() => Import.Bytes(bytes), Throws.Nothing);
        }, iter: 300);
    }
}
