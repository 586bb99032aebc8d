using System.Text;
using System.Xml;

namespace CooperJus.Gateway.Sdk.Rendering;

/// <summary>
/// Writes the elements of one request or response of a namespaced XML format, making every text safe for XML and
/// noting (as <c>render.altered</c> on the <see cref="RenderScope"/>) any value that will not read back exactly:
/// characters XML cannot hold (written as U+FFFD), carriage returns in element text, surrounding white space (readers
/// trim values). Chile's SAF and Spain's Fortuny writers use it.
/// </summary>
public sealed class XmlRenderOutput
{
    private readonly XmlWriter _writer;
    private readonly RenderScope _scope;
    private readonly string _namespace;

    /// <summary>Writes to <paramref name="writer"/> elements in <paramref name="namespaceName"/>, reporting to <paramref name="scope"/>.</summary>
    public XmlRenderOutput(XmlWriter writer, RenderScope scope, string namespaceName)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(namespaceName);
        _writer = writer;
        _scope = scope;
        _namespace = namespaceName;
    }

    /// <summary>Starts an element of the format's namespace.</summary>
    public void Start(string name) => _writer.WriteStartElement(name, _namespace);

    /// <summary>Ends the element last started.</summary>
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

    /// <summary>An element holding its text in a CDATA section (the writer splits any <c>]]&gt;</c>).</summary>
    public void CData(string name, string value, string path)
    {
        ArgumentNullException.ThrowIfNull(value);
        Start(name);
        _writer.WriteCData(Clean(value, path));
        End();
    }

    /// <summary>Text inside the element being written; nothing when the value is null.</summary>
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
