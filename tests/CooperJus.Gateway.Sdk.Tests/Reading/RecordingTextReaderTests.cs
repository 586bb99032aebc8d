using System.Text;
using System.Xml;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Gateway.Sdk.Tests.Reading;

/// <summary>
/// The text reader an XML record reader puts between the decoder and the parser, to cut each record's exact source
/// text out of the file by the parser's line and position, in bounded memory.
/// </summary>
public sealed class RecordingTextReaderTests
{
    private static RecordingTextReader Over(string text, MarkingDecoderFallback? fallback = null) =>
        new(new StringReader(text), fallback ?? new MarkingDecoderFallback());

    private static RecordingTextReader Over(byte[] bytes, MarkingDecoderFallback fallback) =>
        new(new StreamReader(new MemoryStream(bytes), Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, fallback)), fallback);

    private static void ReadAll(TextReader reader)
    {
        var buffer = new char[7];
        while (reader.Read(buffer, 0, buffer.Length) > 0)
        {
        }
    }

    [Test]
    public void Cuts_out_a_record_exactly_as_written_from_the_parsers_line_and_position()
    {
        const string Text = "<r>\r\n  <a x='>'>uno &amp; <!-- c --></a>\n  <a>dos</a>\n</r>";
        using var text = Over(Text);
        using var xml = XmlReader.Create(text, SecureXml.ReaderSettings());
        xml.MoveToContent();
        xml.Read();
        var info = (IXmlLineInfo)xml;

        // The parser reports the position of the name, one past the '<'.
        var start = text.OffsetOf(info.LineNumber, info.LinePosition) - 1;
        using (var record = xml.ReadSubtree())
        {
            // Reading the subtree to its end leaves the parser on the record's end tag.
            while (record.Read())
            {
            }
        }
        var end = text.IndexOf('>', text.OffsetOf(info.LineNumber, info.LinePosition)) + 1;

        Assert.That(text.Slice(start, end), Is.EqualTo("<a x='>'>uno &amp; <!-- c --></a>"));
        Assert.That(text.LineOfOffset(start), Is.EqualTo(2));
    }

    [Test]
    public void Counts_lines_as_XML_does_whatever_ends_them()
    {
        using var text = Over("a\r\nb\rc\nd");
        ReadAll(text);

        Assert.That(text.CurrentLine, Is.EqualTo(4));
        Assert.That(text.OffsetOf(4, 1), Is.EqualTo(7));
        Assert.That(text.LineOfOffset(5), Is.EqualTo(3));
    }

    [Test]
    public void Finds_the_end_of_a_start_tag_past_a_quoted_greater_than_sign()
    {
        using var text = Over("""<a title="x > y" b='>'>text</a>""");
        ReadAll(text);

        Assert.That(text.EndOfStartTag(0), Is.EqualTo(23));
    }

    [Test]
    public void Forgets_what_was_released_and_says_so_instead_of_guessing()
    {
        using var text = Over("line one\nline two\nline three");
        ReadAll(text);

        text.Release(9);

        Assert.That((text.WindowStart, text.WindowText), Is.EqualTo((9L, "line two\nline three")));
        Assert.That((text.Slice(0, 4), text.OffsetOf(1, 1), text.LineOfOffset(3)), Is.EqualTo(((string?)null, -1L, (long?)null)));
        Assert.That(text.Slice(9, 13), Is.EqualTo("line"));
    }

    [Test]
    public void Keeps_nothing_once_recording_stops_but_still_counts_lines()
    {
        using var text = Over("<r>\n<a/>\n</r>\n\n");
        var buffer = new char[4];
        _ = text.Read(buffer, 0, buffer.Length);

        text.StopRecording();
        ReadAll(text);

        Assert.That((text.WindowText, text.Position, text.CurrentLine), Is.EqualTo(("", 15L, 5L)));
    }

    [Test]
    public void Locates_the_first_undecodable_bytes_on_their_line()
    {
        var fallback = new MarkingDecoderFallback();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("<r>\n<a>Peña</a>\n<a>Pe"), 0xF1, .. Encoding.UTF8.GetBytes("a</a>\n</r>")];
        using var text = Over(bytes, fallback);

        ReadAll(text);

        Assert.That(text.FirstInvalidLine, Is.EqualTo(3));
        Assert.That(fallback.FirstInvalidBytes, Is.EqualTo(new byte[] { 0xF1 }));
        Assert.That(text.WindowText, Does.Contain("Pe" + MarkingDecoderFallback.Mark + "a"));
    }

    [Test]
    public void Reports_no_invalid_line_for_a_file_that_decodes_cleanly()
    {
        var fallback = new MarkingDecoderFallback();
        using var text = Over(Encoding.UTF8.GetBytes("<r>\n<a>Peña</a>\n</r>"), fallback);

        ReadAll(text);

        Assert.That((text.FirstInvalidLine, fallback.FirstInvalidBytes), Is.EqualTo(((long?)null, (byte[]?)null)));
    }
}
