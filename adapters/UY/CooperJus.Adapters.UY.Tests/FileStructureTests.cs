using System.Text;
using CooperJus.Adapters.UY.Reading;
using CooperJus.Adapters.UY.Tests.Support;

namespace CooperJus.Adapters.UY.Tests;

/// <summary>The JSON Lines file: each bad line is rejected alone, located by its line, and the other lines go through.</summary>
public sealed class FileStructureTests
{
    private static readonly string Good = Uruguay.Line(Uruguay.Solicitud());

    [TestCase("{\"numeroSolicitud\":", "json.invalid", "line 2")]
    [TestCase("[1,2,3]", "json.type", "line 2")]
    [TestCase("\"CI-0001/2024\"", "json.type", "line 2")]
    [TestCase("{\"numeroSolicitud\":\"A\",\"numeroSolicitud\":\"B\"}", "json.duplicate-property", "A")]
    public void A_bad_line_is_rejected_alone_and_the_lines_around_it_are_read(string bad, string rule, string recordId)
    {
        var results = Uruguay.ReadLines(Good, bad, Good.Replace("CI-0500/2024", "CI-0501/2024", StringComparison.Ordinal));

        Assert.That(results.Count(r => r.IsAccepted), Is.EqualTo(2));
        var rejected = results.Single(r => !r.IsAccepted);
        Assert.That(rejected.Problems.Where(p => p.IsError).Select(p => p.Rule), Does.Contain(rule));
        Assert.That(rejected.Problems.First(p => p.IsError).Source!.Line, Is.EqualTo(2));
        Assert.That(rejected.RecordId, Is.EqualTo(recordId), "a line without a readable number is a record named by its line, not a problem of the file");
        Assert.That(rejected.OriginalText, Is.EqualTo(bad));
    }

    [Test]
    public void A_nesting_bomb_on_one_line_is_rejected_alone()
    {
        var bomb = "{\"hechos\":" + new string('[', 5000) + new string(']', 5000) + "}";

        var results = Uruguay.ReadLines(bomb, Good);

        Assert.That(results[0].IsAccepted, Is.False);
        Assert.That(results[0].Problems.Single(p => p.IsError).Rule, Is.AnyOf("json.invalid", "json.too-deep"));
        Assert.That(results[1].IsAccepted, Is.True);
    }

    [Test]
    public void Bytes_that_are_not_UTF8_reject_their_line_only()
    {
        // Good is ASCII (its accents are \u escapes), so the Latin-1 line is written out with the accents as single bytes.
        var latin1 = Encoding.Latin1.GetBytes(Good.Replace("\"hechos\":\"", "\"hechos\":\"Núñez y Peña: ", StringComparison.Ordinal) + "\n");
        var bytes = Encoding.UTF8.GetBytes(Good + "\n").Concat(latin1).Concat(Encoding.UTF8.GetBytes(Good + "\n")).ToArray();

        var results = Uruguay.ReadBytes(bytes);

        Assert.That(results.Select(r => r.IsAccepted), Is.EqualTo(new[] { true, false, true }));
        Assert.That(results[1].Problems.Single().Source!.Line, Is.EqualTo(2));
    }

    [Test]
    public void A_last_line_cut_short_is_rejected_and_the_lines_before_it_are_read()
    {
        var results = Uruguay.ReadBytes(Encoding.UTF8.GetBytes(Good + "\n" + Good[..200]));

        Assert.That(results.Select(r => r.IsAccepted), Is.EqualTo(new[] { true, false }));
        Assert.That(results[1].Problems.Single().Rule, Is.EqualTo("json.invalid"));
    }

    [Test]
    public void A_line_longer_than_the_limit_is_skipped_and_the_next_one_is_read()
    {
        var huge = "{\"hechos\":\"" + new string('x', RecordReader.MaxLineBytes + 10) + "\"}";

        var results = Uruguay.ReadLines(huge, Good);

        Assert.That(results[0].Problems.Single().Rule, Is.EqualTo("json.solicitud-too-large"));
        Assert.That(results[0].Problems.Single().Source!.Line, Is.EqualTo(1));
        Assert.That(results[1].IsAccepted, Is.True);
    }

    [Test]
    public void A_byte_order_mark_blank_lines_and_CRLF_are_accepted()
    {
        var text = "\uFEFF" + Good + "\r\n\r\n   \n" + Good.Replace("CI-0500/2024", "CI-0501/2024", StringComparison.Ordinal) + "\r\n";

        var results = Uruguay.ReadBytes(Encoding.UTF8.GetBytes(text));

        Assert.That(results.Select(r => r.IsAccepted), Is.EqualTo(new[] { true, true }));
        Assert.That(results[1].Request!.Provenance.RecordId, Is.EqualTo("CI-0501/2024"));
    }

    [Test]
    public void A_file_of_blank_lines_is_a_file_error()
    {
        var result = Uruguay.ReadBytes(Encoding.UTF8.GetBytes("\n \n")).Single();

        Assert.That(result.Problems.Single().Rule, Is.EqualTo("jsonl.empty"));
    }

    [Test]
    public void An_unknown_property_is_a_warning_and_the_solicitud_goes_through()
    {
        var result = Uruguay.ReadLines(Good.Insert(1, "\"prioridadInterna\":\"alta\",")).Single();

        Assert.That(result.IsAccepted, Is.True);
        Assert.That(result.Problems.Single().Rule, Is.EqualTo("json.unknown-property"));
    }
}
