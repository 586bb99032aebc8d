using System.Text;
using System.Xml;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Gateway.Sdk.Tests.Reading;

/// <summary>Undecodable bytes become a character XML forbids, so the parser stops exactly there and not a block earlier.</summary>
public sealed class MarkingDecoderFallbackTests
{
    private static string Decode(byte[] bytes, MarkingDecoderFallback fallback) =>
        Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, fallback).GetString(bytes);

    [Test]
    public void Writes_one_mark_per_invalid_sequence_and_remembers_the_first()
    {
        var fallback = new MarkingDecoderFallback();

        var text = Decode([0x41, 0xE9, 0x42, 0xFF, 0x43], fallback);

        Assert.That(text, Is.EqualTo("A\uFFFEB\uFFFEC"));
        Assert.That(fallback.FirstInvalidBytes, Is.EqualTo(new byte[] { 0xE9 }));
    }

    [Test]
    public void Leaves_valid_text_untouched()
    {
        var fallback = new MarkingDecoderFallback();

        Assert.That(Decode(Encoding.UTF8.GetBytes("Peña Muñoz"), fallback), Is.EqualTo("Peña Muñoz"));
        Assert.That(fallback.FirstInvalidBytes, Is.Null);
    }

    [Test]
    public void The_mark_stops_an_XML_parser_on_the_line_of_the_bad_bytes_after_reading_what_comes_before()
    {
        var fallback = new MarkingDecoderFallback();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("<r>\n<a>uno</a>\n<a>d"), 0xF3, .. Encoding.UTF8.GetBytes("s</a>\n</r>")];
        using var xml = XmlReader.Create(new StringReader(Decode(bytes, fallback)), SecureXml.ReaderSettings());
        var texts = new List<string>();

        var error = Assert.Throws<XmlException>(() =>
        {
            while (xml.Read())
                if (xml.NodeType == XmlNodeType.Text) texts.Add(xml.Value);
        });

        Assert.That(texts, Is.EqualTo(new[] { "uno" }));
        Assert.That(error!.LineNumber, Is.EqualTo(3));
    }
}
