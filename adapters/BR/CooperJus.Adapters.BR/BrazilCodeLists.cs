using System.Collections.Concurrent;
using CooperJus.Adapters.BR.Conversions;
using CooperJus.Adapters.BR.Mapping;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR;

/// <summary>
/// The adapter's code lists (files in <c>codelists/</c>), loaded once and checked: every canonical code they name must
/// be one the model knows, so a typo in an office's override file stops the adapter at start-up instead of producing
/// documents that fail validation one by one.
/// </summary>
internal sealed partial class BrazilCodeLists
{
    public const string InstrumentColumn = "instrument";
    public const string PartiesColumn = "parties";
    public const string LevelColumn = "level";
    public const string PersonColumn = "person";
    public const string OrganisationColumn = "organisation";
    public const string AssetColumn = "asset";
    public const string MeasureColumn = "measure";
    public const string IccsColumn = "iccs";
    public const string KeyColumn = "key";
    public const string ModalityColumn = "modality";
    public const string DocumentColumn = "document";
    public const string IdentifierColumn = "identifier";
    public const string IssuerColumn = "issuer";
    public const string GroundColumn = "ground";
    public const string ChannelColumn = "channel";
    public const string SexColumn = "sex";
    public const string CustodyColumn = "custody";
    public const string LiabilityColumn = "liability";
    public const string LanguageColumn = "language";
    public const string TypeColumn = "type";
    public const string CopyColumn = "copy";
    public const string IncidentColumn = "incident";
    public const string SiteColumn = "site";

    /// <summary>Distinct (diploma, artigo) pairs whose codes are remembered; beyond that they are computed each time.</summary>
    private const int MaxRememberedOffences = 4096;

    /// <summary>The statute key of the environmental crimes law, the only one under which a company answers criminally in Brazil.</summary>
    private const string EnvironmentalCrimesKey = "Lei 9605/1998";

    private readonly ConcurrentDictionary<(string Diploma, string? Artigo), (string NationalCode, string LookupKey)> _offenceCodes = new();

    /// <summary>Capacity by measure type and kind of alvo (<see cref="AlvoKind"/>), from <c>subject-capacities.csv</c>.</summary>
    private readonly SubjectCapacity?[,] _capacities = new SubjectCapacity?[Enum.GetValues<MeasureType>().Length, 3];

    public BrazilCodeLists(CodeListSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Instruments = source.Load("instruments");
        Urgency = source.Load("urgency");
        Roles = source.Load("roles");
        AssetTypes = source.Load("asset-types");
        Measures = source.Load("measures");
        Offences = source.Load("offences");
        Diplomas = source.Load("diplomas");
        SubjectCapacities = source.Load("subject-capacities");
        BankDocuments = source.Load("bank-documents");
        TelecomIdentifiers = source.Load("telecom-identifiers");
        HearingModalities = source.Load("hearing-modalities");
        OrderIssuers = source.Load("order-issuers");
        UrgencyGrounds = source.Load("urgency-grounds");
        Channels = source.Load("channels");
        Sexes = source.Load("sexes");
        Custody = source.Load("custody");
        Liability = source.Load("liability");
        Languages = source.Load("languages");
        AttachmentTypes = source.Load("attachment-types");
        CopyKinds = source.Load("copy-kinds");
        IncidentTypes = source.Load("incident-types");
        SiteTypes = source.Load("site-types");
        Urgency.RequireCodes<UrgencyLevel>(LevelColumn);
        Roles.RequireCodes<PersonRole>(PersonColumn, optional: true);
        Roles.RequireCodes<OrganisationRole>(OrganisationColumn, optional: true);
        AssetTypes.RequireCodes<AssetType>(AssetColumn);
        Measures.RequireCodes<MeasureType>(MeasureColumn);
        Measures.RequireCodes<HearingModality>(ModalityColumn, optional: true);
        CheckCapacities();
        BankDocuments.RequireCodes<BankDocumentType>(DocumentColumn);
        TelecomIdentifiers.RequireCodes<TelecomIdentifierType>(IdentifierColumn);
        HearingModalities.RequireCodes<HearingModality>(ModalityColumn);
        OrderIssuers.RequireCodes<OrderIssuer>(IssuerColumn);
        UrgencyGrounds.RequireCodes<UrgencyGround>(GroundColumn);
        Channels.RequireCodes<ChannelKind>(ChannelColumn);
        Sexes.RequireCodes<Sex>(SexColumn);
        Custody.RequireCodes<CustodyStatus>(CustodyColumn);
        Liability.RequireCodes<LiabilityRegime>(LiabilityColumn);
        Languages.RequirePattern(LanguageColumn, LanguageTag());
        AttachmentTypes.RequireCodes<AttachmentType>(TypeColumn);
        CopyKinds.RequireCodes<CopyKind>(CopyColumn);
        IncidentTypes.RequireCodes<IncidentType>(IncidentColumn);
        SiteTypes.RequireCodes<SiteType>(SiteColumn);
        CheckInstruments();
    }

