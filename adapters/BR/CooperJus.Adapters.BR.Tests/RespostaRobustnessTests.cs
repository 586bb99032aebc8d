using System.Text;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CsCheck;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>Bad respostas input never makes ReadResponses throw, and respostas files are told from pedidos exports by name.</summary>
public sealed class RespostaRobustnessTests
{
    private static readonly BrazilAdapter Adapter = TestAdapter.Create();

    [Test]
    public void Respostas_files_have_their_own_name_pattern()
    {
        Assert.That(Adapter.ResponseFormat.FilePatterns, Is.EqualTo(new[] { "respostas_*.json" }));
        Assert.That(Adapter.ResponseFormat.FilePatterns, Has.None.AnyOf(Adapter.Descriptor.FilePatterns.ToArray()));
        Assert.That((Adapter.ResponseFormat.SourceFormat, Adapter.ResponseFormat.MediaType), Is.EqualTo(("unico-respostas-json", "application/json")));
    }

    [Test]
    public void ReadResponses_never_throws_on_arbitrary_bytes_or_json_like_noise()
    {
        Gen.Byte.Array[0, 600].Sample(bytes => Assert.That(() => ReadAll(bytes), Throws.Nothing), iter: 300);
        Gen.String[Gen.Char["{}[]\":,0123456789.-eE truenulfasRESPOTA\\u"], 0, 300]
            .Sample(text => Assert.That(() => ReadAll(Encoding.UTF8.GetBytes("{\"versaoLeiaute\":\"2.1\",\"sistema\":\"UNICO\",\"respostas\":[" + text)), Throws.Nothing), iter: 300);
    }

    [Test]
    public void ReadResponses_never_throws_on_a_damaged_or_truncated_sample()
    {
        var sample = File.ReadAllBytes(Path.Combine(RespostaFiles.Folder, "respostas_2024_sci.json"));
        var damage = Gen.Select(Gen.Int[0, sample.Length - 1], Gen.Byte, Gen.Int[0, 2], (at, value, kind) => (at, value, kind)).Array[1, 8];
        damage.Sample(edits => Assert.That(() => ReadAll(Damage(sample, edits)), Throws.Nothing), iter: 200);
        Gen.Int[0, sample.Length].Sample(cut => Assert.That(() => ReadAll(sample[..cut]), Throws.Nothing), iter: 200);
    }

    /// <summary>The bad sample json.too-large cannot have: the file would weigh over 64 MiB (see the README rule table).</summary>
    [Test]
    public void A_respostas_file_over_64_MiB_is_a_located_file_error_json_too_large_and_nothing_is_read()
    {
        const int size = (64 * 1024 * 1024) + 1;
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)' ');

        var results = Adapter.ReadResponses(SourceFile.FromBytes("respostas_huge.json", bytes)).ToList();

        TestContext.Out.WriteLine($"file of {size} bytes: {results.Count} result(s), rules {string.Join(", ", results.SelectMany(r => r.Problems).Select(p => p.Rule))}");
        Assert.That(results.Select(r => (r.IsAccepted, r.Problems.Single().Rule)), Is.EqualTo(new[] { (false, "json.too-large") }));
        Assert.That(results[0].Problems[0].Source, Is.Not.Null.And.Property("File").EqualTo("respostas_huge.json"));
    }

    private static int ReadAll(byte[] bytes) => Adapter.ReadResponses(SourceFile.FromBytes("respostas_random.json", bytes)).Count();

    private static byte[] Damage(byte[] sample, (int At, byte Value, int Kind)[] edits)
    {
        var bytes = sample.ToList();
        foreach (var (at, value, kind) in edits)
        {
            var position = Math.Min(at, bytes.Count - 1);
            switch (kind)
            {
                case 0: bytes[position] = value; break;
                case 1: bytes.Insert(position, value); break;
                default: bytes.RemoveAt(position); break;
            }
        }
        return [.. bytes];
    }
}
