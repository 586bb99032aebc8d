using System.Diagnostics;
using System.Text;
using CooperJus.Adapters.CL.Tests.Support;

namespace CooperJus.Adapters.CL.Tests;

/// <summary>
/// Hostile XML costs nothing but a located error: DTDs are refused before anything in them is processed, and a record
/// nested deeper than SAF ever nests is refused before its text is read.
/// </summary>
public sealed class XmlSecurityTests
{
    [Test]
    public void External_entity_is_never_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"cooperjus-cl-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "SECRETO-DE-LA-INVESTIGACION-42");
        try
        {
            var xml = SafXml.Declaration + $"\n<!DOCTYPE ExportacionSAF [<!ENTITY s SYSTEM \"file://{secret}\">]>\n"
                + string.Join("\n", SafXml.Document(SafXml.Replacing("Hechos de prueba.", "&s;")).Split('\n').Skip(1));

            var results = Chile.ReadText(xml);

            Assert.That(results.SelectMany(r => r.Problems).Select(p => p.Rule), Is.EqualTo(new[] { "xml.doctype" }));
            Assert.That(results.Select(r => r.ToString()), Has.None.Contains("SECRETO"));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Test]
    public void Billion_laughs_is_refused_at_once_without_expansion()
    {
        var bomb = File.ReadAllBytes(Path.Combine(Paths.BadSamples, "saf_solicitudes_bad_entity-bomb.xml"));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var results = Chile.ReadBytes(bomb);

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, Is.LessThan(4_000_000), "expanding even one level would allocate far more");
        Assert.That(results.SelectMany(r => r.Problems).Select(p => p.Rule), Is.EqualTo(new[] { "xml.doctype" }));
    }

    [Test]
    public void A_record_nested_a_hundred_thousand_levels_deep_is_refused_and_the_next_one_read()
    {
        var deep = SafXml.Replacing("Hechos de prueba.", string.Concat(Enumerable.Repeat("<x>", 100_000)) + "fondo" + string.Concat(Enumerable.Repeat("</x>", 100_000)));

        var clock = Stopwatch.StartNew();

        var results = Chile.ReadText(SafXml.Document(deep, SafXml.Numbered("T-2")));

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "loading the nested elements would take minutes");
        Assert.That(results.Select(r => (r.IsAccepted, r.Problems.FirstOrDefault()?.Rule)), Is.EqualTo(new[] { (false, (string?)"xml.depth"), (true, null) }));
    }

    [Test]
    public void Latin_1_bytes_in_a_file_declared_UTF_8_are_reported_on_their_line_and_the_requests_before_them_stand()
    {
        var text = SafXml.Document(SafXml.Numbered("T-1"), SafXml.Numbered("T-2"));
        var second = text.IndexOf("""<Solicitud folio="T-2" """, StringComparison.Ordinal);
        byte[] mixed = [.. Encoding.UTF8.GetBytes(text[..second]), .. Encoding.Latin1.GetBytes(text[second..])];

        var results = Chile.ReadBytes(mixed);

        Assert.That(results[0].IsAccepted, Is.True);
        var error = results.SelectMany(r => r.Problems).Single(p => p.IsError);
        Assert.That((error.Rule, error.Source!.Line), Is.EqualTo(("xml.encoding", (long?)11)), "the ú of Perú in the second Solicitud");
    }

    [Test]
    public void A_truncated_file_keeps_the_requests_before_the_cut()
    {
        var text = SafXml.Document(SafXml.Numbered("T-1"), SafXml.Numbered("T-2"));
        var cut = Encoding.UTF8.GetBytes(text[..text.IndexOf("Cuentas del imputado.", text.IndexOf("T-2", StringComparison.Ordinal), StringComparison.Ordinal)]);

        var results = Chile.ReadBytes(cut);

        Assert.That(results.Where(r => r.IsAccepted).Select(r => r.RecordId), Is.EqualTo(new[] { "T-1" }));
        Assert.That(results.SelectMany(r => r.Problems).Single(p => p.IsError).Rule, Is.EqualTo("xml.malformed"));
    }
}
