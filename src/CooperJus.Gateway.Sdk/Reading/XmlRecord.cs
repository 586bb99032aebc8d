using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>One complete record of an XML export, read by <see cref="XmlRecordReader"/>.</summary>
public sealed class XmlRecord
{
    internal XmlRecord(XmlSourceElement element, long line, string originalText, Problem? unreadable)
    {
        Element = element;
        Line = line;
        OriginalText = originalText;
        Unreadable = unreadable;
    }

    /// <summary>
    /// The record, loaded with line information, located: its step is always indexed from 1 (<c>Solicitud[3]</c>),
    /// since the file is streamed and whether another one follows is not known yet. When it could not be read
    /// (<see cref="Unreadable"/>), only its start tag: its name and attributes, without content.
    /// </summary>
    public XmlSourceElement Element { get; }

    /// <summary>The line of the record's start tag (1-based).</summary>
    public long Line { get; }

    /// <summary>The record exactly as written in the file: comments, entities, quotes and line ends included.</summary>
    public string OriginalText { get; }

    /// <summary>The error that stops the record being read at all (<c>xml.depth</c>: nested too deep), or null.</summary>
    public Problem? Unreadable { get; }
}
