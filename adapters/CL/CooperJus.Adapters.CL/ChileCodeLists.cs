using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.CL;

/// <summary>
/// The adapter's code lists (the <c>codelists</c> folder), loaded and checked once when the adapter is created: a
/// canonical code an office mistyped stops the adapter at start-up, naming the file and line, rather than rejecting
/// records later.
/// </summary>
internal sealed partial class ChileCodeLists
{
    public ChileCodeLists(CodeListSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Offences = source.Load("offences");
        Measures = source.Load("measures");
        OrderIssuers = source.Load("order-issuers");
        Capacities = source.Load("capacities");
        HearingModalities = source.Load("hearing-modalities");
        Roles = source.Load("roles");
        Urgency = source.Load("urgency");
        Instruments = source.Load("instruments");
        Stages = source.Load("stages");
        Sexes = source.Load("sexes");
        Languages = source.Load("languages");
        Custody = source.Load("custody");
        DocumentTypes = source.Load("document-types");
        Reserved = source.Load("reserved");
        ResponseStatuses = source.Load("response-statuses");
        RefusalGrounds = source.Load("refusal-grounds");
        UseLimitations = source.Load("use-limitations");
        Offences.RequirePattern("iccs", IccsPattern(), optional: true);
        Measures.RequireCodes<MeasureType>("type");
        OrderIssuers.RequireCodes<OrderIssuer>("issuer");
        Capacities.RequireCodes<SubjectCapacity>("capacity");
        HearingModalities.RequireCodes<HearingModality>("modality");
        Roles.RequireCodes<PersonRole>("person", optional: true);
        Roles.RequireCodes<OrganisationRole>("organisation", optional: true);
        Urgency.RequireCodes<UrgencyLevel>("level");
        Instruments.RequirePattern("instrument", InstrumentPattern());
        Instruments.RequirePattern("parties", PartiesPattern(), optional: true);
        Stages.RequireCodes<ProceedingsType>("type");
        Sexes.RequireCodes<Sex>("sex");
        Languages.RequirePattern("tag", LanguageTagPattern());
        Custody.RequireCodes<CustodyStatus>("custody");
        DocumentTypes.RequireCodes<DocumentType>("type");
        Reserved.RequirePattern("confidential", BooleanPattern());
        ResponseStatuses.RequireCodes<ResponseStatus>("status");
        RefusalGrounds.RequireCodes<RefusalGroundCode>("ground");
        UseLimitations.RequireCodes<UseLimitationKind>("kind");
    }

    /// <summary><c>Delito/@codigo</c> → <c>iccs</c> (UNODC ICCS), <c>provision</c>.</summary>
    public CodeList Offences { get; }

    /// <summary><c>Diligencia/@tipo</c> → <c>type</c> (canonical measure type).</summary>
    public CodeList Measures { get; }

    /// <summary>The capacity after an id in <c>@afectados</c> → <c>capacity</c> (canonical subject capacity).</summary>
    public CodeList Capacities { get; }

    /// <summary><c>Diligencia/@modalidad</c> → <c>modality</c> (canonical hearing modality).</summary>
    public CodeList HearingModalities { get; }

    /// <summary><c>Autorizacion/@emisor</c> → <c>issuer</c> (canonical order issuer).</summary>
    public CodeList OrderIssuers { get; }

    /// <summary><c>@calidad</c> of an <c>Interviniente</c> or <c>Empresa</c> → <c>person</c>, <c>organisation</c> roles.</summary>
    public CodeList Roles { get; }

    /// <summary><c>Instrumento</c> → <c>instrument</c> (canonical code), <c>parties</c> (ISO codes separated by <c>|</c>).</summary>
    public CodeList Instruments { get; }

    /// <summary><c>Urgencia/@nivel</c> → <c>level</c>.</summary>
    public CodeList Urgency { get; }

    /// <summary><c>Tribunal/@etapa</c> → <c>type</c> (canonical proceedings type).</summary>
    public CodeList Stages { get; }

    /// <summary><c>Sexo</c> → <c>sex</c>.</summary>
    public CodeList Sexes { get; }

    /// <summary><c>Idioma</c> → <c>tag</c> (BCP 47).</summary>
    public CodeList Languages { get; }

    /// <summary><c>SituacionProcesal</c> → <c>custody</c>.</summary>
    public CodeList Custody { get; }

    /// <summary><c>Documento/@clase</c> → <c>type</c> (canonical document type).</summary>
    public CodeList DocumentTypes { get; }

    /// <summary><c>Reservada</c> → <c>confidential</c> (<c>true</c>/<c>false</c>).</summary>
    public CodeList Reserved { get; }

    /// <summary>Response <c>@estado</c> → <c>status</c>.</summary>
    public CodeList ResponseStatuses { get; }

    /// <summary><c>MotivoDenegacion/@codigo</c> → <c>ground</c>.</summary>
    public CodeList RefusalGrounds { get; }

    /// <summary><c>Limitacion/@tipo</c> → <c>kind</c>.</summary>
    public CodeList UseLimitations { get; }

    [GeneratedRegex(@"^\d{2}(\d{2}\d{0,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IccsPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex InstrumentPattern();

    [GeneratedRegex(@"^[A-Z]{2}(\|[A-Z]{2})*$", RegexOptions.CultureInvariant)]
    private static partial Regex PartiesPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTagPattern();

    [GeneratedRegex("^(true|false)$", RegexOptions.CultureInvariant)]
    private static partial Regex BooleanPattern();
}
