using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// The floor for an XML export with one element per request under the root: an XmlReader with the SDK's safe
/// settings (the ones XML adapters read with) streams the file, <c>XNode.ReadFrom</c> makes each second-level
/// element an XElement, and a Utf8JsonWriter writes it as a plain JSON tree to a null stream (attributes as
/// properties, the element's own text as <c>#text</c>, child elements in order under <c>#children</c>). Any
/// pipeline over the same file pays at least this: a parse into a tree and JSON out.
/// </summary>
internal static class XmlFloor
{
    /// <summary>Parses (and, unless <paramref name="serialize"/> is false, serialises) every second-level element.</summary>
    public static RunCounts Run(string path, bool serialize = true)
    {
        var sink = new CountingNullStream();
        using var writer = FloorJson.Writer(sink);
        using var reader = XmlReader.Create(PeFloor.OpenSequential(path), SecureXml.ReaderSettings());
        if (reader.MoveToContent() != XmlNodeType.Element) return new RunCounts(0, 0, 1, 0, "no root element");
        long elements = 0;
        if (reader.IsEmptyElement) return new RunCounts(0, 0, 0, 0);
        reader.Read();
        while (!reader.EOF && reader.Depth >= 1)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1)
            {
                reader.Read();
                continue;
            }
            var element = (XElement)XNode.ReadFrom(reader);
            elements++;
            if (!serialize) continue;
            Write(writer, element);
            writer.Flush();
            writer.Reset();
        }
        return new RunCounts(elements, 0, 0, sink.BytesWritten);
    }

    private static void Write(Utf8JsonWriter writer, XElement element)
    {
        writer.WriteStartObject();
        foreach (var attribute in element.Attributes())
        {
            if (!attribute.IsNamespaceDeclaration) writer.WriteString(attribute.Name.LocalName, attribute.Value);
        }
        var children = false;
        foreach (var node in element.Nodes())
        {
            if (node is XText text) writer.WriteString("#text", text.Value);
            else if (node is XElement) children = true;
        }
        if (children)
        {
            writer.WriteStartArray("#children");
            foreach (var child in element.Elements())
            {
                writer.WriteStartObject();
                writer.WritePropertyName(child.Name.LocalName);
                Write(writer, child);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
