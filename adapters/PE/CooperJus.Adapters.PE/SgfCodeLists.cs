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
        Validate();
        RowKinds = new(RowTypes, RowKindOf);
        PersonRoles = new(Roles, PersonRoleOf);
        OrganisationRoles = new(Roles, OrganisationRoleOf);
        DocumentTypeCodes = new(DocumentTypes, DocumentTypeOf);
        MeasureTypes = new(Measures, MeasureTypeOf);
        MeasureTargets = new(Measures, TargetsOf);
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

    /// <summary><see cref="TargetsOf"/> of each measure.</summary>
    public EntryFacts<TargetKinds> MeasureTargets { get; }

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

    public static MeasureType MeasureTypeOf(CodeListEntry entry) => Parse<MeasureType>(entry, "type");

    public static TargetKinds TargetsOf(CodeListEntry entry)
    {
        var kinds = entry["targets"]?.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        return kinds.Length == 0 ? TargetKinds.All : kinds.Aggregate(TargetKinds.None, (all, kind) => all | TargetKind(entry, kind));
    }

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

    private static TargetKinds TargetKind(CodeListEntry entry, string kind) => kind switch
    {
        "person" => TargetKinds.Persons,
        "organisation" => TargetKinds.Organisations,
        "asset" => TargetKinds.Assets,
        _ => throw new FormatException($"line {entry.Line}: '{kind}' in column targets is not one of person, organisation, asset."),
    };

    private static T Parse<T>(CodeListEntry entry, string column) where T : struct, Enum =>
        ParseOptional<T>(entry, column) ?? throw new FormatException($"line {entry.Line}: column {column} is empty.");

    private static T? ParseOptional<T>(CodeListEntry entry, string column) where T : struct, Enum
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
        Check(Measures, e => _ = (MeasureTypeOf(e), TargetsOf(e)));
        Check(Instruments, e =>
        {
            if (!InstrumentPattern().IsMatch(InstrumentOf(e))) throw new FormatException($"line {e.Line}: the instrument must be a lowercase code.");
            if (PartiesOf(e).Any(p => !AlphaTwoPattern().IsMatch(p))) throw new FormatException($"line {e.Line}: parties must be ISO 3166-1 alpha-2 codes.");
        });
        Check(Roles, e => _ = (PersonRoleOf(e), OrganisationRoleOf(e)));
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

    [GeneratedRegex(@"^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex AlphaTwoPattern();
}
