using CooperJus.Adapters.EC.Reading;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary><c>fiscalia</c> (the requesting office and its fiscal) and <c>requerido</c> (the requested country and authority).</summary>
internal static class AuthorityMapping
{
    /// <summary>
    /// <c>fiscalia</c>: <c>nombre</c>, <c>unidad</c>, <c>fiscal</c>, <c>cargo</c>, and <c>pais</c>, which only a request
    /// from abroad written by the gateway has (an office of the Fiscalía is in Ecuador).
    /// </summary>
    public static IssuingAuthority? Issuing(RecordContext context, JsonObjectView solicitud, string? caseReference, string? requestReference, SiafHeader header)
    {
        context.Scope.Map("/issuingAuthority/nationalSystem", "copy", header.SystemAt);
        var fiscalia = solicitud.Object("fiscalia", "/issuingAuthority");
        var country = fiscalia is null ? null : context.Country(fiscalia, "pais", "/issuingAuthority/country");
        if (country is null && fiscalia?.Has("pais") != true) context.Scope.Map("/issuingAuthority/country", Conversions.AdapterDefault);
        var name = fiscalia is null ? null : context.Text(fiscalia, "nombre", "/issuingAuthority/name");
        var unit = fiscalia is null ? null : context.Text(fiscalia, "unidad", "/issuingAuthority/unit");
        var officer = fiscalia is null ? null : Officer(context, fiscalia, "/issuingAuthority/officer");
        if (caseReference is null) return null;
        return new IssuingAuthority
        {
            Country = country ?? NationalDefaults.Country,
            NationalSystem = NationalDefaults.NationalSystem,
            CaseReference = caseReference,
            RequestReference = requestReference,
            Name = name,
            Unit = unit,
            Officer = officer,
        };
    }

    public static RequestedAuthority? Requested(RecordContext context, JsonObjectView solicitud)
    {
        var requerido = RequiredObject(context, solicitud, "requerido", "/requestedAuthority");
        if (requerido is null) return null;
        var country = context.Country(requerido, "pais", "/requestedAuthority/country", required: true);
        var name = context.Text(requerido, "autoridad", "/requestedAuthority/name");
        return country is null ? null : new RequestedAuthority { Country = country, Name = name };
    }

    /// <summary><c>fiscal</c> and <c>cargo</c>: the prosecutor who signs, and the post (Agente Fiscal, Fiscal Provincial…).</summary>
    public static Officer? Officer(RecordContext context, JsonObjectView view, string path)
    {
        var name = context.Text(view, "fiscal", path + "/name");
        var role = context.Text(view, "cargo", path + "/role");
        if (name is null && role is not null)
            context.Scope.Error("required", "fiscal is required when cargo is given.", view.At("fiscal"), path + "/name");
        return name is null ? null : new Officer { Name = name, Role = role };
    }

    public static JsonObjectView? RequiredObject(RecordContext context, JsonObjectView parent, string name, string path)
    {
        var view = parent.Object(name, path);
        if (view is null && !parent.Has(name)) context.Scope.Error("required", $"{name} is required.", parent.At(name), path);
        return view;
    }
}
