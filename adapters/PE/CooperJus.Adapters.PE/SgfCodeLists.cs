using System.Globalization;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE;

/// <summary>
/// The adapter's code lists (the <c>codelists</c> folder), loaded and checked once when the adapter is created: a
/// canonical code an office mistyped stops the adapter at start-up, naming the file and line, rather than
/// rejecting records later.
/// </summary>
internal sealed partial class SgfCodeLists
{
    public SgfCodeLists(CodeListSource source)
    {
        Offences = source.Load("offences");
        Measures = source.Load("measures");
        Instruments = source.Load("instruments");
        Roles = source.Load("roles");
        DocumentTypes = source.Load("document-types");
        Urgency = source.Load("urgency");
        Reserved = source.Load("reserved");
        RowTypes = source.Load("row-types");
        YesNo = source.Load("yes-no");
        Sexes = source.Load("sexes");
        Languages = source.Load("languages");
        Custody = source.Load("custody");
        UrgencyGrounds = source.Load("urgency-grounds");
        OrderIssuers = source.Load("order-issuers");
        IncidentTypes = source.Load("incident-types");
        SiteTypes = source.Load("site-types");
        Validate();
        RowKinds = new(RowTypes, RowKindOf);
        PersonRoles = new(Roles, PersonRoleOf);
        OrganisationRoles = new(Roles, OrganisationRoleOf);
        DocumentTypeCodes = new(DocumentTypes, DocumentTypeOf);
        MeasureTypes = new(Measures, MeasureTypeOf);
        MeasureRules = new(Measures, RuleOf);
        Liabilities = new(Roles, LiabilityOf);
        InstrumentParties = new(Instruments, PartiesOf);
        IssuingCountries = new(DocumentTypes, IssuingCountryOf);
        OffenceClassifications = new(Offences, e => (e["iccs"], e["provision"]));
    }

    /// <summary><see cref="IssuingCountryOf"/> of each document type.</summary>
    public EntryFacts<string?> IssuingCountries { get; }

    /// <summary>The <c>iccs</c> and <c>provision</c> cells of each offence (null when empty).</summary>
    public EntryFacts<(string? Iccs, string? Provision)> OffenceClassifications { get; }

    /// <summary><see cref="RowKindOf"/> of each row type.</summary>
    public EntryFacts<RowKind> RowKinds { get; }

    /// <summary><see cref="PersonRoleOf"/> of each role.</summary>
    public EntryFacts<PersonRole?> PersonRoles { get; }

    /// <summary><see cref="OrganisationRoleOf"/> of each role.</summary>
    public EntryFacts<OrganisationRole?> OrganisationRoles { get; }

    /// <summary><see cref="DocumentTypeOf"/> of each document type.</summary>
    public EntryFacts<DocumentType> DocumentTypeCodes { get; }

    /// <summary><see cref="MeasureTypeOf"/> of each measure.</summary>
    public EntryFacts<MeasureType> MeasureTypes { get; }

    /// <summary><see cref="RuleOf"/> of each measure.</summary>
    public EntryFacts<MeasureRule> MeasureRules { get; }

    /// <summary><see cref="LiabilityOf"/> of each role.</summary>
    public EntryFacts<LiabilityRegime?> Liabilities { get; }

    /// <summary><see cref="PartiesOf"/> of each instrument: one read-only list shared by every request that cites it.</summary>
    public EntryFacts<IReadOnlyList<string>> InstrumentParties { get; }

    /// <summary>Article code → <c>iccs</c>, <c>provision</c>.</summary>
    public CodeList Offences { get; }

    /// <summary>Measure code → <c>type</c>, <c>targets</c>.</summary>
    public CodeList Measures { get; }

    /// <summary>Legal-basis code → <c>instrument</c>, <c>parties</c>.</summary>
    public CodeList Instruments { get; }

    /// <summary>CONDICION → <c>person</c> role, <c>organisation</c> role.</summary>
    public CodeList Roles { get; }

    /// <summary>TIPO_DOC → <c>type</c>, <c>issuingCountry</c>.</summary>
    public CodeList DocumentTypes { get; }

    /// <summary>URGENCIA → <c>level</c>.</summary>
    public CodeList Urgency { get; }

    /// <summary>RESERVADO → <c>confidential</c>.</summary>
    public CodeList Reserved { get; }

    /// <summary>TIPO_FILA → <c>kind</c>.</summary>
    public CodeList RowTypes { get; }

    /// <summary>SI / NO → <c>value</c> (INTERPRETE, MENOR_EDAD).</summary>
    public CodeList YesNo { get; }

    /// <summary>SEXO → <c>sex</c>.</summary>
    public CodeList Sexes { get; }

    /// <summary>IDIOMA → <c>tag</c> (BCP 47).</summary>
    public CodeList Languages { get; }

    /// <summary>SITUACION_JURIDICA → <c>custody</c>.</summary>
    public CodeList Custody { get; }

    /// <summary>CAUSAL_URGENCIA → <c>ground</c>.</summary>
    public CodeList UrgencyGrounds { get; }

    /// <summary>ORDEN_TIPO → <c>issuer</c>.</summary>
    public CodeList OrderIssuers { get; }

    /// <summary>BIEN_INCIDENTE → <c>incident</c>.</summary>
    public CodeList IncidentTypes { get; }

    /// <summary>BIEN_TIPO_SITIO → <c>site</c>.</summary>
    public CodeList SiteTypes { get; }

    public static MeasureType MeasureTypeOf(CodeListEntry entry) => Parse<MeasureType>(entry, "type");

