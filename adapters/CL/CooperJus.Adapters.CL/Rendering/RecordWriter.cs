using System.Text;
using System.Xml;

namespace CooperJus.Adapters.CL.Rendering;

/// <summary>Writes national records as the SAF XML export: UTF-8, <c>requests</c> root, one <c>request</c> each.</summary>
internal static class RecordWriter
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };

    /// <summary>True when XML 1.0 can hold <paramref name="value"/>: not every control character can be written.</summary>
    public static bool Carries(string value) => value is not null && value.All(XmlConvert.IsXmlChar);

    public static void Write(IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> records, Stream output)
    {
        using var writer = XmlWriter.Create(output, Settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("requests");
        foreach (var record in records)
        {
            writer.WriteStartElement("request");
            foreach (var (field, value) in record) writer.WriteElementString(field, value);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
