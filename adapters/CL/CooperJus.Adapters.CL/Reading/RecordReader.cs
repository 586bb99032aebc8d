using System.Xml;
using System.Xml.Linq;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Reading;

/// <summary>
/// Reads the SAF XML export: a <c>requests</c> root holding one <c>request</c> element per request, whose child
/// elements are the fields. One request element is loaded at a time, so an export of any size is read in bounded
/// memory. DTDs are refused and nothing external is resolved (no entity expansion, no network).
/// </summary>
internal sealed class RecordReader
{
    private const string RootName = "requests";
    private const string RequestName = "request";

    // DTDs refused, nothing external resolved, comments and processing instructions skipped.
    private static readonly XmlReaderSettings Settings = SecureXml.ReaderSettings();

    // A byte-order mark, else the XML declaration's encoding, else UTF-8 (XML 1.0 appendix F).
    private static readonly SourceEncodingOptions Encoding = new() { ReadXmlDeclaration = true };

    public IEnumerable<ReadItem> Read(SourceFile source, CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        var detected = SourceEncoding.Detect(stream, source.Name, Encoding);
        if (detected.Problem is { } undecodable)
        {
            yield return ReadItem.Problem(undecodable);
            yield break;
        }
        using var text = detected.OpenReader();
        using var reader = XmlReader.Create(text, Settings);
        var file = new SourceLocation { File = source.Name, Line = 1, Path = "/" + RootName };
        if (!Step(reader, file, static r => r.MoveToContent() == XmlNodeType.Element, out var found, out var problem) || !found)
        {
            yield return ReadItem.Problem(problem ?? Problem.Error("xml.empty", "The file holds no XML element.", file));
            yield break;
        }
        if (reader.LocalName != RootName)
        {
            yield return ReadItem.Problem(Problem.Error("xml.structure", $"The root element is <{reader.LocalName}>, not <{RootName}>.", file with { Line = LineOf(reader) }));
            yield break;
        }
        var index = 0;
        while (Step(reader, file, static r => r.Read(), out var more, out problem) && more)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1) continue;
            var path = $"/{RootName}/{reader.LocalName}[{++index}]";
            var start = new SourceLocation { File = source.Name, Line = LineOf(reader), Path = path };
            if (!Step(reader, start, LoadElement, out var element, out problem)) break;
            yield return ReadItem.Of(ToRecord(start, element!));
        }
        if (problem is not null) yield return ReadItem.Problem(problem);
    }

    private static NationalRecord ToRecord(SourceLocation start, XElement request)
    {
        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var problems = new List<Problem>();
        if (request.Name.LocalName != RequestName)
            problems.Add(Problem.Error("xml.structure", $"<{request.Name.LocalName}> is not a <{RequestName}> element.", start));
        foreach (var child in request.Elements())
        {
            var name = child.Name.LocalName;
            var at = start with { Line = ((IXmlLineInfo)child).LineNumber, Path = $"{start.Path}/{name}", Field = name };
            if (!NationalFields.IsKnown(name))
                problems.Add(Problem.Warning("xml.unknown-element", $"Element <{name}> is not one the adapter reads; it is ignored.", at));
            else if (fields.ContainsKey(name))
                problems.Add(Problem.Error("xml.duplicate-element", $"Element <{name}> appears twice in one request.", at with { Value = child.Value }));
            else
                fields[name] = at with { Value = child.Value };
        }
        return new NationalRecord(start, fields, request.ToString(SaveOptions.DisableFormatting), problems);
    }

    private static XElement LoadElement(XmlReader reader)
    {
        using var subtree = reader.ReadSubtree();
        return XElement.Load(subtree, LoadOptions.SetLineInfo);
    }

    /// <summary>Runs one reader step; a malformed document ends the read with a located file problem.</summary>
    private static bool Step<T>(XmlReader reader, SourceLocation at, Func<XmlReader, T> step, out T? result, out Problem? problem)
    {
        problem = null;
        try
        {
            result = step(reader);
            return true;
        }
        catch (XmlException e)
        {
            result = default;
            problem = Problem.Error("xml.malformed", $"The file is not well-formed XML: {e.Message}", at with { Line = e.LineNumber });
            return false;
        }
    }

    private static long LineOf(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;
}
