using CooperJus.Adapters.ES.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CsCheck;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>Properties checked over generated inputs: the round trip, and that reading never throws.</summary>
public sealed class PropertyTests
{
    private static readonly Lazy<byte[]> Audiencia = new(() => File.ReadAllBytes(Paths.Sample("fortuny_2024_audiencia.xml")));

    private static readonly Lazy<List<string>> AudienciaRequests = new(() =>
        [.. Spain.ReadBytes(Audiencia.Value).Select(r => Json.WithoutProvenance(r.Request!))]);

    [Test]
    public void Rendering_an_expressible_export_and_reading_it_back_is_the_identity()
    {
        ExpressibleRequests.Export.Sample(requests =>
        {
            using var output = new MemoryStream();
            var report = Spain.Adapter.Render(requests, output);
            var reread = Spain.ReadBytes(output.ToArray(), "fortuny_roundtrip.xml");

            Assert.That(report.Warnings.Select(w => w.ToString()), Is.Empty);
            Assert.That(reread.SelectMany(r => r.Problems).Where(p => p.IsError).Select(p => p.ToString()), Is.Empty);
            Assert.That(reread.Select(r => Json.WithoutProvenance(r.Request!)), Is.EqualTo(requests.Select(Json.WithoutProvenance)));
        }, iter: 300);
    }

    [Test]
    public void Reading_arbitrary_bytes_never_throws_and_locates_every_error()
    {
        Gen.Byte.Array[0, 3000].Sample(bytes => AssertReadable(Spain.ReadBytes(bytes)), iter: 500);
    }

    [Test]
    public void Reading_a_truncated_export_accepts_exactly_the_Solicitudes_before_the_cut()
    {
        Gen.Int[0, Audiencia.Value.Length].Sample(length =>
        {
            var results = Spain.ReadBytes(Audiencia.Value[..length]);

            AssertReadable(results);
            var accepted = results.Where(r => r.IsAccepted).Select(r => Json.WithoutProvenance(r.Request!)).ToList();
            Assert.That(accepted, Is.EqualTo(AudienciaRequests.Value.Take(accepted.Count)));
            Assert.That(results.Any(r => r.Problems.Any(p => p.IsError)) || accepted.Count == AudienciaRequests.Value.Count, Is.True, "a cut file says so");
        }, iter: 300);
    }

    [Test]
    public void Reading_a_damaged_export_never_throws()
    {
        Gen.Select(Gen.Int[0, Audiencia.Value.Length - 1].Array[1, 8], Gen.Byte.Array[8, 8]).Sample((positions, values) =>
        {
            var damaged = (byte[])Audiencia.Value.Clone();
            for (var i = 0; i < positions.Length; i++) damaged[positions[i]] = values[i];

            AssertReadable(Spain.ReadBytes(damaged));
        }, iter: 300);
    }

    [Test]
    public void Reading_arbitrary_text_in_a_Solicitud_never_throws()
    {
        Gen.String.Sample(text =>
        {
            var xml = FortunyXml.Document(FortunyXml.Minimal.Replace("Hechos de prueba.", text, StringComparison.Ordinal));

            AssertReadable(Spain.ReadText(xml));
        }, iter: 500);
    }

    private static void AssertReadable(List<RecordResult> results)
    {
        foreach (var error in results.SelectMany(r => r.Problems).Where(p => p.IsError))
        {
            Assert.That(error.Source, Is.Not.Null, error.ToString());
            Assert.That(error.Source!.File, Is.EqualTo("fortuny_test.xml"), error.ToString());
            Assert.That(error.Source.Line ?? (error.Source.Path is null ? null : 0L), Is.Not.Null, error.ToString());
        }
        Assert.That(results.Where(r => r.RecordId is not null).Select(r => r.OriginalText), Has.All.Not.Null);
    }
}
