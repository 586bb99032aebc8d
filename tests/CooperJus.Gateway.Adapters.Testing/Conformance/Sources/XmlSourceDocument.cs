using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Adapters.Testing.Conformance.Sources;

/// <summary>
/// An XML sample. Lineage names an element by its path (<c>/Exportacion/Solicitud[2]/Anexo</c>, an index counting
/// same-named siblings from 1, none meaning the first) and the value by <c>field</c>: <c>@attribute</c>, a child
/// element (<c>Delito[2]</c>) whose text is the value, or nothing for the element itself.
/// </summary>
internal sealed partial class XmlSourceDocument : ISourceDocument
{
    private readonly XDocument _document;

    private XmlSourceDocument(XDocument document)
    {
        _document = document;
        var filled = new Dictionary<string, string>(StringComparer.Ordinal);
        if (document.Root is { } root) Collect(root, "/" + root.Name.LocalName, filled);
        FilledFields = filled;
    }

    public IReadOnlyDictionary<string, string> FilledFields { get; }

    public static XmlSourceDocument Load(byte[] bytes)
    {
        // A sample may declare windows-1252 or ISO-8859-15, which XmlReader finds only once the code pages are registered.
        _ = CodePages.Windows1252;
        using var stream = new MemoryStream(bytes);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return new XmlSourceDocument(XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo));
    }

    public SourceLookup Find(SourceLocation location)
    {
        var element = Resolve(location.Path ?? "");
        if (element is null) return SourceLookup.Missing;
        if (location.Field is not { Length: > 0 } field) return SourceLookup.Of(null);
        if (field.StartsWith('@'))
            return element.Attributes().FirstOrDefault(a => a.Name.LocalName == field[1..]) is { } attribute ? SourceLookup.Of(attribute.Value) : SourceLookup.Missing;
        return Child(element, field) is { } child ? SourceLookup.Of(child.Value) : SourceLookup.Missing;
    }

    public string FieldKey(SourceLocation location) =>
        WithoutIndexes(location.Path ?? "") + (location.Field is { Length: > 0 } field ? "/" + WithoutIndexes(field) : "");

    private XElement? Resolve(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || _document.Root is not { } root) return null;
        var (name, index) = Segment(segments[0]);
        XElement? element = root.Name.LocalName == name && index == 1 ? root : null;
        foreach (var segment in segments.Skip(1))
        {
            if (element is null) return null;
            element = Child(element, segment);
        }
        return element;
    }

    private static XElement? Child(XElement parent, string segment)
    {
        var (name, index) = Segment(segment);
        return parent.Elements().Where(e => e.Name.LocalName == name).Skip(index - 1).FirstOrDefault();
    }

    private static (string Name, int Index) Segment(string segment)
    {
        var match = IndexedName().Match(segment);
        return match.Success ? (match.Groups[1].Value, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)) : (segment, 1);
    }

    private static void Collect(XElement element, string path, Dictionary<string, string> filled)
    {
        var line = ((IXmlLineInfo)element).HasLineInfo() ? $" (line {((IXmlLineInfo)element).LineNumber})" : "";
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.None && a.Value.Trim().Length > 0))
            filled.TryAdd($"{path}/@{attribute.Name.LocalName}", path + line);
        if (!element.HasElements && element.Value.Trim().Length > 0) filled.TryAdd(path, path + line);
        foreach (var child in element.Elements()) Collect(child, path + "/" + child.Name.LocalName, filled);
    }

    private static string WithoutIndexes(string path) => IndexSuffix().Replace(path, "");

    [GeneratedRegex(@"^(.+)\[(\d+)\]$")]
    private static partial Regex IndexedName();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex IndexSuffix();
}
