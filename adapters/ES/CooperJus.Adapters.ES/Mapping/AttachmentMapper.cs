using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary>
/// <c>Anexo</c> (<c>@nombre</c>, <c>@tipo</c> media type, <c>@sha256</c>, <c>@bytes</c>) → an attachment. All four are
/// required and checked by the SDK's <see cref="AttachmentChecks"/>: a partner cannot check a document it cannot name,
/// type, hash and size.
/// </summary>
internal sealed class AttachmentMapper(RecordScope scope)
{
    private readonly RecordScope _scope = scope;

    public List<Attachment> MapAll(IEnumerable<XmlSourceElement> annexes)
    {
        var attachments = new List<Attachment>();
        foreach (var element in annexes)
        {
            var attachment = AttachmentChecks.Read(_scope, $"/attachments/{attachments.Count}",
                element.Attribute("nombre"), element.Attribute("tipo"), element.Attribute("sha256"), element.Attribute("bytes"));
            if (attachment is not null) attachments.Add(attachment);
        }
        return attachments;
    }
}
