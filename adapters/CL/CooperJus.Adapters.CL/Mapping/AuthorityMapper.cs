using CooperJus.Adapters.CL.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Mapping;

/// <summary>
/// Who asks and who is asked: the fiscalía and fiscal, the case (RUC, or the case reference of a request the gateway
/// wrote from abroad), the court and its RIT, and the requested State.
/// </summary>
internal sealed class AuthorityMapper(ChileCodeLists lists, RecordScope scope)
{
    public IssuingAuthority? Issuing(XmlSourceElement solicitud, string? folio)
    {
        var country = IssuingCountry(solicitud);
        var caseReference = CaseReference(solicitud);
        var name = scope.Text("/issuingAuthority/name", solicitud.ChildText("Fiscalia"));
        var (officer, contact) = Fiscal(solicitud);
        scope.Map("/issuingAuthority/nationalSystem", Conversions.AdapterDefault);
        if (country is null || caseReference is null) return null;
        return new IssuingAuthority
        {
            Country = country,
            Name = name,
            Officer = officer,
            Contact = contact,
            CaseReference = caseReference,
            RequestReference = folio,
            NationalSystem = NationalDefaults.NationalSystem,
        };
    }

    public RequestedAuthority? Requested(XmlSourceElement solicitud)
    {
        var countryAt = solicitud.ChildText("PaisRequerido");
        var country = countryAt.Trimmed() is null
            ? Required(countryAt, "/requestedAuthority/country")
            : scope.Country("/requestedAuthority/country", countryAt);
        var name = scope.Text("/requestedAuthority/name", solicitud.ChildText("AutoridadRequerida"));
        return country is null ? null : new RequestedAuthority { Country = country, Name = name };
    }

    /// <summary><c>Tribunal</c>: the court (text), its RIT (<c>@rit</c>, form checked) and the stage of the proceedings (<c>@etapa</c>).</summary>
    public Proceedings? Proceedings(XmlSourceElement solicitud)
    {
        if (solicitud.One("Tribunal") is not { } tribunal) return null;
        var court = scope.Text("/proceedings/court", tribunal.TextLocation);
        var ritAt = tribunal.Attribute("rit");
        string? rit = null;
        if (ritAt.Trimmed() is { } written)
        {
            if (CaseNumbers.IsRit(written))
            {
                scope.Map("/proceedings/courtCaseNumber", Conversions.RitChecked, ritAt);
                rit = written;
            }
            else scope.Error("rit.invalid", $"Tribunal/@rit '{written}' is not a RIT: the letter of the court's book, the number and the year (O-1234-2024).", ritAt, "/proceedings/courtCaseNumber");
        }
        var stageAt = tribunal.Attribute("etapa");
        var type = ProceedingsType.CriminalInvestigation;
        string? nationalType = null;
        if (stageAt.Trimmed() is null) scope.Map("/proceedings/type", Conversions.AdapterDefault);
        else if (scope.Lookup("/proceedings/type", stageAt, lists.Stages) is { } stage)
        {
            type = stage.Canonical<ProceedingsType>("type");
            nationalType = stageAt.Trimmed();
            scope.Map("/proceedings/nationalType", "copy", stageAt);
        }
        return new Proceedings { Type = type, NationalType = nationalType, Court = court, CourtCaseNumber = rit };
    }

    /// <summary><c>PaisRequirente</c> is written only for a request from abroad; a Chilean export leaves it out.</summary>
    private string? IssuingCountry(XmlSourceElement solicitud)
    {
        var at = solicitud.ChildText("PaisRequirente");
        if (at.Trimmed() is not null) return scope.Country("/issuingAuthority/country", at);
        scope.Map("/issuingAuthority/country", Conversions.AdapterDefault);
        return NationalDefaults.Country;
    }

    /// <summary>
    /// The RUC of a Chilean case (check character verified), or <c>CausaOrigen</c>, the case reference of a request
    /// the gateway wrote from abroad (as written: it is another country's number). Exactly one of them.
    /// </summary>
    private string? CaseReference(XmlSourceElement solicitud)
    {
        var rucAt = solicitud.ChildText("RUC");
        var originAt = solicitud.ChildText("CausaOrigen");
        if (rucAt.Trimmed() is { } ruc)
        {
            if (originAt.Trimmed() is not null)
                scope.Error("case.conflict", "A Solicitud has a RUC or a CausaOrigen, not both: which one is the case?", originAt, "/issuingAuthority/caseReference");
            if (CaseNumbers.RucProblem(ruc) is { } problem)
            {
                scope.Error("ruc.invalid", problem, rucAt, "/issuingAuthority/caseReference");
                return null;
            }
            scope.Map("/issuingAuthority/caseReference", Conversions.RucChecked, rucAt);
            return ruc;
        }
        if (originAt.Trimmed() is not null) return scope.Text("/issuingAuthority/caseReference", originAt);
        return Required(rucAt, "/issuingAuthority/caseReference");
    }

    private (Officer?, Contact?) Fiscal(XmlSourceElement solicitud)
    {
        if (solicitud.One("Fiscal") is not { } fiscal) return (null, null);
        var name = scope.Text("/issuingAuthority/officer/name", fiscal.TextLocation);
        var email = scope.Text("/issuingAuthority/contact/email", fiscal.Attribute("correo"));
        var phone = scope.Text("/issuingAuthority/contact/phone", fiscal.Attribute("telefono"));
        return (name is null ? null : new Officer { Name = name }, email is null && phone is null ? null : new Contact { Email = email, Phone = phone });
    }

    private string? Required(Gateway.Sdk.Diagnostics.SourceLocation at, string path)
    {
        scope.Error("required", $"{at.Field} is required and is empty.", at, path);
        return null;
    }
}
