using System.Xml;
using CooperJus.Adapters.CL.Rendering;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL.Responses;

/// <summary>
/// Canonical responses → one SAF response file (<c>RespuestasSAF</c>), UTF-8, streamed with <see cref="XmlWriter"/>,
/// in the same conventions as a request export. What the format cannot hold is reported, one warning per canonical path.
/// </summary>
internal sealed class RespuestaWriter(ChileCodeLists lists, TimeProvider clock)
{
    public RenderReport Write(IReadOnlyList<CooperationResponse> responses, Stream output)
    {
        var warnings = new List<Problem>();
        using (var writer = XmlWriter.Create(output, SafWriter.Settings()))
        {
            writer.WriteStartDocument();
            // When the file was written: SAF shows it to the clerk who imports the answers, the gateway reads it not.
            writer.WriteComment($" Respuestas recibidas por la pasarela CooperJus, escritas el {Dates.FormatInstant(clock.GetUtcNow())} ");
            writer.WriteStartElement(SafResponseSchema.Root, SafSchema.Namespace.NamespaceName);
            // Written first on purpose: the writer would otherwise put the namespace after the other attributes.
            writer.WriteAttributeString("xmlns", SafSchema.Namespace.NamespaceName);
            writer.WriteAttributeString("version", SafSchema.Version);
            for (var i = 0; i < responses.Count; i++)
            {
                var notes = new RenderScope(responses[i], i, SafResponseCarriedPaths.FormatName, SafResponseCarriedPaths.Carried);
                Write(new XmlRenderOutput(writer, notes, SafSchema.Namespace.NamespaceName), notes, responses[i]);
                warnings.AddRange(notes.Complete());
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return new RenderReport { RequestsWritten = responses.Count, Warnings = warnings };
    }

    private void Write(XmlRenderOutput output, RenderScope notes, CooperationResponse response)
    {
        output.Start(SafResponseSchema.Record);
        // SAF numbers its own responses; one that came from a partner has only the gateway's id, which is its folio
        // here and is kept in @idRespuesta, so reading the file back gives the same response id.
        output.Attribute("folio", response.ResponseId, "/responseId");
        output.Attribute("idRespuesta", response.ResponseId, "/responseId");
        output.Attribute("idSolicitud", response.InResponseTo, "/inResponseTo");
        output.Code("estado", Code(lists.ResponseStatuses, "status", CanonicalCodes.ToCode(response.Status), "/status", notes));
        output.Code("fecha", Dates.FormatInstant(response.CreatedAt));
        output.Attribute("idioma", response.Language, "/language");
        Authority(output, notes, response.RespondingAuthority);
        output.Element("Causa", response.CaseReference, "/caseReference");
        output.Element("Mensaje", response.Message, "/message");
        for (var i = 0; i < response.Results.Count; i++)
        {
            var path = $"/results/{i}";
            new ResultadoWriter(output, lists, notes).Write(response.Results[i], path, status => Code(lists.ResponseStatuses, "status", CanonicalCodes.ToCode(status), path + "/status", notes));
        }
        for (var i = 0; i < response.UseLimitations.Count; i++)
        {
            var limitation = response.UseLimitations[i];
            output.Start("Limitacion");
            output.Code("tipo", Code(lists.UseLimitations, "kind", CanonicalCodes.ToCode(limitation.Kind), $"/useLimitations/{i}/kind", notes));
            output.Text(limitation.Text, $"/useLimitations/{i}/text");
            output.End();
        }
        AttachmentWriter.Write(output, notes, response.Attachments);
        output.End();
    }

    private static void Authority(XmlRenderOutput output, RenderScope notes, Authority authority)
    {
        output.Start("Autoridad");
        output.Attribute("pais", authority.Country, "/respondingAuthority/country");
        output.Attribute("unidad", authority.Unit, "/respondingAuthority/unit");
        var name = authority.Name;
        if (name is null)
        {
            // SAF files a response under the authority that gives it: without a name it would not read back at all.
            name = $"Autoridad competente ({authority.Country})";
            notes.Altered("/respondingAuthority/name", $"SAF requires the authority's name, written as \"{name}\".");
        }
        output.Text(name, "/respondingAuthority/name");
        output.End();
        if (authority.Officer is { } officer)
        {
            output.Start("Fiscal");
            output.Attribute("cargo", officer.Role, "/respondingAuthority/officer/role");
            output.Attribute("correo", authority.Contact?.Email, "/respondingAuthority/contact/email");
            output.Attribute("telefono", authority.Contact?.Phone, "/respondingAuthority/contact/phone");
            output.Text(officer.Name, "/respondingAuthority/officer/name");
            output.End();
        }
        else notes.NotCarriedIfPresent("/respondingAuthority/contact", "SAF keeps contact details on the Fiscal, and the response names no officer.");
    }

    /// <summary>The first national code of <paramref name="list"/> for a canonical code; an office's list without it gets the canonical code written, and a warning.</summary>
    public static string Code(CodeList list, string column, string canonical, string path, RenderScope notes)
    {
        if (list.FindBy(column, canonical) is { } entry) return entry.Key;
        notes.Altered(path, $"code list '{list.Name}' has no SAF code for '{canonical}': it is written as is and will not read back.");
        return canonical;
    }
}
