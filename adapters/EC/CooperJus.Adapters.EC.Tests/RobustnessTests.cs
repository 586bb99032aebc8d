using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Adapters.EC.Tests.Support;
using CsCheck;

namespace CooperJus.Adapters.EC.Tests;

/// <summary>Read never throws on hostile input: every problem becomes a located result, and what can be read is read.</summary>
public sealed class RobustnessTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(Path.Combine(RepositoryRoot.Samples("EC"), "siaf_solicitudes_2026_lavado.json"));

    [Test]
    public void Never_throws_on_arbitrary_bytes_and_reports_a_file_error()
    {
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var results = Ecuador.ReadBytes(bytes);

            Assert.That(results.Where(r => r.RecordId is null).SelectMany(r => r.Problems).Where(p => p.IsError), Is.Not.Empty);
            Assert.That(results.SelectMany(r => r.Problems).All(p => p.Source?.File == "siaf_solicitudes_test.json"), Is.True);
        }, iter: 500);
    }

    [Test]
    public void Any_truncation_of_the_good_sample_is_reported_and_never_throws()
    {
        Gen.Int[0, Sample.Length - 2].Sample(cut =>
        {
            var results = Ecuador.ReadBytes(Sample[..cut]);

            var fileErrors = results.Where(r => r.RecordId is null).SelectMany(r => r.Problems).Where(p => p.IsError).Select(p => p.Rule);
            Assert.That(fileErrors, Is.EqualTo(new[] { cut == 0 ? "json.empty" : "json.truncated" }));
        }, iter: 300);
    }

    [Test]
    public void Never_throws_on_a_damaged_copy_of_the_good_sample()
    {
        Gen.Select(Gen.Int[0, Sample.Length - 1], Gen.Byte).Array[1, 4].Sample(damage =>
        {
            var bytes = (byte[])Sample.Clone();
            foreach (var (at, value) in damage) bytes[at] = value;
            Assert.That(() => Ecuador.ReadBytes(bytes), Throws.Nothing);
        }, iter: 300);
    }

    [Test]
    public void A_solicitud_beyond_16_MiB_is_refused_unread_and_the_next_one_is_read()
    {
        var items = new JsonArray();
        for (var i = 0; i < 180_000; i++) items.Add(new string('x', 100));
        var oversized = Ecuador.Solicitud("SIAF-AI-2026-000901").With(s => s["bienes"]![0]!["bienCultural"] = new JsonObject { ["tipoObjeto"] = "Vasija", ["materiales"] = items });

        var results = Ecuador.Read(Ecuador.Export(oversized, Ecuador.Solicitud("SIAF-AI-2026-000902")));

        Assert.That(Ecuador.ErrorRules(results), Is.EqualTo(new[] { "json.solicitud-too-large" }));
        Assert.That(results.Single(r => r.IsAccepted).RecordId, Is.EqualTo("SIAF-AI-2026-000902"));
    }

    [Test]
    public void A_huge_string_stops_the_file_and_the_solicitudes_before_it_stand()
    {
        var huge = Ecuador.Solicitud("SIAF-AI-2026-000902").With(s => s["hechos"]!["resumen"] = new string('x', 17 * 1024 * 1024));

        var results = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud("SIAF-AI-2026-000901"), huge));

        Assert.That(Ecuador.ErrorRules(results), Is.EqualTo(new[] { "json.token-too-large" }));
        Assert.That(results.Single(r => r.IsAccepted).RecordId, Is.EqualTo("SIAF-AI-2026-000901"));
    }

    [Test]
    public void Nesting_beyond_64_levels_rejects_the_solicitud_alone()
    {
        var results = Ecuador.Read(Bomb(100));

        Assert.That(Ecuador.ErrorRules(results), Is.EqualTo(new[] { "json.too-deep" }));
        Assert.That(results.Where(r => r.IsAccepted).Select(r => r.RecordId), Is.EqualTo(new[] { "SIAF-AI-2026-000901", "SIAF-AI-2026-000903" }));
    }

    [Test]
    public void A_nesting_bomb_beyond_the_reader_s_limit_stops_the_file_and_the_solicitudes_before_it_stand()
    {
        var results = Ecuador.Read(Bomb(10_000));

        Assert.That(Ecuador.ErrorRules(results), Is.EqualTo(new[] { "json.too-deep" }));
        Assert.That(results.Single(r => r.IsAccepted).RecordId, Is.EqualTo("SIAF-AI-2026-000901"));
    }

    /// <summary>Three solicitudes, the second holding <paramref name="depth"/> nested arrays.</summary>
    private static string Bomb(int depth) =>
        Ecuador.Export(Ecuador.Solicitud("SIAF-AI-2026-000901"), Ecuador.Solicitud("SIAF-AI-2026-000902").With(s => s["anexo"] = "BOMB"), Ecuador.Solicitud("SIAF-AI-2026-000903"))
            .Replace("\"BOMB\"", new string('[', depth) + new string(']', depth), StringComparison.Ordinal);

    [Test]
    public void Bytes_that_are_not_UTF8_are_json_invalid_located_in_the_file()
    {
        var export = Ecuador.Export(Ecuador.Solicitud()).Replace("\"sistema\":\"SIAF\",", "\"sistema\":\"SIAF\",\"nota\":\"Fiscalía\",", StringComparison.Ordinal);

        var results = Ecuador.ReadBytes(CodePages.Windows1252Bytes(export));

        var problem = results.SelectMany(r => r.Problems).Single(p => p.IsError);
        Assert.That(problem.Rule, Is.EqualTo("json.invalid"));
        Assert.That(problem.Source!.Line, Is.EqualTo(1));
    }

    [Test]
    public void A_property_of_the_wrong_type_is_json_type_naming_its_pointer()
    {
        var results = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud().With(s => s["reservada"] = "sí")));

        var problem = results.Single().Problems.Single(p => p.IsError);
        Assert.That(problem.Rule, Is.EqualTo("json.type"));
        Assert.That(problem.Source!.Field, Is.EqualTo("reservada"));
    }

    [Test]
    public void A_property_given_twice_is_json_duplicate_property()
    {
        var json = Ecuador.Export(Ecuador.Solicitud()).Replace("\"idSolicitud\":", "\"idSolicitud\":\"SIAF-AI-2026-000999\",\"idSolicitud\":", StringComparison.Ordinal);

        Assert.That(Ecuador.ErrorRules(Ecuador.Read(json)), Does.Contain("json.duplicate-property"));
    }

    [Test]
    public void An_unknown_property_is_a_warning_and_the_solicitud_is_accepted()
    {
        var result = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud().With(s => s["observaciones"] = "sin novedad"))).Single();

        Assert.That(result.IsAccepted, Is.True);
        Assert.That(result.Problems.Single().Rule, Is.EqualTo("json.unknown-property"));
    }

    [Test]
    public void Reading_is_streamed_the_first_solicitud_comes_before_the_rest_of_a_large_file_is_read()
    {
        var solicitudes = Enumerable.Range(1, 3000).Select(i => Ecuador.Solicitud($"SIAF-AI-2026-{i:000000}")).ToArray();
        var bytes = Encoding.UTF8.GetBytes(Ecuador.Export(solicitudes));
        var stream = new CountingStream(new MemoryStream(bytes));

        using var results = Ecuador.Adapter().Read(new CooperJus.Gateway.Sdk.Adapters.SourceFile("siaf_solicitudes_big.json", () => stream)).GetEnumerator();

        Assert.That(results.MoveNext(), Is.True);
        Assert.That(results.Current.IsAccepted, Is.True);
        Assert.That(bytes.Length, Is.GreaterThan(2_000_000));
        Assert.That(stream.BytesRead, Is.LessThan(256 * 1024), "only the first buffers of the file were read");
    }
}
