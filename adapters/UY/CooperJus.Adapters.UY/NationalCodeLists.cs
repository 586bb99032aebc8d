using System.Text.RegularExpressions;
using CooperJus.Adapters.UY.Mapping;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.UY;

/// <summary>
/// The adapter's code lists (the <c>codelists</c> folder), loaded and checked once when the adapter is created: a
/// canonical code an office mistyped stops the adapter at start-up, naming the file and line, rather than rejecting
/// records later.
/// </summary>
internal sealed partial class NationalCodeLists
{
    public NationalCodeLists(CodeListSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Offences = source.Load("offences");
        Measures = source.Load("measures");
        Roles = source.Load("roles");
        DocumentTypes = source.Load("document-types");
        Urgency = source.Load("urgency");
        ResponseStatuses = source.Load("response-statuses");
        RefusalGrounds = source.Load("refusal-grounds");
        OrderIssuers = source.Load("order-issuers");
        Sexes = source.Load("sexes");
        Offences.RequirePattern("iccs", IccsPattern(), optional: true);
        Measures.RequireCodes<MeasureType>("type");
        Roles.RequireCodes<PersonRole>("person", optional: true);
        Roles.RequireCodes<OrganisationRole>("organisation", optional: true);
        DocumentTypes.RequireCodes<DocumentType>("type");
        Urgency.RequireCodes<UrgencyLevel>("level");
        ResponseStatuses.RequireCodes<ResponseStatus>("status");
        RefusalGrounds.RequireCodes<RefusalGroundCode>("ground");
        OrderIssuers.RequireCodes<OrderIssuer>("issuer");
        Sexes.RequireCodes<Sex>("sex");
    }

    /// <summary>Offence code → <c>iccs</c> (UNODC ICCS), <c>provision</c>.</summary>
    public CodeList Offences { get; }

    /// <summary>Medida code → <c>type</c> (canonical measure type).</summary>
    public CodeList Measures { get; }

    /// <summary>Calidad → <c>person</c> (PersonRole) for personas, <c>organisation</c> (OrganisationRole) for empresas.</summary>
    public CodeList Roles { get; }

    /// <summary>Documento tipo → <c>type</c> (DocumentType), <c>issuingCountry</c> when the type implies it.</summary>
    public CodeList DocumentTypes { get; }

    /// <summary>Urgencia → <c>level</c> (UrgencyLevel).</summary>
    public CodeList Urgency { get; }

    /// <summary>Estado of a respuesta or resultado → <c>status</c> (ResponseStatus).</summary>
    public CodeList ResponseStatuses { get; }

    /// <summary>Causal de denegación → <c>ground</c> (RefusalGroundCode).</summary>
    public CodeList RefusalGrounds { get; }

    /// <summary>Emisor of a medida's orden → <c>issuer</c> (OrderIssuer).</summary>
    public CodeList OrderIssuers { get; }

    /// <summary>Sexo of a persona → <c>sex</c> (Sex).</summary>
    public CodeList Sexes { get; }

    public CodeListLookup PersonRoles => new(Roles, "person");

    public CodeListLookup OrganisationRoles => new(Roles, "organisation");

    [GeneratedRegex(@"^\d{2}(\d{2}\d{0,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IccsPattern();
}
