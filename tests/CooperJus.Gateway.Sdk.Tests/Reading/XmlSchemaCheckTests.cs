using System.Text;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Gateway.Sdk.Tests.Reading;

/// <summary>
/// A record's elements located by path, and checked against the format's table: what the format lacks is a warning,
/// a non-repeatable element written twice an error.
/// </summary>
public sealed class XmlSchemaCheckTests
{
    private const string Ns = "urn:test:export:1";

    private static readonly Dictionary<string, XmlElementRule> Elements = new(StringComparer.Ordinal)
    {
        ["Request"] = new(["id"], ("Name", false), ("Person", true)),
        ["Name"] = new([]),
        ["Person"] = new(["role"], ("Name", false)),
    };

    private static XmlSourceElement Record(string body)
    {
        var xml = $"<Export xmlns=\"{Ns}\">\n<Request id=\"1\">\n{body}\n</Request>\n</Export>";
        using var reader = new XmlRecordReader("export.xml", new MemoryStream(Encoding.UTF8.GetBytes(xml)), new XmlRecordReaderOptions
        {
            FormatName = "Test",
            FormatDescription = "the test export",
            Namespace = Ns,
            RootName = "Export",
            RecordName = "Request",
            FormatDepth = 3,
        });
        reader.Open();
        return reader.Next()!.Element;
    }

    [Test]
    public void Indexes_a_step_only_among_same_named_siblings_and_locates_text_at_the_parent()
    {
        var request = Record("<Name>Caso</Name>\n<Person role=\"x\"><Name>Ana</Name></Person>\n<Person><Name>Luis</Name></Person>");

        var second = request.All("Person").Last();

        Assert.That(request.All("Person").Select(p => p.Path), Is.EqualTo(new[] { "/Export/Request[1]/Person[1]", "/Export/Request[1]/Person[2]" }));
        Assert.That(request.ChildText("Name"), Has.Property("Path").EqualTo("/Export/Request[1]").And.Property("Field").EqualTo("Name").And.Property("Value").EqualTo("Caso"));
        Assert.That((second.ChildText("Name").Path, second.ChildText("Name").Line), Is.EqualTo(("/Export/Request[1]/Person[2]", (long?)5)));
        Assert.That((request.One("Person")!.Attribute("role").Value, request.Attribute("missing").Value), Is.EqualTo(("x", (string?)null)));
    }

    [Test]
    public void Warns_of_what_the_format_lacks_and_refuses_a_repeated_single_element()
    {
        var request = Record("<Name>a</Name>\n<Name>b</Name>\n<Person role=\"x\" colour=\"red\"><Name>Ana</Name><Extra/></Person>\n<Name xmlns=\"urn:other\">c</Name>");
        var scope = new RecordScope();

        XmlSchemaCheck.Run(request, scope, Elements, "Test");

        Assert.That(scope.Problems.Select(p => (p.Rule, p.IsError, p.Source!.Path, p.Source.Field)), Is.EqualTo(new[]
        {
            ("xml.duplicate-element", true, "/Export/Request[1]/Name[2]", (string?)null),
            ("xml.unknown-element", false, "/Export/Request[1]/Person", "@colour"),
            ("xml.unknown-element", false, "/Export/Request[1]/Person/Extra", null),
            ("xml.unknown-element", false, "/Export/Request[1]/Name", null),
        }));
        Assert.That(scope.Problems[1].Message, Is.EqualTo("Attribute 'colour' is not part of a Test Person; it is ignored."));
    }
}
