using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES;

/// <summary>
/// The adapter's code lists (files in <c>codelists/</c>), loaded once and checked when the adapter is created, so a
/// typing mistake in a file an office edited stops the adapter with the line to fix instead of failing a request later.
/// </summary>
internal sealed partial class SpainCodeLists
{
    private SpainCodeLists(CodeListSource source)
    {
        Proceedings = source.Load("proceedings");
        Instruments = source.Load("instruments");
        Offences = source.Load("offences");
        Roles = source.Load("roles");
        DocumentTypes = source.Load("document-types");
        Measures = source.Load("measures");
        Urgency = source.Load("urgency");
        Channels = source.Load("channels");
        UrgencyGrounds = source.Load("urgency-grounds");
        Sexes = source.Load("sexes");
        Custody = source.Load("custody");
        Languages = source.Load("languages");
        Capacities = source.Load("capacities");
        Orders = source.Load("orders");
        HearingModalities = source.Load("hearing-modalities");
        ResponseStatuses = source.Load("response-statuses");
        RefusalGrounds = source.Load("refusal-grounds");
        UseLimitations = source.Load("use-limitations");
    }

    /// <summary><c>Procedimiento/@clase</c> → proceedings type.</summary>
    public CodeList Proceedings { get; }

    /// <summary><c>Instrumento</c> → legal-basis instrument code and treaty parties.</summary>
    public CodeList Instruments { get; }

    /// <summary><c>Delito/@codigo</c> → ICCS code.</summary>
    public CodeList Offences { get; }

    /// <summary><c>Interviniente/@condicion</c> → person role and organisation role.</summary>
    public CodeList Roles { get; }

    /// <summary><c>Documento/@tipo</c> → document type and implied issuing country.</summary>
    public CodeList DocumentTypes { get; }

    /// <summary><c>Diligencia/@tipo</c> → measure type.</summary>
    public CodeList Measures { get; }

    /// <summary><c>Urgencia/@grado</c> → urgency level.</summary>
    public CodeList Urgency { get; }

    /// <summary><c>Canal</c> → transmission channel kind.</summary>
    public CodeList Channels { get; }

    /// <summary><c>MotivoUrgencia</c> → urgency ground.</summary>
    public CodeList UrgencyGrounds { get; }

    /// <summary><c>Sexo</c> → sex.</summary>
    public CodeList Sexes { get; }

    /// <summary><c>SituacionPersonal</c> → custody status.</summary>
    public CodeList Custody { get; }

    /// <summary><c>Idioma</c> (Spanish name) → BCP 47 tag.</summary>
    public CodeList Languages { get; }

    /// <summary><c>Afectado/@calidad</c> → capacity of a measure's subject.</summary>
    public CodeList Capacities { get; }

    /// <summary><c>Resolucion/@clase</c> → issuer of the national order.</summary>
    public CodeList Orders { get; }

    /// <summary><c>Diligencia/@modalidad</c> → hearing modality.</summary>
    public CodeList HearingModalities { get; }

    /// <summary><c>Respuesta/@estado</c>, <c>Resultado/@estado</c> → response status.</summary>
    public CodeList ResponseStatuses { get; }

    /// <summary><c>Motivo/@codigo</c> → refusal ground.</summary>
    public CodeList RefusalGrounds { get; }

    /// <summary><c>Limitacion/@tipo</c> → use limitation kind.</summary>
    public CodeList UseLimitations { get; }

    /// <summary>Loads and checks every list.</summary>
    /// <exception cref="FormatException">A list names a canonical code that does not exist; the message names the file and line.</exception>
    public static SpainCodeLists Load(CodeListSource source)
    {
        var lists = new SpainCodeLists(source);
        lists.Check();
        return lists;
    }

    /// <summary>The parties of an instruments entry (empty unless a bilateral treaty).</summary>
    public static IReadOnlyList<string> Parties(CodeListEntry entry) =>
        entry["parties"] is { } parties ? parties.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private void Check()
    {
        Proceedings.RequireCodes<ProceedingsType>("type");
        Roles.RequireCodes<PersonRole>("person");
        Roles.RequireCodes<OrganisationRole>("organisation");
        DocumentTypes.RequireCodes<DocumentType>("type");
        Measures.RequireCodes<MeasureType>("type");
        Measures.RequireCodes<HearingModality>("modality", optional: true);
        Roles.RequireCodes<LiabilityRegime>("liability", optional: true);
        Instruments.RequireCodes<ChannelKind>("channel", optional: true);
        Channels.RequireCodes<ChannelKind>("kind");
        UrgencyGrounds.RequireCodes<UrgencyGround>("ground");
        Sexes.RequireCodes<Sex>("sex");
        Custody.RequireCodes<CustodyStatus>("custody");
        Capacities.RequireCodes<SubjectCapacity>("capacity");
        Orders.RequireCodes<OrderIssuer>("issuer");
        HearingModalities.RequireCodes<HearingModality>("modality");
        Languages.RequirePattern("tag", LanguageTagPattern());
        Urgency.RequireCodes<UrgencyLevel>("level");
        ResponseStatuses.RequireCodes<ResponseStatus>("status");
        RefusalGrounds.RequireCodes<RefusalGroundCode>("ground");
        UseLimitations.RequireCodes<UseLimitationKind>("kind");
        Instruments.RequirePattern("instrument", InstrumentPattern());
        Offences.RequirePattern("iccs", IccsPattern(), optional: true);
        DocumentTypes.RequirePattern("country", CountryPattern(), optional: true);
        foreach (var entry in Instruments.Entries.Where(e => !Parties(e).All(p => CountryPattern().IsMatch(p))))
            throw Invalid(Instruments, entry, "parties", "ISO 3166-1 alpha-2 codes separated by |");
    }

    private static FormatException Invalid(CodeList list, CodeListEntry entry, string column, string expected) =>
        new($"Code list '{list.Name}' line {entry.Line}: column '{column}' is '{entry[column]}', expected {expected}.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex InstrumentPattern();

    [GeneratedRegex("^[0-9]{2}([0-9]{2}([0-9]{1,2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IccsPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTagPattern();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryPattern();
}
