using System.Text.RegularExpressions;
using CooperJus.Adapters.ES.Mapping;
using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Responses;

/// <summary>
/// One <c>Respuesta</c> → one canonical response with its lineage and problems. The response is built only when no
/// error was found; the problems and the original text are kept either way.
/// </summary>
internal sealed partial class RespuestaMapper
{
    /// <summary>The national system whose response numbers make response ids (<c>ES|FORTUNY-RESPUESTA|referencia</c>).</summary>
    public const string ResponseSystem = "FORTUNY-RESPUESTA";

    /// <summary>The language of a response that names none: Fortuny is a Spanish system.</summary>
    public const string DefaultLanguage = "es";

    private readonly SpainCodeLists _lists;

    public RespuestaMapper(SpainCodeLists lists) => _lists = lists;

    public ResponseRecordResult Map(XmlRecord record)
    {
        var scope = new RecordScope();
        var respuesta = record.Element;
        if (record.Unreadable is { } unreadable)
        {
            scope.Add(unreadable);
            return scope.ToResponseResult(respuesta.Step, null, respuesta.Location, record.OriginalText);
        }
        XmlSchemaCheck.Run(respuesta, scope, FortunyResponseSchema.Elements, "Fortuny");
        var referenceAt = respuesta.Attribute("referencia");
        var reference = referenceAt.Trimmed();
        if (reference is null) scope.Error("required", "@referencia is required: it is Fortuny's number of the response.", referenceAt, "/responseId");
        var response = Build(respuesta, reference, referenceAt, scope);
        // A Respuesta without referencia still needs an id in the report: its position in the file.
        return scope.ToResponseResult(reference ?? respuesta.Step, scope.HasErrors ? null : response, respuesta.Location, record.OriginalText);
    }

    private CooperationResponse? Build(XmlSourceElement respuesta, string? reference, SourceLocation referenceAt, RecordScope scope)
    {
        var responseId = ResponseId(respuesta, reference, referenceAt, scope);
        var inResponseTo = RequestId(respuesta.Attribute("solicitud"), scope);
        var status = scope.RequiredLookup("/status", respuesta.Attribute("estado"), _lists.ResponseStatuses)?.Canonical<ResponseStatus>("status");
        var createdAt = CreatedAt(respuesta.Attribute("fecha"), scope);
        var language = Language(respuesta.Attribute("idioma"), scope);
        var authority = Authority(respuesta, scope);
        var caseReference = scope.Text("/caseReference", respuesta.ChildText("Expediente"));
        var message = scope.Text("/message", respuesta.ChildText("Mensaje"));
        var attachments = new AttachmentMapper(scope).MapAll(respuesta.All("Anexo"));
        var results = new ResultadoMapper(_lists, scope, respuesta.All("Anexo").Select(a => a.Attribute("nombre").Trimmed()).OfType<string>().ToHashSet(StringComparer.Ordinal))
            .MapAll(respuesta.All("Resultado"));
        var limitations = UseLimitations(respuesta, scope);
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
    /// <c>@id</c> when Fortuny kept the gateway's id of a response it received (a response rendered by this adapter);
    /// otherwise a stable id made from <c>@referencia</c>, so a file dropped twice gives the same response, sent once.
    /// </summary>
    private static string? ResponseId(XmlSourceElement respuesta, string? reference, SourceLocation referenceAt, RecordScope scope)
    {
        var idAt = respuesta.Attribute("id");
        if (idAt.Trimmed() is { } id)
        {
            if (UuidPattern().IsMatch(id))
            {
                scope.Map("/responseId", Conversions.LowercaseHex, idAt);
                return id.ToLowerInvariant();
            }
            scope.Error("xml.invalid-value", $"@id is '{idAt.Value}': it must be the gateway's response id, a UUID.", idAt, "/responseId");
            return null;
        }
        if (reference is null) return null;
        scope.Map("/responseId", ResponseConversions.ResponseId, referenceAt);
        return RequestIds.FromNationalReference("ES", ResponseSystem, reference);
    }

    private static string? RequestId(SourceLocation at, RecordScope scope)
    {
        if (at.Trimmed() is not { } id)
        {
            scope.Error("required", "@solicitud is required: the request id the answered request's export carries.", at, "/inResponseTo");
            return null;
        }
        if (!UuidPattern().IsMatch(id))
        {
            scope.Error("response.request-id", $"@solicitud is '{at.Value}': it must be the request id (a UUID) that the export of the answered request carries, not a Fortuny number.", at, "/inResponseTo");
            return null;
        }
        scope.Map("/inResponseTo", Conversions.LowercaseHex, at);
        return id.ToLowerInvariant();
    }

    private static DateTimeOffset? CreatedAt(SourceLocation at, RecordScope scope)
    {
        if (at.Trimmed() is null)
        {
            scope.Error("required", "@fecha is required: when the response was issued.", at, "/createdAt");
            return null;
        }
        if (Dates.TryParseInstant(at.Value, out var instant, out var error, Conversions.InstantExample))
        {
            scope.Map("/createdAt", Conversions.Instant, at);
            return instant;
        }
        scope.Error("date.invalid", $"@fecha: {error}", at, "/createdAt");
        return null;
    }

    private static string Language(SourceLocation at, RecordScope scope)
    {
        if (at.Trimmed() is not { } tag)
        {
            scope.Map("/language", Conversions.AdapterDefault);
            return DefaultLanguage;
        }
        if (LanguagePattern().IsMatch(tag))
        {
            scope.Map("/language", "copy", at);
            return tag;
        }
        scope.Error("xml.invalid-value", $"@idioma is '{at.Value}': it must be a BCP 47 language tag (es, pt-BR).", at, "/language");
        return DefaultLanguage;
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
            country = "ES";
        }
        else country = scope.Country("/respondingAuthority/country", countryAt);
        var unit = element is null ? null : scope.Text("/respondingAuthority/unit", element.Attribute("unidad"));
        var prosecutor = respuesta.One("Fiscal");
        var officerName = prosecutor is null ? null : scope.RequiredText("/respondingAuthority/officer/name", prosecutor.TextLocation);
        var role = prosecutor is null || officerName is null ? null : scope.Text("/respondingAuthority/officer/role", prosecutor.Attribute("cargo"));
        var email = prosecutor is null ? null : scope.Text("/respondingAuthority/contact/email", prosecutor.Attribute("email"));
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
            var kind = scope.RequiredLookup(path + "/kind", element.Attribute("tipo"), _lists.UseLimitations)?.Canonical<UseLimitationKind>("kind");
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
