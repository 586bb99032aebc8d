using System.Globalization;
using System.Text.Json;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using static CooperJus.Adapters.BR.Rendering.JsonWriting;

namespace CooperJus.Adapters.BR.Rendering;

/// <summary>Writes <c>anexos</c>: what the export says of each document that travels beside the pedido.</summary>
internal sealed class AttachmentWriter
{
    private readonly BrazilCodeLists _lists;
    private readonly RenderScope _scope;

    public AttachmentWriter(BrazilCodeLists lists, RenderScope scope)
    {
        _lists = lists;
        _scope = scope;
    }

    public void Write(Utf8JsonWriter writer, CooperationRequest request)
    {
        if (request.Attachments.Count == 0) return;
        writer.WriteStartArray("anexos");
        for (var i = 0; i < request.Attachments.Count; i++) WriteAttachment(writer, request.Attachments[i], $"/attachments/{i}");
        writer.WriteEndArray();
    }

    private void WriteAttachment(Utf8JsonWriter writer, Attachment attachment, string path)
    {
        writer.WriteStartObject();
        writer.WriteString("arquivo", attachment.FileName);
        writer.WriteString("tipoMidia", attachment.MediaType);
        writer.WriteString("sha256", attachment.Sha256);
        writer.WriteNumber("tamanho", attachment.Size);
        if (attachment.DocumentType is { } type) writer.WriteString("tipo", BrazilCodeLists.NationalCode(_lists.AttachmentTypes, BrazilCodeLists.TypeColumn, type));
        if (attachment.Language is { } language) WriteLanguage(writer, language, path + "/language");
        Optional(writer, "traducaoDe", attachment.TranslationOf);
        Optional(writer, "obtidoEm", attachment.Obtained?.On);
        Optional(writer, "obtidoPor", attachment.Obtained?.By);
        if (attachment.CopyKind is { } copy) writer.WriteString("via", BrazilCodeLists.NationalCode(_lists.CopyKinds, BrazilCodeLists.CopyColumn, copy));
        Optional(writer, "lacre", attachment.SealNumber);
        if (attachment.ChainOfCustody.Count > 0)
        {
            writer.WriteStartArray("cadeiaCustodia");
            foreach (var link in attachment.ChainOfCustody)
            {
                writer.WriteStartObject();
                writer.WriteString("data", link.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteString("responsavel", link.Holder);
                Optional(writer, "acao", link.Action);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        Optional(writer, "devolverAte", attachment.ReturnBy);
        writer.WriteEndObject();
    }

    private void WriteLanguage(Utf8JsonWriter writer, string language, string path)
    {
        if (LanguageWriting.Name(_lists, language) is { } name) writer.WriteString("idioma", name);
        else _scope.NotCarried(path, "code list 'languages' has no name for it.");
    }
}
