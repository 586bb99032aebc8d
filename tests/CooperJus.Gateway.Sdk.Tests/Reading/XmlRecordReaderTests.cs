using System.Text;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Gateway.Sdk.Tests.Reading;

/// <summary>
/// The SDK's streaming reader of XML exports whose records are the children of a namespaced root: every record with
/// its exact text and line, every way the file can be wrong as a located problem, never an exception.
/// </summary>
public sealed class XmlRecordReaderTests
{
    private const string Ns = "urn:test:export:1";

    private static readonly XmlRecordReaderOptions Options = new()
    {
        FormatName = "Test",
        FormatDescription = "the test export version 1",
        Namespace = Ns,
        RootName = "Export",
        RecordName = "Request",
        RootAttributes = ["version"],
        FormatDepth = 2,
        MaxRecordDepth = 4,
    };

    private static (XmlRootElement? Root, List<XmlRecord> Records, List<Problem> Problems) Read(string xml) => Read(Encoding.UTF8.GetBytes(xml));

    private static (XmlRootElement? Root, List<XmlRecord> Records, List<Problem> Problems) Read(byte[] bytes)
    {
        using var reader = new XmlRecordReader("export.xml", new MemoryStream(bytes), Options);
        var root = reader.Open();
        var problems = reader.TakeProblems().ToList();
        var records = new List<XmlRecord>();
        while (root is not null && reader.Next() is { } record)
        {
            records.Add(record);
            problems.AddRange(reader.TakeProblems());
        }
        problems.AddRange(reader.TakeProblems());
        return (root, records, problems);
    }

    private static string Export(params string[] records) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Export xmlns=\"{Ns}\" version=\"1\">\n{string.Join("\n", records)}\n</Export>\n";

    [Test]
    public void Hands_out_each_record_exactly_as_written_with_its_line_and_step()
    {
        const string First = "  <Request id='a'>\r\n    <Name>Peña &amp; Muñoz<!-- kept --></Name>\r\n  </Request>";

        var (root, records, problems) = Read(Export(First, "  <Request id=\"b\"/>"));

        Assert.That(problems, Is.Empty);
        Assert.That(root!.Location.Path, Is.EqualTo("/Export"));
        Assert.That(records.Select(r => (r.Element.Path, r.Line, r.OriginalText)), Is.EqualTo(new[]
        {
            ("/Export/Request[1]", 3L, First.Trim()),
            ("/Export/Request[2]", 6L, "<Request id=\"b\"/>"),
        }));
        Assert.That(records[0].Element.ChildText("Name").Value, Is.EqualTo("Peña & Muñoz"));
    }

    [Test]
    public void Gives_a_known_root_attribute_located_and_warns_of_unknown_ones_and_of_elements_between_records()
    {
        var xml = $"<Export xmlns=\"{Ns}\" version=\"1.2\" extra=\"x\">\n<Note>n</Note>\n<Request/>\n</Export>";

        var (root, records, problems) = Read(xml);

        Assert.That((root!.Attribute("version").Value, root.Attribute("version").Field, root.Attribute("missing").Value), Is.EqualTo(("1.2", "@version", (string?)null)));
        Assert.That(problems.Select(p => (p.Rule, p.Severity, p.Source!.Path, p.Source.Line)), Is.EqualTo(new[]
        {
            ("xml.unknown-element", Severity.Warning, "/Export", (long?)1),
            ("xml.unknown-element", Severity.Warning, "/Export/Note", (long?)2),
        }));
        Assert.That(records, Has.Count.EqualTo(1));
    }

    [TestCase("<Other xmlns=\"urn:test:export:1\"/>", "xml.root")]
    [TestCase("<Export xmlns=\"urn:other\"/>", "xml.namespace")]
    [TestCase("", "xml.empty")]
    [TestCase("  \n ", "xml.empty")]
    [TestCase("plain text", "xml.malformed")]
    public void Refuses_a_file_that_is_not_this_export_with_one_located_error(string xml, string rule)
    {
        var (root, records, problems) = Read(xml);

        Assert.That((root, records.Count), Is.EqualTo(((XmlRootElement?)null, 0)));
        Assert.That(problems.Select(p => (p.Rule, p.IsError, p.Source!.File)), Is.EqualTo(new[] { (rule, true, "export.xml") }));
    }

    [Test]
    public void Refuses_a_DOCTYPE_on_its_own_line_without_expanding_anything()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!-- export -->\n<!DOCTYPE Export [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n" + $"<Export xmlns=\"{Ns}\"><Request>&b;</Request></Export>";

        var (root, _, problems) = Read(xml);

        Assert.That(root, Is.Null);
        Assert.That(problems.Select(p => (p.Rule, p.Source!.Line)), Is.EqualTo(new[] { ("xml.doctype", (long?)3) }));
    }

    [Test]
    public void Reports_bytes_invalid_in_the_encoding_on_their_line_after_the_records_before_them()
    {
        var text = Export("<Request>uno</Request>", "<Request>d\u00F3s</Request>");
        var second = text.IndexOf("<Request>d", StringComparison.Ordinal);
        byte[] mixed = [.. Encoding.UTF8.GetBytes(text[..second]), .. Encoding.Latin1.GetBytes(text[second..])];

        var (_, records, problems) = Read(mixed);

        Assert.That(records.Select(r => r.Element.Element.Value), Is.EqualTo(new[] { "uno" }));
        Assert.That(problems.Select(p => (p.Rule, p.Source!.Line)), Is.EqualTo(new[] { ("xml.encoding", (long?)4) }));
        Assert.That(problems[0].Message, Does.Contain("0xF3").And.Contain("The 1 Request element(s) before this point were read"));
    }

    [Test]
    public void Reports_a_truncated_file_after_the_records_before_the_break()
    {
        var text = Export("<Request>uno</Request>", "<Request>dos</Request>");

        var (_, records, problems) = Read(text[..text.IndexOf("dos", StringComparison.Ordinal)]);

        Assert.That(records.Select(r => r.Element.Element.Value), Is.EqualTo(new[] { "uno" }));
        Assert.That(problems.Select(p => (p.Rule, p.Source!.Path)), Is.EqualTo(new[] { ("xml.malformed", "/Export/Request[2]") }));
    }

    [Test]
    public void Refuses_a_record_nested_too_deep_alone_with_its_start_tag_and_reads_the_next()
    {
        var deep = "<Request id='deep'>" + string.Concat(Enumerable.Repeat("<x>", 50_000)) + string.Concat(Enumerable.Repeat("</x>", 50_000)) + "</Request>";

        var (_, records, problems) = Read(Export(deep, "<Request><a><b><c/></b></a></Request>"));

        Assert.That(problems, Is.Empty);
        Assert.That(records.Select(r => r.Unreadable?.Rule), Is.EqualTo(new[] { "xml.depth", null }));
        Assert.That((records[0].Unreadable!.Source!.Path, records[0].Unreadable!.Source!.Line), Is.EqualTo(("/Export/Request[1]", (long?)3)));
        Assert.That((records[0].Element.Attribute("id").Value, records[0].Element.Element.HasElements), Is.EqualTo(("deep", false)));
        Assert.That(records[0].OriginalText, Is.EqualTo(deep));
    }
}
