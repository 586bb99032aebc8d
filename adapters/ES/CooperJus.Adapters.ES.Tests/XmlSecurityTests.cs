using System.Diagnostics;
using System.Text;
using CooperJus.Adapters.ES.Tests.Support;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>
/// DTDs are refused before anything in them is processed: no external entity is fetched, no entity is expanded,
/// so a hostile file costs nothing but a located <c>xml.doctype</c>.
/// </summary>
public sealed class XmlSecurityTests
{
    [Test]
    public void External_entity_is_never_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"cooperjus-es-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "SECRETO-DE-SUMARIO-42");
        try
        {
            var xml = FortunyXml.Declaration + $"\n<!DOCTYPE Exportacion [<!ENTITY s SYSTEM \"file://{secret}\">]>\n"
                + string.Join("\n", FortunyXml.Document(FortunyXml.Replacing("Hechos de prueba.", "&s;")).Split('\n').Skip(1));

            var results = Spain.ReadText(xml);

            Assert.That(results.SelectMany(r => r.Problems).Select(p => p.Rule), Is.EqualTo(new[] { "xml.doctype" }));
            Assert.That(results.Select(r => r.ToString()), Has.None.Contains("SECRETO"));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Test]
    public void External_DTD_is_refused_without_being_fetched()
    {
        var xml = FortunyXml.Document().Replace(FortunyXml.Declaration, FortunyXml.Declaration + "\n<!DOCTYPE Exportacion SYSTEM \"http://192.0.2.1/fortuny.dtd\">", StringComparison.Ordinal);
        var clock = Stopwatch.StartNew();

        var result = Spain.ReadText(xml).Single();

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)), "an attempt to fetch the DTD would wait for the network");
        Assert.That((result.Problems.Single().Rule, result.Problems.Single().Source!.Line), Is.EqualTo(("xml.doctype", (long?)2)));
    }

    [Test]
    public void Billion_laughs_is_refused_at_once_without_expansion()
    {
        var bomb = File.ReadAllBytes(Path.Combine(Paths.BadSamples, "fortuny_bad_entity-bomb.xml"));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var results = Spain.ReadBytes(bomb);

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, Is.LessThan(4_000_000), "expanding even one level would allocate far more");
        Assert.That(results.SelectMany(r => r.Problems).Select(p => p.Rule), Is.EqualTo(new[] { "xml.doctype" }));
    }

    [Test]
    public void A_record_nested_a_hundred_thousand_levels_deep_is_refused_and_the_next_one_read()
    {
        var deep = FortunyXml.Replacing("Hechos de prueba.", string.Concat(Enumerable.Repeat("<x>", 100_000)) + "fondo" + string.Concat(Enumerable.Repeat("</x>", 100_000)));

        var clock = Stopwatch.StartNew();

        var results = Spain.ReadText(FortunyXml.Document(deep, FortunyXml.Numbered("T-2")));

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "loading the nested elements would take minutes");
        Assert.That(results.Select(r => (r.IsAccepted, r.Problems.FirstOrDefault()?.Rule)), Is.EqualTo(new[] { (false, (string?)"xml.depth"), (true, null) }));
        Assert.That(results[0].Problems[0].Source!.Line, Is.EqualTo(3), "the error names the line of the Solicitud's start tag");
    }

    [Test]
    public void Quadratic_blowup_is_refused_like_any_DTD()
    {
        var entity = new string('A', 100_000);
        var xml = FortunyXml.Declaration + $"\n<!DOCTYPE Exportacion [<!ENTITY a \"{entity}\">]>\n"
            + string.Join("\n", FortunyXml.Document(FortunyXml.Replacing("Hechos de prueba.", string.Concat(Enumerable.Repeat("&a;", 10_000)))).Split('\n').Skip(1));

        var results = Spain.ReadBytes(Encoding.UTF8.GetBytes(xml));

        Assert.That(results.SelectMany(r => r.Problems).Select(p => p.Rule), Is.EqualTo(new[] { "xml.doctype" }));
    }

    [Test]
    public void DOCTYPE_is_located_on_its_own_line_after_comments()
    {
        var xml = FortunyXml.Declaration + "\n<!-- uno -->\n<!-- dos\n tres -->\n<!DOCTYPE Exportacion>\n" + string.Join("\n", FortunyXml.Document().Split('\n').Skip(1));

        var problem = Spain.ReadText(xml).Single().Problems.Single();

        Assert.That((problem.Rule, problem.Source!.Line, problem.Source.Path), Is.EqualTo(("xml.doctype", (long?)5, "/")));
    }

    [Test]
    public void Text_that_mentions_a_DOCTYPE_inside_a_request_is_only_text()
    {
        var result = Spain.ReadText(FortunyXml.Document(FortunyXml.Replacing("Hechos de prueba.", "<![CDATA[El correo contenía <!DOCTYPE html> y un enlace.]]>"))).Single();

        Assert.That(result.IsAccepted, Is.True);
        Assert.That(result.Request!.Facts.Summary, Is.EqualTo("El correo contenía <!DOCTYPE html> y un enlace."));
    }

    [Test]
    public void Character_references_and_predefined_entities_are_read()
    {
        var result = Spain.ReadText(FortunyXml.Document(FortunyXml.Replacing("Hechos de prueba.", "Pagos &lt;&gt; 3.000 &amp; &#8364; &#x41;"))).Single();

        Assert.That(result.Request!.Facts.Summary, Is.EqualTo("Pagos <> 3.000 & € A"));
    }
}