    /// <summary>fundamentos → legal basis instrument (and parties).</summary>
    public CodeList Instruments { get; }

    /// <summary>urgencia → urgency level.</summary>
    public CodeList Urgency { get; }

    /// <summary>papel → person role and organisation role.</summary>
    public CodeList Roles { get; }

    /// <summary>bens[].tipo → asset type.</summary>
    public CodeList AssetTypes { get; }

    /// <summary>diligencias[].tipo → measure type.</summary>
    public CodeList Measures { get; }

    /// <summary>offence key → ICCS.</summary>
    public CodeList Offences { get; }

    /// <summary>statute as written → statute key.</summary>
    public CodeList Diplomas { get; }

    /// <summary>canonical measure type → the capacity of a person, organisation or asset alvo.</summary>
    public CodeList SubjectCapacities { get; }

    /// <summary>diligencias[].bancario.documentos → bank document type.</summary>
    public CodeList BankDocuments { get; }

    /// <summary>diligencias[].telefonia.identificadores[].tipo → telecom identifier type.</summary>
    public CodeList TelecomIdentifiers { get; }

    /// <summary>diligencias[].oitiva.modalidade → hearing modality.</summary>
    public CodeList HearingModalities { get; }

    /// <summary>diligencias[].ordem.tipo → who issued the national order.</summary>
    public CodeList OrderIssuers { get; }

    /// <summary>motivosUrgencia → urgency grounds.</summary>
    public CodeList UrgencyGrounds { get; }

    /// <summary>canal.tipo → channel kind.</summary>
    public CodeList Channels { get; }

    /// <summary>envolvidos[].sexo → sex.</summary>
    public CodeList Sexes { get; }

    /// <summary>envolvidos[].situacaoPrisional → custody status.</summary>
    public CodeList Custody { get; }

    /// <summary>empresas[].responsabilidade → liability regime.</summary>
    public CodeList Liability { get; }

    /// <summary>envolvidos[].idiomas → BCP 47 language tags.</summary>
    public CodeList Languages { get; }

    /// <summary>anexos[].tipo → attachment type.</summary>
    public CodeList AttachmentTypes { get; }

    /// <summary>anexos[].via → copy kind.</summary>
    public CodeList CopyKinds { get; }

    /// <summary>bens[].ocorrencia.tipo → incident type.</summary>
    public CodeList IncidentTypes { get; }

    /// <summary>bens[].ocorrencia.tipoLocal → site type.</summary>
    public CodeList SiteTypes { get; }

    /// <summary>
    /// The capacity of an alvo of <paramref name="kind"/> in a measure of <paramref name="type"/>, from a table built
    /// once at load: a pedido has a few alvos per diligência, and looking each up by text would cost a string apiece.
    /// </summary>
    public SubjectCapacity? Capacity(MeasureType type, AlvoKind kind) => _capacities[(int)type, (int)kind];

