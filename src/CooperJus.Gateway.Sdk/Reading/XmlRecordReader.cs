using System.Xml;
using System.Xml.Linq;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// Streams an XML export whose records are the children of a namespaced root: checks the root, then hands out one
/// complete record at a time with its exact source text and line, never holding more than one record in memory. Every
/// way the file itself can be wrong becomes a located file problem (<see cref="TakeProblems"/>), never an exception;
/// records read before the problem stay good.
/// </summary>
/// <remarks>
/// <para>
/// Encoding as XML 1.0 appendix F says (a byte order mark, else the declaration's encoding, else UTF-8, through
/// <see cref="SourceEncoding"/>); bytes invalid in it are reported (<c>xml.encoding</c>) on their line, after every
/// record before them. Security: the parser runs with <see cref="SecureXml.ReaderSettings"/>, so a DOCTYPE (and with
/// it any external entity or entity-expansion bomb) stops it at the <c>&lt;!DOCTYPE</c> itself (<c>xml.doctype</c>);
/// a record nesting deeper than <see cref="XmlRecordReaderOptions.MaxRecordDepth"/> is refused alone
/// (<c>xml.depth</c>, in <see cref="XmlRecord.Unreadable"/>) without being built.
/// </para>
/// <para>
/// File rules: <c>xml.empty</c>, <c>xml.encoding</c>, <c>xml.doctype</c>, <c>xml.malformed</c>, <c>xml.root</c>,
/// <c>xml.namespace</c> (errors); <c>xml.unknown-element</c> (warning: an unknown root attribute or an element between
/// records). The adapter checks the root's attributes itself (<see cref="XmlRootElement.Attribute"/>).
/// </para>
/// </remarks>
public sealed class XmlRecordReader : IDisposable
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string SchemaInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private readonly string _file;
    private readonly Stream _stream;
    private readonly XmlRecordReaderOptions _options;
    private readonly List<Problem> _problems = [];
    private readonly MarkingDecoderFallback _fallback = new();
    private RecordingTextReader? _text;
    private XmlReader? _xml;
    private int _recordCount;
    private int _completeCount;
    private bool _rootSeen;
    private bool _emptyRoot;
    private bool _advance;
    private bool _done;
    private string _currentPath = "/";

    /// <summary>A reader of <paramref name="stream"/>, named <paramref name="file"/> in every location; the caller owns the stream.</summary>
    /// <param name="file">The file's name, as locations give it.</param>
    /// <param name="stream">The export's bytes.</param>
    /// <param name="options">The export's root, records, namespace and names.</param>
    public XmlRecordReader(string file, Stream stream, XmlRecordReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _file = file;
        _stream = stream;
        _options = options;
        RootPath = "/" + options.RootName;
    }

    /// <summary>The path of the root (<c>/ExportacionSAF</c>), the parent path of every record.</summary>
    public string RootPath { get; }

    /// <summary>The problems met since the last call: file errors and file-level warnings.</summary>
    public IReadOnlyList<Problem> TakeProblems()
    {
        var problems = _problems.ToList();
        _problems.Clear();
        return problems;
    }

    /// <summary>Decides the encoding and reads the root element; null when the file cannot be read as this export.</summary>
    public XmlRootElement? Open()
    {
        // The reader decodes the text itself (rather than handing the raw stream to XmlReader) so that it keeps each
        // record's exact text; invalid bytes go to the marking fallback, so a broken UTF-8 file is reported instead of
        // turning letters into U+FFFD.
        var input = SourceEncoding.Detect(_stream, _file, new SourceEncodingOptions { ReadXmlDeclaration = true, DetectionWindow = 1024, DecoderFallback = _fallback });
        if (input.IsEmpty && input.Problem is null)
        {
            FileError("xml.empty", $"The file is empty: a {_options.FormatName} file holds at least its root element {_options.RootName}.", 1);
            return null;
        }
        if (input.Problem is { } undecodable)
        {
            FileError(undecodable.Rule == SourceEncoding.Unavailable ? undecodable.Rule : "xml.encoding", undecodable.Message, 1);
            return null;
        }
        _text = new RecordingTextReader(input.OpenReader(), _fallback);
        return Guarded(ReadRoot);
    }

    /// <summary>The next complete record, or null at the end of the file or after a file error.</summary>
    public XmlRecord? Next() => _done ? null : Guarded(ReadNext);

    /// <summary>Closes the parser and the decoded text (not the stream, which the caller owns).</summary>
    public void Dispose()
    {
        _xml?.Dispose();
        _text?.Dispose();
    }

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

    private XmlRootElement? ReadRoot()
    {
        // Create already parses the start of the file, so it runs guarded too. No document limit: records are read
        // one at a time.
        var xml = _xml = XmlReader.Create(_text!, SecureXml.ReaderSettings(ignoreWhitespace: true, maxCharactersInDocument: 0));
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
        _currentPath = RootPath;
        var root = new XmlRootElement(rootAt, ReadRootAttributes(xml, info, rootAt));
        // An empty root is finished by the first Next, so that what follows it is reported after the root's own problems.
        _emptyRoot = xml.IsEmptyElement;
        _advance = !_emptyRoot;
        return root;
    }

    private bool IsRootAsExpected(XmlReader xml, SourceLocation rootAt)
    {
        var root = _options.RootName;
        if (xml.LocalName != root)
            FileError("xml.root", $"The root element is '{xml.Name}': a {_options.FormatName} export starts with {root}.", rootAt);
        else if (xml.NamespaceURI != _options.Namespace)
            FileError("xml.namespace", $"{root} is in namespace '{xml.NamespaceURI}': {_options.FormatDescription} uses '{_options.Namespace}'.", rootAt with { Field = "xmlns", Value = xml.NamespaceURI });
        else return true;
        _done = true;
        return false;
    }

    private Dictionary<string, SourceLocation> ReadRootAttributes(XmlReader xml, IXmlLineInfo info, SourceLocation rootAt)
    {
        var known = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        for (var more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
        {
            var at = rootAt with { Field = "@" + xml.LocalName, Value = xml.Value, Line = info.LineNumber };
            if (xml.NamespaceURI is XmlnsNamespace or SchemaInstanceNamespace) continue;
            if (xml.NamespaceURI.Length == 0 && _options.RootAttributes.Contains(xml.LocalName)) known[xml.LocalName] = at;
            else _problems.Add(Problem.Warning("xml.unknown-element", $"Attribute '{xml.LocalName}' is not part of a {_options.FormatName} {_options.RootName}; it is ignored.", at));
        }
        xml.MoveToElement();
        return known;
    }

    private XmlRecord? ReadNext()
    {
        var xml = _xml!;
        if (_emptyRoot)
        {
            FinishDocument();
            return null;
        }
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
            if (xml.LocalName == _options.RecordName && xml.NamespaceURI == _options.Namespace) return ReadRecord(xml);
            SkipUnknown(xml);
        }
    }

    private void SkipUnknown(XmlReader xml)
    {
        var at = new SourceLocation { File = _file, Path = RootPath + "/" + xml.LocalName, Line = ((IXmlLineInfo)xml).LineNumber };
        _problems.Add(Problem.Warning("xml.unknown-element", $"Element '{xml.LocalName}' is not part of a {_options.FormatName} {_options.RootName}; it is ignored.", at));
        xml.Skip();
        _advance = false;
    }

    private XmlRecord ReadRecord(XmlReader xml)
    {
        var info = (IXmlLineInfo)xml;
        var text = _text!;
        _recordCount++;
        var step = $"{_options.RecordName}[{_recordCount}]";
        _currentPath = RootPath + "/" + step;
        var offset = text.OffsetOf(info.LineNumber, info.LinePosition);
        var start = offset < 1 ? -1 : offset - 1;
        text.Release(start);
        var startLine = info.HasLineInfo() ? info.LineNumber : 1;
        // The record's own start tag, kept in case the record is too deep to load.
        var shallow = new XElement(XName.Get(xml.LocalName, xml.NamespaceURI), Attributes(xml));
        XElement? element;
        // Null when too deep: disposing the subtree reader then moves past the record's end without building it.
        using (var subtree = xml.ReadSubtree()) element = SecureXml.LoadWithinDepth(subtree, _options.MaxRecordDepth, LoadOptions.SetLineInfo);
        var end = xml.NodeType == XmlNodeType.EndElement ? EndOfEndTag(info) : text.EndOfStartTag(start);
        var original = (start >= 0 && end > start ? text.Slice(start, end) : null) ?? (element ?? shallow).ToString(SaveOptions.DisableFormatting);
        text.Release(end);
        _currentPath = RootPath;
        _completeCount++;
        var ns = XNamespace.Get(_options.Namespace);
        if (element is not null) return new XmlRecord(new XmlSourceElement(element, ns, RootPath, step, _file, _recordCount), startLine, original, null);
        var at = new SourceLocation { File = _file, Path = RootPath + "/" + step, Line = startLine };
        var depthProblem = Problem.Error("xml.depth", $"{_options.RecordName} has elements nested more than {_options.MaxRecordDepth} levels deep; the {_options.FormatName} format nests at most {_options.FormatDepth}. Nothing in it was read.", at);
        return new XmlRecord(new XmlSourceElement(shallow, ns, RootPath, step, _file, _recordCount), startLine, original, depthProblem);
    }

    private static List<XAttribute> Attributes(XmlReader xml)
    {
        var attributes = new List<XAttribute>();
        for (var more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
            if (xml.NamespaceURI != XmlnsNamespace) attributes.Add(new XAttribute(XName.Get(xml.LocalName, xml.NamespaceURI), xml.Value));
        xml.MoveToElement();
        return attributes;
    }

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
        _completeCount > 0 ? $" The {_completeCount} {_options.RecordName} element(s) before this point were read; the rest of the file was not." : "";

    private void FailedBeforeRoot(XmlException? exception, string message)
    {
        _done = true;
        var prolog = _text!.WindowText;
        var doctype = prolog.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (doctype >= 0)
            FileError("xml.doctype", $"The file has a DOCTYPE: {_options.FormatName} exports never do, and DTDs (with their external entities and entity expansion) are refused for security. Nothing in it was processed.", _text.LineOfOffset(_text.WindowStart + doctype) ?? 1, "/");
        else if (string.IsNullOrWhiteSpace(prolog))
            FileError("xml.empty", $"The file holds only white space: a {_options.FormatName} file holds at least its root element {_options.RootName}.", 1);
        else
            FileError("xml.malformed", $"The file is not XML: {message}", exception is { LineNumber: > 0 } ? exception.LineNumber : _text.CurrentLine, "/");
    }

    private void FileError(string rule, string message, long line, string path = "/") =>
        FileError(rule, message, new SourceLocation { File = _file, Line = line, Path = path });

    private void FileError(string rule, string message, SourceLocation at) => _problems.Add(Problem.Error(rule, message, at));
}
