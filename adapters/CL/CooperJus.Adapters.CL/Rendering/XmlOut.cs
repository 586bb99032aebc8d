using System.Text;
using System.Xml;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL.Rendering;

/// <summary>
/// Writes SAF elements for one request, making every text safe for XML and noting (as <c>render.altered</c>)
/// any value that will not read back exactly: characters XML cannot hold, carriage returns, surrounding white space
/// (the reader trims values).
/// </summary>
internal sealed class XmlOut
{
    private readonly XmlWriter _writer;
    private readonly RenderScope _scope;

    public XmlOut(XmlWriter writer, RenderScope scope)
    {
        _writer = writer;
        _scope = scope;
    }

    public void Start(string name) => _writer.WriteStartElement(name, SafSchema.Namespace.NamespaceName);

    public void End() => _writer.WriteEndElement();

    /// <summary>An attribute holding canonical content from <paramref name="path"/>; nothing when the value is null.</summary>
    public void Attribute(string name, string? value, string path)
    {
        if (value is not null) _writer.WriteAttributeString(name, Clean(value, path, inAttribute: true));
    }

    /// <summary>An attribute holding a code the adapter chose (always XML-safe).</summary>
    public void Code(string name, string value) => _writer.WriteAttributeString(name, value);

    /// <summary>An element whose text is canonical content from <paramref name="path"/>; nothing when the value is null.</summary>
    public void Element(string name, string? value, string path)
    {
        if (value is null) return;
        Start(name);
        _writer.WriteString(Clean(value, path));
        End();
    }

    /// <summary>Text inside the element being written.</summary>
    public void Text(string? value, string path)
    {
        if (value is not null) _writer.WriteString(Clean(value, path));
    }

    /// <remarks>
    /// The writer escapes line breaks in attributes (<c>&amp;#xD;</c>), so they survive there; in element text XML
    /// turns CR LF and CR into LF.
    /// </remarks>
    private string Clean(string value, string path, bool inAttribute = false)
    {
        var written = ReplaceInvalidCharacters(value);
        var readBack = (inAttribute ? written : written.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')).Trim();
        if (!string.Equals(readBack, value, StringComparison.Ordinal))
            _scope.Altered(path, $"it holds surrounding white space, carriage returns or characters XML cannot carry: it reads back as \"{readBack}\".");
        return written;
    }

    private static string ReplaceInvalidCharacters(string value)
    {
        StringBuilder? text = null;
        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i]))
            {
                text?.Append(value[i]);
                continue;
            }
            if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                text?.Append(value[i]).Append(value[i + 1]);
                i++;
                continue;
            }
            text ??= new StringBuilder(value.Length).Append(value, 0, i);
            text.Append('\uFFFD');
        }
        return text?.ToString() ?? value;
    }
}
