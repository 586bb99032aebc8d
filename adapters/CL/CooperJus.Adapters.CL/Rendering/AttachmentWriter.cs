using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL.Rendering;

/// <summary>
/// Attachments → <c>Anexo</c> (name, media type, SHA-256, size): the file itself travels beside the export. One that
/// reading would refuse (a name with folders, a malformed hash) is reported rather than written.
/// </summary>
internal static class AttachmentWriter
{
    public static void Write(XmlRenderOutput output, RenderScope scope, IReadOnlyList<Attachment> attachments)
    {
        for (var i = 0; i < attachments.Count; i++)
        {
            var attachment = attachments[i];
            var path = $"/attachments/{i}";
            if (!AttachmentChecks.IsWritable(attachment))
            {
                scope.NotCarried(path, "its name, media type or hash is not one an Anexo can hold.");
                continue;
            }
            output.Start("Anexo");
            output.Attribute("nombre", attachment.FileName, path + "/fileName");
            output.Attribute("tipo", attachment.MediaType, path + "/mediaType");
            output.Code("sha256", attachment.Sha256.ToLowerInvariant());
            output.Code("bytes", attachment.Size.ToString(System.Globalization.CultureInfo.InvariantCulture));
            output.End();
            if (attachment.Sha256 != attachment.Sha256.ToLowerInvariant()) scope.Altered(path + "/sha256", "SAF writes the hash in lower case.");
        }
    }
}
