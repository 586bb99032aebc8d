using System.Xml;
using System.Xml.Linq;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.CL.Reading;

/// <summary>
/// An element of a loaded <c>Solicitud</c> with its path, so every value read from it can be located: a value in an
/// attribute is at the element's path with field <c>@name</c>; a value in an element's text is at its parent's path
/// with the element's step as field (<c>/ExportacionSAF/Solicitud[2]</c>, field <c>Hechos</c>).
/// </summary>
/// <remarks>
/// A step carries an index (<c>Interviniente[2]</c>) only when its parent has several children of that name, so a
/// path is as short as it can be while naming one element (<c>…/Interviniente[2]/Documento</c>). <c>Solicitud</c> is
/// the exception, always indexed: the file is streamed, so whether another one follows is not known yet.
/// </remarks>
internal sealed class SafElement
{
    private IReadOnlyList<SafElement>? _children;

    public SafElement(XElement element, string parentPath, string step, string file, int index = 1)
    {
        Element = element;
        ParentPath = parentPath;
        Step = step;
        File = file;
        Index = index;
    }

    public XElement Element { get; }

    public string ParentPath { get; }

    /// <summary>The last step of the path: the name, with <c>[n]</c> when it has same-named siblings.</summary>
    public string Step { get; }

    public string File { get; }

    /// <summary>Position among the siblings of the same name, from 1.</summary>
    public int Index { get; }

    public string Path => ParentPath + "/" + Step;

    public string Name => Element.Name.LocalName;

    public long? Line => LineOf(Element);

    /// <summary>True for an element of the SAF namespace named <paramref name="name"/>.</summary>
    public bool Is(string name) => Element.Name == SafSchema.Namespace + name;

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
    public IReadOnlyList<SafElement> Children => _children ??= BuildChildren();

    /// <summary>An attribute (its value null when absent).</summary>
    public SourceLocation Attribute(string name)
    {
        var attribute = Element.Attribute(name);
        return new() { File = File, Path = Path, Line = LineOf(attribute) ?? Line, Field = "@" + name, Value = attribute?.Value };
    }

    /// <summary>The SAF children named <paramref name="name"/>, in document order.</summary>
    public IEnumerable<SafElement> All(string name) => Children.Where(c => c.Is(name));

    /// <summary>The first SAF child named <paramref name="name"/> (a second one is reported by <see cref="SchemaCheck"/>).</summary>
    public SafElement? One(string name) => All(name).FirstOrDefault();

    /// <summary>The text of child <paramref name="name"/>, or a location with no value naming where it was expected.</summary>
    public SourceLocation ChildText(string name) =>
        One(name)?.TextLocation ?? new() { File = File, Path = Path, Field = name, Line = Line };

    /// <summary>The line of an element or attribute loaded with line information, or null.</summary>
    public static long? LineOf(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private List<SafElement> BuildChildren()
    {
        var elements = Element.Elements().ToList();
        var counts = elements.CountBy(e => e.Name).ToDictionary(c => c.Key, c => c.Value);
        var seen = new Dictionary<XName, int>();
        var children = new List<SafElement>(elements.Count);
        foreach (var element in elements)
        {
            var index = seen[element.Name] = seen.GetValueOrDefault(element.Name) + 1;
            var step = counts[element.Name] > 1 ? $"{element.Name.LocalName}[{index}]" : element.Name.LocalName;
            children.Add(new SafElement(element, Path, step, File, index));
        }
        return children;
    }
}
