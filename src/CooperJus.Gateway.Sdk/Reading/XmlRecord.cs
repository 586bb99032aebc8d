using System.Xml.Linq;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>One complete record of an XML export, read by <see cref="XmlRecordReader"/>.</summary>
public sealed class XmlRecord
{
    internal XmlRecord(XElement element, string step, long line, string originalText, Problem? unreadable)
    {
        Element = element;
        Step = step;
        Line = line;
        OriginalText = originalText;
        Unreadable = unreadable;
    }

    /// <summary>
    /// The record, loaded with line information; when it could not be read (<see cref="Unreadable"/>), only its start
    /// tag: its name and attributes, without content.
    /// </summary>
    public XElement Element { get; }

    /// <summary>The record's step in its path, always indexed from 1 (<c>Solicitud[3]</c>): the file is streamed, so whether another one follows is not known yet.</summary>
    public string Step { get; }

    /// <summary>The line of the record's start tag (1-based).</summary>
    public long Line { get; }

    /// <summary>The record exactly as written in the file: comments, entities, quotes and line ends included.</summary>
    public string OriginalText { get; }

    /// <summary>The error that stops the record being read at all (<c>xml.depth</c>: nested too deep), or null.</summary>
    public Problem? Unreadable { get; }
}
