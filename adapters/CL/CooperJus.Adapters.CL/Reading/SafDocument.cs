using System.Xml;
using System.Xml.Linq;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Reading;

/// <summary>
/// Streams a SAF export: checks the root, then hands out one complete <c>Solicitud</c> at a time with its exact
/// source text, never holding more than one record in memory. Every way the file itself can be wrong becomes a located
/// file problem (<see cref="TakeProblems"/>), never an exception; records read before the problem stay good.
/// </summary>
/// <remarks>
/// Security: DTDs are prohibited, so a DOCTYPE (and with it any external entity or entity-expansion bomb) stops the
/// parser at the <c>&lt;!DOCTYPE</c> itself, before anything is expanded or fetched; no resolver is set.
/// </remarks>
internal sealed class SafDocument : IDisposable
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string SchemaInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>
    /// The deepest a record may nest elements: SAF's deepest is <c>Solicitud/Interviniente/Domicilio/Calle</c> (4), and
    /// a hostile file nesting thousands of levels would otherwise exhaust the stack when an element's text is read.
    /// </summary>
    private const int MaxRecordDepth = 16;

    private readonly string _file;
    private readonly Stream _stream;
    private readonly string _rootName;
    private readonly string _recordName;
    private readonly string _rootPath;
    private readonly List<Problem> _problems = [];
    private readonly MarkingDecoderFallback _fallback = new();
    private RecordingTextReader? _text;
    private XmlReader? _xml;
    private int _recordCount;
    private int _completeCount;
    private bool _rootSeen;
    private bool _advance;
    private bool _done;
    private string _currentPath = "/";

    /// <summary>
    /// A document whose root is <paramref name="rootName"/> holding records <paramref name="recordName"/>: a request
    /// export (<c>ExportacionSAF</c>/<c>Solicitud</c>) or a response file (<c>RespuestasSAF</c>/<c>Respuesta</c>).
    /// </summary>
    public SafDocument(string file, Stream stream, string rootName, string recordName)
    {
        _file = file;
        _stream = stream;
        _rootName = rootName;
        _recordName = recordName;
        _rootPath = "/" + rootName;
    }

    /// <summary>The problems met since the last call: file errors and file-level warnings.</summary>
    public IReadOnlyList<Problem> TakeProblems()
    {
        var problems = _problems.ToList();
        _problems.Clear();
        return problems;
    }

    /// <summary>Decides the encoding and reads the root element; false when the file cannot be read as a SAF file.</summary>
    public bool Open()
    {
        // XML 1.0 appendix F: a byte order mark, else the declaration's encoding, else UTF-8. The adapter decodes the
        // text itself (rather than handing the raw stream to XmlReader) so that it keeps each Solicitud's exact text;
        // invalid bytes go to the marking fallback, so a broken UTF-8 file is reported instead of turning letters into U+FFFD.
        var input = SourceEncoding.Detect(_stream, _file, new SourceEncodingOptions { ReadXmlDeclaration = true, DetectionWindow = 1024, DecoderFallback = _fallback });
        if (input.IsEmpty && input.Problem is null)
        {
            FileError("xml.empty", $"The file is empty: a SAF file holds at least its root element {_rootName}.", 1);
            return false;
        }
        if (input.Problem is { } undecodable)
        {
            FileError(undecodable.Rule == SourceEncoding.Unavailable ? undecodable.Rule : "xml.encoding", undecodable.Message, 1);
            return false;
        }
        _text = new RecordingTextReader(input.OpenReader(), _fallback);
        return Guarded(ReadRoot) is not null;
    }

    /// <summary>The next complete <c>Solicitud</c>, or null at the end of the file or after a file error.</summary>
    public SafRecord? Next() => _done ? null : Guarded(ReadNext);

    public void Dispose()
    {
        _xml?.Dispose();
        _text?.Dispose();
    }

    // The SDK's settings, the same for every XML export: DTD prohibited, no resolver, no entity expansion; comments,
    // processing instructions and white space skipped; no document limit, since records are read one at a time.
    private static XmlReaderSettings CreateSettings() => SecureXml.ReaderSettings(ignoreWhitespace: true, maxCharactersInDocument: 0);

    private T? Guarded<T>(Func<T?> read) where T : class
    {
        try
        {
            return read();
        }
        catch (XmlException exception)
        {
            Failed(exception);
        }
        return null;
    }

    private string? ReadRoot()
    {
        // Create already parses the start of the file, so it runs guarded too.
        var xml = _xml = XmlReader.Create(_text!, CreateSettings());
        if (xml.MoveToContent() != XmlNodeType.Element)
        {
            FailedBeforeRoot(null, "The file has no root element.");
            return null;
        }
        _rootSeen = true;
        var info = (IXmlLineInfo)xml;
        var rootAt = new SourceLocation { File = _file, Path = "/" + xml.LocalName, Line = info.LineNumber };
        if (!IsRootAsExpected(xml, rootAt)) return null;
        _text!.Release(_text.OffsetOf(info.LineNumber, info.LinePosition) - 1);
        _currentPath = _rootPath;
        ReadRootAttributes(xml, info, rootAt);
        if (xml.IsEmptyElement) FinishDocument();
        else _advance = true;
        return _rootName;
    }

    private bool IsRootAsExpected(XmlReader xml, SourceLocation rootAt)
    {
        if (xml.LocalName != _rootName)
            FileError("xml.root", $"The root element is '{xml.Name}': a SAF export starts with {_rootName}.", rootAt);
        else if (xml.NamespaceURI != SafSchema.Namespace.NamespaceName)
            FileError("xml.namespace", $"{_rootName} is in namespace '{xml.NamespaceURI}': the SAF cooperation export version 1 uses '{SafSchema.Namespace.NamespaceName}'.", rootAt with { Field = "xmlns", Value = xml.NamespaceURI });
        else return true;
        _done = true;
        return false;
    }

    private void ReadRootAttributes(XmlReader xml, IXmlLineInfo info, SourceLocation rootAt)
    {
        string? version = null;
        for (var more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
        {
            var at = rootAt with { Field = "@" + xml.LocalName, Value = xml.Value, Line = info.LineNumber };
            if (xml.NamespaceURI is XmlnsNamespace or SchemaInstanceNamespace) continue;
            if (xml.NamespaceURI.Length == 0 && xml.LocalName == "version") version = xml.Value;
            else _problems.Add(Problem.Warning("xml.unknown-element", $"Attribute '{xml.LocalName}' is not part of a SAF {_rootName}; it is ignored.", at));
        }
        xml.MoveToElement();
        if (version?.Trim() is not ("1" or ['1', '.', ..]))
            _problems.Add(Problem.Warning("saf.version", $"{_rootName}/@version is '{version}': this adapter reads version 1 of the format.", rootAt with { Field = "@version", Value = version }));
    }

    private SafRecord? ReadNext()
    {
        var xml = _xml!;
        while (true)
        {
            if (_advance && !xml.Read())
            {
                _done = true;
                return null;
            }
            _advance = true;
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == 0)
            {
                FinishDocument();
                return null;
            }
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == _recordName && xml.NamespaceURI == SafSchema.Namespace.NamespaceName) return ReadRecord(xml);
            SkipUnknown(xml);
        }
    }

    private void SkipUnknown(XmlReader xml)
    {
        var at = new SourceLocation { File = _file, Path = _rootPath + "/" + xml.LocalName, Line = ((IXmlLineInfo)xml).LineNumber };
        _problems.Add(Problem.Warning("xml.unknown-element", $"Element '{xml.LocalName}' is not part of a SAF {_rootName}; it is ignored.", at));
        xml.Skip();
        _advance = false;
    }

    private SafRecord ReadRecord(XmlReader xml)
    {
        var info = (IXmlLineInfo)xml;
        var text = _text!;
        _recordCount++;
        var step = $"{_recordName}[{_recordCount}]";
        _currentPath = _rootPath + "/" + step;
        var offset = text.OffsetOf(info.LineNumber, info.LinePosition);
        var start = offset < 1 ? -1 : offset - 1;
        text.Release(start);
        var startLine = LineOf(info);
        // The record's own start tag, kept in case the record is too deep to load.
        var shallow = new XElement(XName.Get(xml.LocalName, xml.NamespaceURI), Attributes(xml));
        XElement? element;
        // Null when too deep: disposing the subtree reader then moves past the record's end without building it.
        using (var subtree = xml.ReadSubtree()) element = SecureXml.LoadWithinDepth(subtree, MaxRecordDepth, LoadOptions.SetLineInfo);
        var end = xml.NodeType == XmlNodeType.EndElement ? EndOfEndTag(info) : text.EndOfStartTag(start);
        var original = (start >= 0 && end > start ? text.Slice(start, end) : null) ?? (element ?? shallow).ToString(SaveOptions.DisableFormatting);
        text.Release(end);
        _currentPath = _rootPath;
        _completeCount++;
        if (element is not null) return new SafRecord(new SafElement(element, _rootPath, step, _file), original, null);
        var record = new SafElement(shallow, _rootPath, step, _file);
        var depthProblem = Problem.Error("xml.depth", $"{_recordName} has elements nested more than {MaxRecordDepth} levels deep; the SAF format nests at most 4. Nothing in it was read.", record.Location with { Line = startLine });
        return new SafRecord(record, original, depthProblem);
    }

    private static IEnumerable<XAttribute> Attributes(XmlReader xml)
    {
        var attributes = new List<XAttribute>();
        for (var more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
            if (xml.NamespaceURI != XmlnsNamespace) attributes.Add(new XAttribute(XName.Get(xml.LocalName, xml.NamespaceURI), xml.Value));
        xml.MoveToElement();
        return attributes;
    }

    private static long LineOf(IXmlLineInfo info) => info.HasLineInfo() ? info.LineNumber : 1;

    private long EndOfEndTag(IXmlLineInfo info)
    {
        var name = _text!.OffsetOf(info.LineNumber, info.LinePosition);
        var close = name < 0 ? -1 : _text.IndexOf('>', name);
        return close < 0 ? -1 : close + 1;
    }

    private void FinishDocument()
    {
        _text!.StopRecording();
        _currentPath = "/";
        _done = true;
        while (_xml!.Read())
        {
        }
    }

    private void Failed(XmlException exception)
    {
        _done = true;
        var text = _text!;
        // The parser stops at the first character it cannot take; when that is where undecodable bytes stand, say so.
        if (text.FirstInvalidLine is { } invalidLine && exception.LineNumber >= invalidLine)
        {
            var bytes = _fallback.FirstInvalidBytes is { } unknown ? Convert.ToHexString(unknown) : "?";
            FileError("xml.encoding", $"Bytes 0x{bytes} on line {invalidLine} are not valid in the file's encoding: save the export in the encoding its XML declaration names.{Remainder()}", invalidLine, _currentPath);
        }
        else if (!_rootSeen) FailedBeforeRoot(exception, exception.Message);
        else
        {
            var line = exception.LineNumber > 0 ? exception.LineNumber : text.CurrentLine;
            FileError("xml.malformed", $"The XML is not well-formed (line {line}, position {exception.LinePosition}): {exception.Message}{Remainder()}", line, _currentPath);
        }
    }

    private string Remainder() =>
        _completeCount > 0 ? $" The {_completeCount} {_recordName} element(s) before this point were read; the rest of the file was not." : "";

    private void FailedBeforeRoot(XmlException? exception, string message)
    {
        _done = true;
        var prolog = _text!.WindowText;
        var doctype = prolog.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (doctype >= 0)
            FileError("xml.doctype", "The file has a DOCTYPE: SAF exports never do, and DTDs (with their external entities and entity expansion) are refused for security. Nothing in it was processed.", _text.LineOfOffset(_text.WindowStart + doctype) ?? 1, "/");
        else if (string.IsNullOrWhiteSpace(prolog))
            FileError("xml.empty", $"The file holds only white space: a SAF file holds at least its root element {_rootName}.", 1);
        else
            FileError("xml.malformed", $"The file is not XML: {message}", exception is { LineNumber: > 0 } ? exception.LineNumber : _text.CurrentLine, "/");
    }

    private void FileError(string rule, string message, long line, string path = "/") =>
        FileError(rule, message, new SourceLocation { File = _file, Line = line, Path = path });

    private void FileError(string rule, string message, SourceLocation at) => _problems.Add(Problem.Error(rule, message, at));
}
