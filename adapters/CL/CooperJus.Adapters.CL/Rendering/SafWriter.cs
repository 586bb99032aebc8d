using System.Text;
using System.Xml;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL.Rendering;

/// <summary>Canonical requests → one SAF export, UTF-8, streamed with <see cref="XmlWriter"/>.</summary>
internal sealed class SafWriter(ChileCodeLists lists)
{
    public RenderReport Write(IReadOnlyList<CooperationRequest> requests, Stream output)
    {
        var warnings = new List<Problem>();
        using (var writer = XmlWriter.Create(output, Settings()))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(SafSchema.Root, SafSchema.Namespace.NamespaceName);
            // Written first on purpose: the writer would otherwise put the namespace after the other attributes.
            writer.WriteAttributeString("xmlns", SafSchema.Namespace.NamespaceName);
            writer.WriteAttributeString("version", SafSchema.Version);
            for (var i = 0; i < requests.Count; i++)
            {
                var scope = new RenderScope(requests[i], i, SafCarriedPaths.FormatName, SafCarriedPaths.Carried);
                new SolicitudWriter(new XmlRenderOutput(writer, scope, SafSchema.Namespace.NamespaceName), lists, scope).Write(requests[i]);
                warnings.AddRange(scope.Complete());
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return new RenderReport { RequestsWritten = requests.Count, Warnings = warnings };
    }

    /// <summary>UTF-8 without a byte-order mark, two-space indentation, LF line ends: what SAF itself writes.</summary>
    public static XmlWriterSettings Settings() => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };
}
