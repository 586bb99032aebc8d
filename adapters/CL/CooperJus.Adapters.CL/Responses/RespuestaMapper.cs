using System.Text.RegularExpressions;
using CooperJus.Adapters.CL.Mapping;
using CooperJus.Adapters.CL.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Responses;

/// <summary>
/// One <c>Respuesta</c> → one canonical response with its lineage and problems. The response is built only when no
/// error was found; the problems and the original text are kept either way.
/// </summary>
internal sealed partial class RespuestaMapper(ChileCodeLists lists)
{
    public ResponseRecordResult Map(XmlRecord record)
    {
        var scope = new RecordScope();
        var respuesta = record.Element;
        if (record.Unreadable is { } unreadable)
        {
            scope.Add(unreadable);
            return scope.ToResponseResult(respuesta.Step, null, respuesta.Location, record.OriginalText);
        }
        XmlSchemaCheck.Run(respuesta, scope, SafResponseSchema.Elements, "SAF");
        var folioAt = respuesta.Attribute("folio");
        var folio = folioAt.Trimmed();
        if (folio is null) scope.Error("required", "@folio is required: it is SAF's number of the response.", folioAt, "/responseId");
        var response = Build(respuesta, folio, folioAt, scope);
        // A Respuesta without folio still needs an id in the report: its position in the file.
        return scope.ToResponseResult(folio ?? respuesta.Step, scope.HasErrors ? null : response, respuesta.Location, record.OriginalText);
    }

    private CooperationResponse? Build(XmlSourceElement respuesta, string? folio, SourceLocation folioAt, RecordScope scope)
    {
        var responseId = ResponseId(respuesta, folio, folioAt, scope);
        var inResponseTo = RequestId(respuesta.Attribute("idSolicitud"), scope);
        var status = scope.RequiredLookup("/status", respuesta.Attribute("estado"), lists.ResponseStatuses)?.Canonical<ResponseStatus>("status");
        var createdAt = scope.RequiredInstant("/createdAt", respuesta.Attribute("fecha"));
        var language = Language(respuesta.Attribute("idioma"), scope);
        var authority = Authority(respuesta, scope);
        var caseReference = scope.Text("/caseReference", respuesta.ChildText("Causa"));
        var message = scope.Text("/message", respuesta.ChildText("Mensaje"));
        var results = new ResultadoMapper(lists, scope).MapAll(respuesta.All("Resultado"));
        var limitations = UseLimitations(respuesta, scope);
        var attachments = new AttachmentMapper(scope).MapAll(respuesta.All("Anexo"));
        if (responseId is null || inResponseTo is null || status is null || createdAt is null || authority is null) return null;
        return new CooperationResponse
        {
            ResponseId = responseId,
            InResponseTo = inResponseTo,
            Status = status.Value,
            CreatedAt = createdAt.Value,
            RespondingAuthority = authority,
            Message = message,
            CaseReference = caseReference,
            Results = results,
            UseLimitations = limitations,
            Attachments = attachments,
            Language = language,
        };
    }

    /// <summary>
    /// <c>@idRespuesta</c> when SAF kept the gateway's id of a response it received (a response rendered by this
    /// adapter); otherwise a stable id made from <c>@folio</c>, so a file dropped twice gives the same response, sent once.
    /// </summary>
    private static string? ResponseId(XmlSourceElement respuesta, string? folio, SourceLocation folioAt, RecordScope scope)
    {
        var idAt = respuesta.Attribute("idRespuesta");
        if (idAt.Trimmed() is { } id)
        {
            if (UuidPattern().IsMatch(id))
            {
                scope.Map("/responseId", Conversions.LowercaseHex, idAt);
                return id.ToLowerInvariant();
            }
            scope.Error("xml.invalid-value", $"@idRespuesta is '{idAt.Value}': it must be the gateway's response id, a UUID.", idAt, "/responseId");
            return null;
        }
        if (folio is null) return null;
        scope.Map("/responseId", Conversions.ResponseId, folioAt);
        return RequestIds.FromNationalReference(NationalDefaults.Country, NationalDefaults.ResponseSystem, folio);
    }

    private static string? RequestId(SourceLocation at, RecordScope scope)
    {
        if (at.Trimmed() is not { } id)
        {
            scope.Error("required", "@idSolicitud is required: the request id the export of the answered request carries.", at, "/inResponseTo");
            return null;
        }
        if (!UuidPattern().IsMatch(id))
        {
            scope.Error("response.request-id", $"@idSolicitud is '{at.Value}': it must be the request id (a UUID) that the export of the answered request carries, not a SAF folio or RUC.", at, "/inResponseTo");
            return null;
        }
        scope.Map("/inResponseTo", Conversions.LowercaseHex, at);
        return id.ToLowerInvariant();
    }

    private static string Language(SourceLocation at, RecordScope scope)
    {
        if (at.Trimmed() is not { } tag)
        {
            scope.Map("/language", Conversions.AdapterDefault);
            return NationalDefaults.Language;
        }
        if (LanguagePattern().IsMatch(tag))
        {
            scope.Map("/language", "copy", at);
            return tag;
        }
        scope.Error("xml.invalid-value", $"@idioma is '{at.Value}': it must be a BCP 47 language tag (es, pt-BR).", at, "/language");
        return NationalDefaults.Language;
    }

    private static Authority? Authority(XmlSourceElement respuesta, RecordScope scope)
    {
        var name = scope.RequiredText("/respondingAuthority/name", respuesta.ChildText("Autoridad"));
        var element = respuesta.One("Autoridad");
        var countryAt = element?.Attribute("pais");
        string? country;
        if (countryAt?.Trimmed() is null)
        {
            scope.Map("/respondingAuthority/country", Conversions.AdapterDefault);
            country = NationalDefaults.Country;
        }
        else country = scope.Country("/respondingAuthority/country", countryAt);
        var unit = element is null ? null : scope.Text("/respondingAuthority/unit", element.Attribute("unidad"));
        var prosecutor = respuesta.One("Fiscal");
        var officerName = prosecutor is null ? null : scope.RequiredText("/respondingAuthority/officer/name", prosecutor.TextLocation);
        var role = prosecutor is null || officerName is null ? null : scope.Text("/respondingAuthority/officer/role", prosecutor.Attribute("cargo"));
        var email = prosecutor is null ? null : scope.Text("/respondingAuthority/contact/email", prosecutor.Attribute("correo"));
        var phone = prosecutor is null ? null : scope.Text("/respondingAuthority/contact/phone", prosecutor.Attribute("telefono"));
        if (name is null || country is null) return null;
        return new Authority
        {
            Country = country,
            Name = name,
            Unit = unit,
            Officer = officerName is null ? null : new Officer { Name = officerName, Role = role },
            Contact = email is null && phone is null ? null : new Contact { Email = email, Phone = phone },
        };
    }

    private List<UseLimitation> UseLimitations(XmlSourceElement respuesta, RecordScope scope)
    {
        var limitations = new List<UseLimitation>();
        foreach (var element in respuesta.All("Limitacion"))
        {
            var path = $"/useLimitations/{limitations.Count}";
            var kind = scope.RequiredLookup(path + "/kind", element.Attribute("tipo"), lists.UseLimitations)?.Canonical<UseLimitationKind>("kind");
            var text = scope.RequiredText(path + "/text", element.TextLocation);
            if (kind is not null && text is not null) limitations.Add(new UseLimitation { Kind = kind.Value, Text = text });
        }
        return limitations;
    }

    [GeneratedRegex("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex UuidPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
