using System.Xml;
using System.Xml.Linq;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// An element of a record read by <see cref="XmlRecordReader"/> with its path, so every value read from it can be located: a value in an
/// attribute is at the element's path with field <c>@name</c>; a value in an element's text is at its parent's path
/// with the element's step as field (<c>/ExportacionSAF/Solicitud[2]</c>, field <c>Hechos</c>). Its children are found by local name in the record's namespace..
/// </summary>
/// <remarks>
/// A step carries an index (<c>Interviniente[2]</c>) only when its parent has several children of that name, so a
/// path is as short as it can be while naming one element (<c>…/Interviniente[2]/Documento</c>). <c>Solicitud</c> is
/// the exception, always indexed: the file is streamed, so whether another one follows is not known yet.
/// </remarks>
public sealed class XmlSourceElement
{
    private IReadOnlyList<XmlSourceElement>? _children;

    internal XmlSourceElement(XElement element, XNamespace ns, string parentPath, string step, string file, int index)
    {
        Element = element;
        Namespace = ns;
        ParentPath = parentPath;
        Step = step;
        File = file;
        Index = index;
    }

    /// <summary>The element as loaded, with line information.</summary>
    public XElement Element { get; }

    /// <summary>The format's namespace: <see cref="Is"/>, <see cref="All"/> and <see cref="One"/> look for children in it.</summary>
    public XNamespace Namespace { get; }

    /// <summary>The path of the parent element (<c>/ExportacionSAF/Solicitud[2]</c>).</summary>
    public string ParentPath { get; }

    /// <summary>The last step of the path: the name, with <c>[n]</c> when it has same-named siblings.</summary>
    public string Step { get; }

    /// <summary>The file, as locations name it.</summary>
    public string File { get; }

    /// <summary>Position among the siblings of the same name, from 1.</summary>
    public int Index { get; }

    /// <summary>The element's path: <see cref="ParentPath"/>, <c>/</c> and <see cref="Step"/>.</summary>
    public string Path => ParentPath + "/" + Step;

    /// <summary>The element's local name.</summary>
    public string Name => Element.Name.LocalName;

    /// <summary>The line of the element's start tag, or null when it was loaded without line information.</summary>
    public long? Line => LineOf(Element);

    /// <summary>True for an element of the format's namespace named <paramref name="name"/>.</summary>
    /// <param name="name">A local name.</param>
    public bool Is(string name) => Element.Name == Namespace + name;

    /// <summary>The element itself.</summary>
    public SourceLocation Location => new() { File = File, Path = Path, Line = Line };

    /// <summary>The element's text, located at its parent with its step as the field.</summary>
    public SourceLocation TextLocation => new() { File = File, Path = ParentPath, Field = Step, Line = Line, Value = Element.Value };

    /// <summary>
    /// The element's own text, without the text of its child elements: a <c>Diligencia</c> holds its description as
    /// text beside optional children (<c>Finalidad</c>, <c>Afectado</c>, <c>Resolucion</c>).
    /// </summary>
    public SourceLocation OwnTextLocation => TextLocation with { Value = string.Concat(Element.Nodes().OfType<XText>().Select(t => t.Value)) };

    /// <summary>Child elements, each with its path.</summary>
    public IReadOnlyList<XmlSourceElement> Children => _children ??= BuildChildren();

    /// <summary>An attribute, located on its own line (its value null when absent).</summary>
    /// <param name="name">The attribute's local name, without namespace.</param>
    public SourceLocation Attribute(string name)
    {
        var attribute = Element.Attribute(name);
        return new() { File = File, Path = Path, Line = LineOf(attribute) ?? Line, Field = "@" + name, Value = attribute?.Value };
    }

    /// <summary>The children of the format's namespace named <paramref name="name"/>, in document order.</summary>
    /// <param name="name">A local name.</param>
    public IEnumerable<XmlSourceElement> All(string name) => Children.Where(c => c.Is(name));

    /// <summary>The first child of the format's namespace named <paramref name="name"/> (a second one is reported by <see cref="XmlSchemaCheck"/>).</summary>
    /// <param name="name">A local name.</param>
    public XmlSourceElement? One(string name) => All(name).FirstOrDefault();

    /// <summary>The text of child <paramref name="name"/>, or a location with no value naming where it was expected.</summary>
    /// <param name="name">A local name.</param>
    public SourceLocation ChildText(string name) =>
        One(name)?.TextLocation ?? new() { File = File, Path = Path, Field = name, Line = Line };

    /// <summary>The line of an element or attribute loaded with line information, or null.</summary>
    /// <param name="node">An element or attribute, or null.</param>
    public static long? LineOf(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private List<XmlSourceElement> BuildChildren()
    {
        var elements = Element.Elements().ToList();
        var counts = elements.CountBy(e => e.Name).ToDictionary(c => c.Key, c => c.Value);
        var seen = new Dictionary<XName, int>();
        var children = new List<XmlSourceElement>(elements.Count);
        foreach (var element in elements)
        {
            var index = seen[element.Name] = seen.GetValueOrDefault(element.Name) + 1;
            var step = counts[element.Name] > 1 ? $"{element.Name.LocalName}[{index}]" : element.Name.LocalName;
            children.Add(new XmlSourceElement(element, Namespace, Path, step, File, index));
        }
        return children;
    }
}
