using System.Text;
using CooperJus.Adapters.PE.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CsCheck;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>Bad response input never makes ReadResponses throw, and response files are told from request exports by name.</summary>
public sealed class ResponseRobustnessTests
{
    private static readonly PeruAdapter Adapter = Pe.Adapter();

    [Test]
    public void Response_files_have_their_own_name_pattern()
    {
        Assert.That(Adapter.ResponseFormat.FilePatterns, Is.EqualTo(new[] { "respuestas_*.csv" }));
        Assert.That(Adapter.ResponseFormat.FilePatterns, Has.None.AnyOf(Adapter.Descriptor.FilePatterns.ToArray()));
        Assert.That((Adapter.ResponseFormat.SourceFormat, Adapter.ResponseFormat.MediaType), Is.EqualTo(("sgf-respuesta-csv", "text/csv")));
    }

    [Test]
    public void ReadResponses_never_throws_on_arbitrary_bytes()
    {
        Gen.Byte.Array[0, 600].Sample(bytes => Assert.That(() => ReadAll(bytes), Throws.Nothing), iter: 300);
    }

    [Test]
    public void ReadResponses_never_throws_on_a_damaged_sample()
    {
        var sample = File.ReadAllBytes(Path.Combine(ResponseFiles.Samples, "respuestas_2024_ucjie.csv"));
        var damage = Gen.Select(Gen.Int[0, sample.Length - 1], Gen.Byte, Gen.Int[0, 3], (at, value, kind) => (at, value, kind)).Array[1, 8];
        damage.Sample(edits => Assert.That(() => ReadAll(Damage(sample, edits)), Throws.Nothing), iter: 200);
    }

    [Test]
    public void ReadResponses_never_throws_on_arbitrary_text_under_the_header()
    {
        var header = string.Join(';', ResponseFiles.Columns) + "\r\n";
        Gen.String[Gen.Char["ab;\"\r\n|:/0123456789SGF-ÑRESULTADOADJUNTO"], 0, 400]
            .Sample(body => Assert.That(() => ReadAll(Encoding.UTF8.GetBytes(header + body)), Throws.Nothing), iter: 300);
    }

    private static int ReadAll(byte[] bytes) => Adapter.ReadResponses(SourceFile.FromBytes("respuestas_random.csv", bytes)).Count();

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
                case 2: bytes.RemoveAt(position); break;
                default: bytes.Insert(position, (byte)'"'); break;
            }
        }
        return [.. bytes];
    }
}
