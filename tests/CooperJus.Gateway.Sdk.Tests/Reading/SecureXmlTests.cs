using System.Diagnostics;
using System.Xml;
using System.Xml.Linq;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Gateway.Sdk.Tests.Reading;

/// <summary>The SDK's XML reader settings refuse what could make a reader fetch, expand or loop.</summary>
public sealed class SecureXmlTests
{
    private static void ReadToEnd(string xml, XmlReaderSettings settings)
    {
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }
    }

    [Test]
    public void Refuses_a_document_type_declaration()
    {
        const string Bomb = """<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "bbbbbbbbbb"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><a>&c;</a>""";
        Assert.That(() => ReadToEnd(Bomb, SecureXml.ReaderSettings()), Throws.InstanceOf<XmlException>().With.Message.Contain("DTD"));
    }

    [Test]
    public void Refuses_an_external_entity_before_fetching_it()
    {
        const string External = """<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "http://127.0.0.1:1/secret">]><a>&x;</a>""";
        Assert.That(() => ReadToEnd(External, SecureXml.ReaderSettings()), Throws.InstanceOf<XmlException>().With.Message.Contain("DTD"));
    }

    [Test]
    public void Skips_comments_and_white_space_as_a_record_reader_needs()
    {
        using var reader = XmlReader.Create(new StringReader("<a>\n  <!-- note -->\n  <b>1</b>\n</a>"), SecureXml.ReaderSettings());
        var kinds = new List<XmlNodeType>();
        while (reader.Read()) kinds.Add(reader.NodeType);
        Assert.That(kinds, Is.EqualTo(new[] { XmlNodeType.Element, XmlNodeType.Element, XmlNodeType.Text, XmlNodeType.EndElement, XmlNodeType.EndElement }));
    }

    [Test]
    public void Stops_a_document_beyond_its_character_limit()
    {
        var settings = SecureXml.ReaderSettings(maxCharactersInDocument: 1000);
        Assert.That(() => ReadToEnd("<a>" + new string('x', 2000) + "</a>", settings), Throws.InstanceOf<XmlException>());
    }

    private static (XElement? Loaded, string? After) LoadFirstChild(string xml, int maxDepth)
    {
        using var reader = XmlReader.Create(new StringReader(xml), SecureXml.ReaderSettings());
        reader.MoveToContent();
        reader.Read();
        XElement? loaded;
        using (var subtree = reader.ReadSubtree()) loaded = SecureXml.LoadWithinDepth(subtree, maxDepth, LoadOptions.SetLineInfo);
        reader.Read();
        return (loaded, reader.NodeType == XmlNodeType.Element ? reader.LocalName : null);
    }

    [Test]
    public void Loads_an_element_nesting_exactly_as_deep_as_allowed_with_its_line_numbers()
    {
        var (loaded, _) = LoadFirstChild("<r>\n<a><b><c>fondo</c></b></a></r>", maxDepth: 3);

        Assert.That(loaded!.Value, Is.EqualTo("fondo"));
        Assert.That(((IXmlLineInfo)loaded).LineNumber, Is.EqualTo(2));
    }

    [Test]
    public void Refuses_an_element_nesting_one_level_too_deep_and_moves_past_it()
    {
        var (loaded, after) = LoadFirstChild("<r><a><b><c><d/></c></b></a><next/></r>", maxDepth: 3);

        Assert.That((loaded, after), Is.EqualTo(((XElement?)null, "next")));
    }

    [Test]
    public void Refuses_a_hundred_thousand_levels_quickly_without_building_them()
    {
        var deep = "<r><a>" + string.Concat(Enumerable.Repeat("<x>", 100_000)) + string.Concat(Enumerable.Repeat("</x>", 100_000)) + "</a><next/></r>";
        var clock = Stopwatch.StartNew();

        var (loaded, after) = LoadFirstChild(deep, maxDepth: 16);

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)), "building the nested elements takes many seconds");
        Assert.That((loaded, after), Is.EqualTo(((XElement?)null, "next")));
    }
}