    /// <summary>The <c>capacity</c>, <c>implied</c> and <c>modality</c> cells of a measure.</summary>
    public static MeasureRule RuleOf(CodeListEntry entry)
    {
        var implied = entry["implied"]?.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        var none = implied is ["none"];
        var roles = new List<PersonRole>();
        var objects = false;
        foreach (var token in none ? [] : implied)
        {
            if (token == "cultural-object") objects = true;
            else if (CanonicalCodes.TryParse<PersonRole>(token, out var role)) roles.Add(role.Value);
            else throw new FormatException($"line {entry.Line}: '{token}' in column implied is not none, cultural-object or a person role ({string.Join(", ", CanonicalCodes.All<PersonRole>())}).");
        }
        return new MeasureRule(ParseOptional<SubjectCapacity>(entry, "capacity"), none, roles, objects, ParseOptional<HearingModality>(entry, "modality"));
    }

    public static LiabilityRegime? LiabilityOf(CodeListEntry entry) => ParseOptional<LiabilityRegime>(entry, "liability");

    public static PersonRole? PersonRoleOf(CodeListEntry entry) => ParseOptional<PersonRole>(entry, "person");

    public static OrganisationRole? OrganisationRoleOf(CodeListEntry entry) => ParseOptional<OrganisationRole>(entry, "organisation");

    public static DocumentType DocumentTypeOf(CodeListEntry entry) => Parse<DocumentType>(entry, "type");

    public static string? IssuingCountryOf(CodeListEntry entry) => entry["issuingCountry"];

    public static UrgencyLevel UrgencyOf(CodeListEntry entry) => Parse<UrgencyLevel>(entry, "level");

    public static bool ConfidentialOf(CodeListEntry entry) => bool.Parse(entry["confidential"] ?? "");

    public static RowKind RowKindOf(CodeListEntry entry) => Parse<RowKind>(entry, "kind");

    public static string InstrumentOf(CodeListEntry entry) => entry["instrument"] ?? "";

    public static IReadOnlyList<string> PartiesOf(CodeListEntry entry) =>
        entry["parties"]?.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    public static T Parse<T>(CodeListEntry entry, string column) where T : struct, Enum =>
        ParseOptional<T>(entry, column) ?? throw new FormatException($"line {entry.Line}: column {column} is empty.");

    public static T? ParseOptional<T>(CodeListEntry entry, string column) where T : struct, Enum
    {
        var code = entry[column];
        if (code is null) return null;
        return CanonicalCodes.TryParse<T>(code, out var value)
            ? value
            : throw new FormatException($"line {entry.Line}: '{code}' in column {column} is not one of {string.Join(", ", CanonicalCodes.All<T>())}.");
    }

    private void Validate()
    {
        Check(Offences, e =>
        {
            if (e["iccs"] is { } iccs && !IccsPattern().IsMatch(iccs))
                throw new FormatException($"line {e.Line}: '{iccs}' is not an ICCS code (2, 4, 5 or 6 digits).");
        });
        Check(Measures, e => _ = (MeasureTypeOf(e), RuleOf(e)));
        Check(Instruments, e =>
        {
            if (!InstrumentPattern().IsMatch(InstrumentOf(e))) throw new FormatException($"line {e.Line}: the instrument must be a lowercase code.");
            if (PartiesOf(e).Any(p => !AlphaTwoPattern().IsMatch(p))) throw new FormatException($"line {e.Line}: parties must be ISO 3166-1 alpha-2 codes.");
        });
        Check(Roles, e => _ = (PersonRoleOf(e), OrganisationRoleOf(e), LiabilityOf(e)));
        Check(DocumentTypes, e =>
        {
            _ = DocumentTypeOf(e);
            if (IssuingCountryOf(e) is { } country && !AlphaTwoPattern().IsMatch(country))
                throw new FormatException($"line {e.Line}: '{country}' is not an ISO 3166-1 alpha-2 code.");
        });
        Check(Urgency, e => _ = UrgencyOf(e));
        Check(Reserved, e =>
        {
            if (!bool.TryParse(e["confidential"], out _)) throw new FormatException($"line {e.Line}: confidential must be true or false.");
        });
        Check(RowTypes, e => _ = RowKindOf(e));
        Check(YesNo, e =>
        {
            if (!bool.TryParse(e["value"], out _)) throw new FormatException($"line {e.Line}: value must be true or false.");
        });
        Check(Sexes, e => _ = Parse<Sex>(e, "sex"));
        Check(Languages, e =>
        {
            if (!LanguagePattern().IsMatch(e["tag"] ?? "")) throw new FormatException($"line {e.Line}: tag must be a BCP 47 language tag.");
        });
        Check(Custody, e => _ = Parse<CustodyStatus>(e, "custody"));
        Check(UrgencyGrounds, e => _ = Parse<UrgencyGround>(e, "ground"));
        Check(OrderIssuers, e => _ = Parse<OrderIssuer>(e, "issuer"));
        Check(IncidentTypes, e => _ = Parse<IncidentType>(e, "incident"));
        Check(SiteTypes, e => _ = Parse<SiteType>(e, "site"));
    }

    private static void Check(CodeList list, Action<CodeListEntry> check)
    {
        foreach (var entry in list.Entries)
        {
            try
            {
                check(entry);
            }
            catch (FormatException exception)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Code list '{list.Name}': {exception.Message}"), exception);
            }
        }
    }

    [GeneratedRegex(@"^\d{2}(\d{2}\d{0,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IccsPattern();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex InstrumentPattern();

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();

    [GeneratedRegex(@"^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex AlphaTwoPattern();
}