    /// <summary>
    /// True when one of the offences (national codes, <c>diploma artigo</c>) is an environmental crime (Lei 9.605/1998),
    /// the only crimes for which a company answers criminally in Brazil: the reader refuses a criminal liability
    /// without one, and the renderer leaves such a liability out rather than write a pedido the reader refuses.
    /// </summary>
    public bool CitesEnvironmentalCrime(IEnumerable<string> nationalCodes)
    {
        foreach (var nationalCode in nationalCodes)
        {
            var (diploma, artigo) = OffenceKeys.Split(nationalCode);
            if (OffenceCodes(diploma, artigo).LookupKey.StartsWith(EnvironmentalCrimesKey, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// The national code and the lookup key of an offence (<see cref="OffenceKeys"/>), remembered per statute and
    /// article as written: an export cites the same few offences over and over, and each key takes regular expressions.
    /// </summary>
    public (string NationalCode, string LookupKey) OffenceCodes(string diploma, string? artigo)
    {
        if (_offenceCodes.TryGetValue((diploma, artigo), out var codes)) return codes;
        codes = (OffenceKeys.NationalCode(diploma, artigo), OffenceKeys.LookupKey(diploma, artigo, Diplomas));
        if (_offenceCodes.Count < MaxRememberedOffences) _offenceCodes.TryAdd((diploma, artigo), codes);
        return codes;
    }

    /// <summary>The canonical value in <paramref name="column"/> of <paramref name="entry"/> (checked at load).</summary>
    public static TEnum? Canonical<TEnum>(CodeListEntry? entry, string column) where TEnum : struct, Enum =>
        CanonicalCodes.TryParse<TEnum>(entry?[column], out var value) ? value : null;

    /// <summary>The national code that renders <paramref name="value"/>: the first row that maps to it.</summary>
    public static string? NationalCode<TEnum>(CodeList list, string column, TEnum value) where TEnum : struct, Enum =>
        list.FindBy(column, CanonicalCodes.ToCode(value))?.Key;

    /// <summary>The parties of a bilateral-treaty row.</summary>
    public static IReadOnlyList<string> Parties(CodeListEntry entry) =>
        entry[PartiesColumn]?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>Every row of <c>subject-capacities</c> is keyed by a canonical measure type and names canonical capacities.</summary>
    private void CheckCapacities()
    {
        foreach (var entry in SubjectCapacities.Entries)
        {
            if (!CanonicalCodes.TryParse<MeasureType>(entry.Key, out _))
                throw new FormatException($"Code list '{SubjectCapacities.Name}' line {entry.Line}: '{entry.Key}' is not a canonical measure type.");
        }
        string[] columns = [PersonColumn, OrganisationColumn, AssetColumn];
        foreach (var column in columns) SubjectCapacities.RequireCodes<SubjectCapacity>(column, optional: true);
        foreach (var entry in SubjectCapacities.Entries)
        {
            var type = CanonicalCodes.TryParse<MeasureType>(entry.Key, out var parsed) ? parsed!.Value : default;
            for (var kind = 0; kind < columns.Length; kind++) _capacities[(int)type, kind] ??= Canonical<SubjectCapacity>(entry, columns[kind]);
        }
    }

    private void CheckInstruments()
    {
        foreach (var entry in Instruments.Entries)
        {
            var instrument = entry[InstrumentColumn];
            if (instrument is null || !instrument.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
                throw new FormatException($"Code list '{Instruments.Name}' line {entry.Line}: '{instrument}' is not a lowercase instrument code.");
            if (Parties(entry).Any(p => p.Length != 2 || !p.All(char.IsAsciiLetterUpper)))
                throw new FormatException($"Code list '{Instruments.Name}' line {entry.Line}: parties must be ISO alpha-2 codes separated by '|'.");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LanguageTag();
}
