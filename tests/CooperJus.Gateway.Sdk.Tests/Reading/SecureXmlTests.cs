using System.Xml;
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
}
