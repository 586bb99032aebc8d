using System.Text;
using System.Xml;
using System.Xml.Linq;
using CooperJus.Gateway.Benchmarks.Generation;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Gateway.Benchmarks.Generic;

/// <summary>
/// XML: a sample's root element with its attributes (namespace declarations included), then the second-level
/// elements of every sample with the same root name, copied with fresh references. UTF-8, indented; one copy in
/// memory at a time.
/// </summary>
internal sealed class XmlReplicator : Replicator
{
    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), Indent = true };
    private readonly IReadOnlyList<XElement> _roots;
    private readonly IReadOnlyList<XElement> _templates;
    private readonly IReadOnlySet<string> _references;

    private XmlReplicator(IReadOnlyList<(string File, XElement Root)> roots, IReadOnlyList<XElement> templates, IReadOnlySet<string> references)
        : base(roots.Select(r => r.File).ToList(), templates.Count)
    {
        _roots = roots.Select(r => r.Root).ToList();
        _templates = templates;
        _references = references;
        AverageRecordBytes = templates.Average(t => Encoding.UTF8.GetByteCount(t.ToString(SaveOptions.None)) + 2.0);
    }

    public override string RecordName => "elements";

    public override double AverageRecordBytes { get; }

    public override string Describe()
    {
        var names = string.Join(", ", Kept.Select(i => _templates[i].Name.LocalName).Distinct().Select(n => $"<{n}>"));
        return $"{Kept.Count} {names} elements under the <{_roots[Header].Name.LocalName}> of {Path.GetFileName(HeaderSource)}";
    }

    /// <summary>The templates of <paramref name="files"/>; null when none has a second-level element.</summary>
    public static XmlReplicator? Load(IReadOnlyList<string> files, IReadOnlySet<string> references)
    {
        var roots = new List<(string File, XElement Root)>();
        var templates = new List<XElement>();
        foreach (var file in files)
        {
            using var reader = XmlReader.Create(file, SecureXml.ReaderSettings());
            if (reader.MoveToContent() != XmlNodeType.Element) continue;
            var name = XName.Get(reader.LocalName, reader.NamespaceURI);
            if (roots.Count > 0 && roots[0].Root.Name != name) continue;
            var root = RootOf(reader, name);
            if (!roots.Any(r => XNode.DeepEquals(r.Root, root))) roots.Add((file, root));
            if (reader.IsEmptyElement) continue;
            reader.Read();
            while (!reader.EOF && reader.Depth >= 1)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1) templates.Add((XElement)XNode.ReadFrom(reader));
                else reader.Read();
            }
        }
        return templates.Count == 0 ? null : new XmlReplicator(roots, templates, references);
    }

    protected override GeneratedFile Write(string path, int header, IEnumerable<int> picks, long records)
    {
        var renamer = new ReferenceRenamer(_references);
        long written = 0;
        using (var writer = XmlWriter.Create(path, WriterSettings))
        {
            var root = _roots[header];
            writer.WriteStartDocument();
            writer.WriteStartElement(root.Name.LocalName, root.Name.NamespaceName);
            foreach (var attribute in root.Attributes()) WriteAttribute(writer, attribute);
            foreach (var pick in picks)
            {
                if (written == records) break;
                renamer.NextCopy();
                Copy(_templates[pick], renamer).WriteTo(writer);
                written++;
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return new GeneratedFile(path, written, written, new FileInfo(path).Length);
    }

    private static XElement RootOf(XmlReader reader, XName name)
    {
        var root = new XElement(name);
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            root.Add(reader.Prefix == "xmlns" || (reader.Prefix.Length == 0 && reader.LocalName == "xmlns")
                ? new XAttribute(reader.Prefix.Length == 0 ? XName.Get("xmlns") : XNamespace.Xmlns + reader.LocalName, reader.Value)
                : new XAttribute(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value));
        }
        reader.MoveToElement();
        return root;
    }

    private static void WriteAttribute(XmlWriter writer, XAttribute attribute)
    {
        if (!attribute.IsNamespaceDeclaration) writer.WriteAttributeString(attribute.Name.LocalName, attribute.Name.NamespaceName, attribute.Value);
        else if (attribute.Name.Namespace == XNamespace.None) writer.WriteAttributeString("xmlns", attribute.Value);
        else writer.WriteAttributeString("xmlns", attribute.Name.LocalName, XNamespace.Xmlns.NamespaceName, attribute.Value);
    }

    private static XElement Copy(XElement template, ReferenceRenamer renamer)
    {
        var copy = new XElement(template);
        foreach (var attribute in copy.DescendantsAndSelf().Attributes())
        {
            if (renamer.Rename(attribute.Value) is { } value) attribute.Value = value;
        }
        foreach (var text in copy.DescendantNodes().OfType<XText>())
        {
            if (renamer.Rename(text.Value) is { } value) text.Value = value;
        }
        return copy;
    }
}
