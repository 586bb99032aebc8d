using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary>
/// Who asks and who is asked: <c>Procedimiento</c> (case reference and proceedings), <c>Fiscalia</c>, <c>Fiscal</c>
/// and <c>EstadoRequerido</c>. The issuing authority is always Spanish, in the national system FORTUNY.
/// </summary>
internal sealed class AuthorityMapper
{
    /// <summary>The issuing country: a Fortuny export only ever comes from Spain.</summary>
    public const string IssuingCountry = "ES";

    /// <summary>The national system named in every request.</summary>
    public const string NationalSystem = "FORTUNY";

    private const string CaseReferencePath = "/issuingAuthority/caseReference";
    private const string RequestedCountryPath = "/requestedAuthority/country";

    private readonly SpainCodeLists _lists;
    private readonly RecordScope _scope;

    public AuthorityMapper(SpainCodeLists lists, RecordScope scope)
    {
        _lists = lists;
        _scope = scope;
    }

    /// <summary>The proceedings, once <see cref="Issuing"/> has read <c>Procedimiento</c>; null when it has neither class nor court.</summary>
    public Proceedings? Proceedings { get; private set; }

    public IssuingAuthority? Issuing(XmlSourceElement solicitud, string? requestReference)
    {
        var caseReference = CaseReference(solicitud);
        var name = _scope.RequiredText("/issuingAuthority/name", solicitud.ChildText("Fiscalia"));
        var fiscal = solicitud.One("Fiscal");
        var officer = fiscal is null ? null : _scope.Text("/issuingAuthority/officer/name", fiscal.TextLocation);
        var email = fiscal is null ? null : _scope.Text("/issuingAuthority/contact/email", fiscal.Attribute("email"));
        var phone = fiscal is null ? null : _scope.Text("/issuingAuthority/contact/phone", fiscal.Attribute("telefono"));
        _scope.Map("/issuingAuthority/country", Conversions.AdapterDefault);
        _scope.Map("/issuingAuthority/nationalSystem", Conversions.AdapterDefault);
        if (caseReference is null || name is null) return null;
        return new IssuingAuthority
        {
            Country = IssuingCountry,
            Name = name,
            Officer = officer is null ? null : new Officer { Name = officer },
            Contact = email is null && phone is null ? null : new Contact { Email = email, Phone = phone },
            CaseReference = caseReference,
            RequestReference = requestReference,
            NationalSystem = NationalSystem,
        };
    }

    public RequestedAuthority? Requested(XmlSourceElement solicitud)
    {
        var state = solicitud.One("EstadoRequerido");
        var isoAt = state?.Attribute("iso");
        var nameAt = state?.TextLocation;
        if (isoAt?.Trimmed() is null && nameAt?.Trimmed() is null)
        {
            _scope.Error("required", "EstadoRequerido is required, with the requested State's ISO code in @iso or its name as text.", nameAt ?? solicitud.ChildText("EstadoRequerido"), RequestedCountryPath);
            return null;
        }
        var fromIso = Country(isoAt);
        var fromName = Country(nameAt);
        if (fromIso is not null && fromName is not null && fromIso != fromName)
        {
            _scope.Error("country.conflict", $"EstadoRequerido has @iso '{isoAt!.Value}' ({fromIso}) but names '{nameAt!.Value}' ({fromName}).", nameAt, RequestedCountryPath);
            return null;
        }
        var country = fromIso ?? fromName;
        if (country is null) return null;
        // One lineage entry naming both the code and the name when both are written: they were checked to agree.
        _scope.Map(RequestedCountryPath, Countries.Conversion, [.. new[] { isoAt, nameAt }.OfType<SourceLocation>().Where(at => at.Trimmed() is not null)]);
        return new RequestedAuthority { Country = country };
    }

    private string? Country(SourceLocation? at)
    {
        if (at?.Trimmed() is null) return null;
        if (Countries.TryNormalize(at.Value, out var alpha2)) return alpha2;
        _scope.Error("country.unknown", $"'{at.Value}' is not a country name, demonym or ISO 3166 code that the gateway knows.", at, RequestedCountryPath);
        return null;
    }

    private string? CaseReference(XmlSourceElement solicitud)
    {
        var procedure = solicitud.One("Procedimiento");
        if (procedure is null)
        {
            _scope.Error("required", "Procedimiento is required: its clase and numero make the case reference.", solicitud.ChildText("Procedimiento"), CaseReferencePath);
            return null;
        }
        var classAt = procedure.Attribute("clase");
        var numberAt = procedure.Attribute("numero");
        var procedureClass = classAt.Trimmed();
        Proceedings = ReadProceedings(procedure, procedureClass);
        if (procedureClass is null) return _scope.RequiredText(CaseReferencePath, numberAt);
        // Not RequiredText: that records a `copy` of the number, and the reference is the join of class and number.
        var number = numberAt.Trimmed();
        if (number is null)
        {
            _scope.Error("required", $"{numberAt.Field} is required and is empty.", numberAt, CaseReferencePath);
            return null;
        }
        _scope.Map(CaseReferencePath, Conversions.JoinClassAndNumber, classAt, numberAt);
        return $"{procedureClass} {number}";
    }

    private Proceedings? ReadProceedings(XmlSourceElement procedure, string? procedureClass)
    {
        var classAt = procedure.Attribute("clase");
        var entry = procedureClass is null ? null : _scope.Lookup("/proceedings/type", classAt, _lists.Proceedings);
        var court = _scope.Text("/proceedings/court", procedure.Attribute("organo"));
        if (procedureClass is null && court is null) return null;
        if (procedureClass is not null) _scope.Map("/proceedings/nationalType", "copy", classAt);
        if (entry is null) _scope.Map("/proceedings/type", Conversions.AdapterDefault);
        return new Proceedings
        {
            Type = entry?.Canonical<ProceedingsType>("type") ?? ProceedingsType.CriminalInvestigation,
            NationalType = procedureClass,
            Court = court,
        };
    }
}
