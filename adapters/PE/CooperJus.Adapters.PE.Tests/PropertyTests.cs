using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Adapters.PE.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>Properties over generated input: what the format can express survives a round trip; no bytes make Read throw.</summary>
public sealed class PropertyTests
{
    private static readonly PeruAdapter Adapter = Pe.Adapter();

    [Test]
    public void Render_then_read_gives_back_every_request_the_format_can_express()
    {
        ExpressibleRequests.All.Array[1, 3].Sample(requests =>
        {
            using var output = new MemoryStream();
            var report = Adapter.Render(requests, output);
            var results = Adapter.Read(SourceFile.FromBytes("solicitudes_roundtrip.csv", output.ToArray())).ToList();

            Assert.That(report.Warnings.Select(w => w.ToString()), Is.Empty);
            Assert.That(results.SelectMany(r => r.Problems).Where(p => p.IsError).Select(p => p.ToString()), Is.Empty);
            Assert.That(results.Select(r => WithoutProvenance(r.Request)), Is.EqualTo(requests.Select(WithoutProvenance)));
        }, iter: 300);
    }

    [Test]
    public void Read_never_throws_on_arbitrary_bytes()
    {
        Gen.Byte.Array[0, 600].Sample(bytes => Assert.That(() => ReadAll(bytes), Throws.Nothing), iter: 400);
    }

    [Test]
    public void Read_never_throws_on_a_damaged_export()
    {
        var sample = File.ReadAllBytes(Path.Combine(Pe.Samples, "solicitudes_2024_cusco.csv"));
        var damage = Gen.Select(Gen.Int[0, sample.Length - 1], Gen.Byte, Gen.Int[0, 3], (at, value, kind) => (at, value, kind)).Array[1, 8];
        damage.Sample(edits => Assert.That(() => ReadAll(Damage(sample, edits)), Throws.Nothing), iter: 200);
    }

    [Test]
    public void Read_never_throws_on_arbitrary_text_with_the_sgf_header()
    {
        var header = string.Join(';', SgfCsv.Columns) + "\r\n";
        Gen.String[Gen.Char["ab;\"\r\n|:/0123456789SGF-ÑPERSONA"], 0, 400]
            .Sample(body => Assert.That(() => ReadAll(Encoding.UTF8.GetBytes(header + body)), Throws.Nothing), iter: 400);
    }

    private static int ReadAll(byte[] bytes) => Adapter.Read(SourceFile.FromBytes("solicitudes_random.csv", bytes)).Count();

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

    private static string WithoutProvenance(CooperationRequest? request)
    {
        if (request is null) return "(rejected)";
        var json = JsonNode.Parse(CanonicalJson.Serialize(request))!.AsObject();
        json.Remove("provenance");
        return json.ToJsonString();
    }
}
