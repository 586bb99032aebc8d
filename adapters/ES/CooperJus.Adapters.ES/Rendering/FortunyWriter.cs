using System.Text;
using System.Xml;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.ES.Rendering;

/// <summary>
/// Canonical requests → one Fortuny export, UTF-8, streamed with <see cref="XmlWriter"/>. The export has one
/// creation time (<c>@generada</c>): the first request's; a request created at another time is reported.
/// </summary>
internal sealed class FortunyWriter
{
    private readonly SpainCodeLists _lists;
    private readonly TimeProvider _clock;

    public FortunyWriter(SpainCodeLists lists, TimeProvider clock)
    {
        _lists = lists;
        _clock = clock;
    }

    public RenderReport Write(IReadOnlyList<CooperationRequest> requests, Stream output)
    {
        var warnings = new List<Problem>();
        var generated = requests.Count > 0 ? requests[0].CreatedAt : _clock.GetUtcNow();
        using (var writer = XmlWriter.Create(output, Settings()))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("Exportacion", FortunySchema.Namespace.NamespaceName);
            // Written first on purpose: the writer would otherwise put the namespace after the other attributes.
            writer.WriteAttributeString("xmlns", FortunySchema.Namespace.NamespaceName);
            writer.WriteAttributeString("version", FortunySchema.Version);
            writer.WriteAttributeString("generada", Dates.FormatInstant(generated));
            for (var i = 0; i < requests.Count; i++)
            {
                var scope = new RenderScope(requests[i], i, FortunyCarriedPaths.FormatName, FortunyCarriedPaths.Carried);
                if (!requests[i].CreatedAt.EqualsExact(generated))
                    scope.Altered("/createdAt", $"a Fortuny export has one creation time for all its requests, so it reads back as {Dates.FormatInstant(generated)}.");
                new SolicitudWriter(new XmlRenderOutput(writer, scope, FortunySchema.Namespace.NamespaceName), _lists, scope).Write(requests[i]);
                warnings.AddRange(scope.Complete());
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return new RenderReport { RequestsWritten = requests.Count, Warnings = warnings };
    }

    private static XmlWriterSettings Settings() => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };
}
