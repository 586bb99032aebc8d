using System.Text;
using System.Xml;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.ES.Responses;

/// <summary>
/// Canonical responses → one Fortuny response file (<c>Respuestas</c>), UTF-8, streamed with <see cref="XmlWriter"/>,
/// in the same conventions as a request export. What the format cannot hold is reported, one warning per canonical path.
/// </summary>
internal sealed class RespuestaWriter
{
    private readonly SpainCodeLists _lists;
    private readonly TimeProvider _clock;

    public RespuestaWriter(SpainCodeLists lists, TimeProvider clock)
    {
        _lists = lists;
        _clock = clock;
    }

    public RenderReport Write(IReadOnlyList<CooperationResponse> responses, Stream output)
    {
        var warnings = new List<Problem>();
        // The file's own time says when it was written; each Respuesta carries its own @fecha.
        var generated = responses.Count > 0 ? responses[0].CreatedAt : _clock.GetUtcNow();
        using (var writer = XmlWriter.Create(output, Settings()))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(FortunyResponseSchema.Root, FortunySchema.Namespace.NamespaceName);
            // Written first on purpose: the writer would otherwise put the namespace after the other attributes.
            writer.WriteAttributeString("xmlns", FortunySchema.Namespace.NamespaceName);
            writer.WriteAttributeString("version", FortunySchema.Version);
            writer.WriteAttributeString("generada", Dates.FormatInstant(generated));
            for (var i = 0; i < responses.Count; i++)
            {
                var notes = new RenderScope(responses[i], i, FortunyResponseCarriedPaths.FormatName, FortunyResponseCarriedPaths.Carried);
                Write(new XmlRenderOutput(writer, notes, FortunySchema.Namespace.NamespaceName), notes, responses[i]);
                warnings.AddRange(notes.Complete());
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return new RenderReport { RequestsWritten = responses.Count, Warnings = warnings };
    }

    private void Write(XmlRenderOutput output, RenderScope notes, CooperationResponse response)
    {
        output.Start(FortunyResponseSchema.Record);
        // Fortuny numbers its own responses; one that came from a partner has only the gateway's id, which is its number
        // here and is kept in @id, so reading the file back gives the same response id.
        output.Attribute("referencia", response.ResponseId, "/responseId");
        output.Attribute("id", response.ResponseId, "/responseId");
        output.Attribute("solicitud", response.InResponseTo, "/inResponseTo");
        output.Code("estado", Status(response.Status, "/status", notes));
        output.Code("fecha", Dates.FormatInstant(response.CreatedAt));
        output.Attribute("idioma", response.Language, "/language");
        Authority(output, notes, response.RespondingAuthority);
        output.Element("Expediente", response.CaseReference, "/caseReference");
        output.Element("Mensaje", response.Message, "/message");
        var files = response.Attachments.Select(a => a.FileName).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < response.Results.Count; i++)
            new ResultadoWriter(output, _lists, notes, files).Write(response.Results[i], $"/results/{i}", code => Status(code, $"/results/{i}/status", notes));
        for (var i = 0; i < response.UseLimitations.Count; i++)
        {
            var limitation = response.UseLimitations[i];
            output.Start("Limitacion");
            output.Code("tipo", Code(_lists.UseLimitations, "kind", CanonicalCodes.ToCode(limitation.Kind), $"/useLimitations/{i}/kind", notes));
            output.Text(limitation.Text, $"/useLimitations/{i}/text");
            output.End();
        }
        for (var i = 0; i < response.Attachments.Count; i++) Annex(output, notes, response.Attachments[i], $"/attachments/{i}");
        output.End();
    }

    private void Authority(XmlRenderOutput output, RenderScope notes, Authority authority)
    {
        output.Start("Autoridad");
        output.Attribute("pais", authority.Country, "/respondingAuthority/country");
        output.Attribute("unidad", authority.Unit, "/respondingAuthority/unit");
        var name = authority.Name;
        if (name is null)
        {
            // Fortuny files a response under the authority that gives it: without a name it would not read back at all.
            name = $"Autoridad competente ({authority.Country})";
            notes.Altered("/respondingAuthority/name", $"Fortuny requires the authority's name, written as \"{name}\".");
        }
        output.Text(name, "/respondingAuthority/name");
        output.End();
        if (authority.Officer is { } officer)
        {
            output.Start("Fiscal");
            output.Attribute("cargo", officer.Role, "/respondingAuthority/officer/role");
            output.Attribute("email", authority.Contact?.Email, "/respondingAuthority/contact/email");
            output.Attribute("telefono", authority.Contact?.Phone, "/respondingAuthority/contact/phone");
            output.Text(officer.Name, "/respondingAuthority/officer/name");
            output.End();
        }
        else notes.NotCarriedIfPresent("/respondingAuthority/contact", "Fortuny keeps contact details on the Fiscal, and the response names no officer.");
    }

    private static void Annex(XmlRenderOutput output, RenderScope notes, Attachment attachment, string path)
    {
        output.Start("Anexo");
        output.Attribute("nombre", attachment.FileName, path + "/fileName");
        output.Attribute("tipo", attachment.MediaType, path + "/mediaType");
        output.Code("sha256", attachment.Sha256);
        output.Code("bytes", attachment.Size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        output.End();
        const string why = "a Fortuny Anexo has its name, type, hash and size only.";
        notes.NotCarriedIfPresent(path + "/documentType", why);
        notes.NotCarriedIfPresent(path + "/language", why);
        notes.NotCarriedIfPresent(path + "/translationOf", why);
        notes.NotCarriedIfPresent(path + "/obtained", why);
        notes.NotCarriedIfPresent(path + "/copyKind", why);
        notes.NotCarriedIfPresent(path + "/sealNumber", why);
        notes.NotCarriedIfPresent(path + "/chainOfCustody", why);
        notes.NotCarriedIfPresent(path + "/returnBy", why);
    }

    private string Status(ResponseStatus status, string path, RenderScope notes) =>
        Code(_lists.ResponseStatuses, "status", CanonicalCodes.ToCode(status), path, notes);

    /// <summary>The first national code of <paramref name="list"/> for a canonical code; an office's list without it gets the canonical code written, and a warning.</summary>
    private static string Code(Gateway.Sdk.CodeLists.CodeList list, string column, string canonical, string path, RenderScope notes)
    {
        if (list.FindBy(column, canonical) is { } entry) return entry.Key;
        notes.Altered(path, $"code list '{list.Name}' has no Fortuny code for '{canonical}': it is written as is and will not read back.");
        return canonical;
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
