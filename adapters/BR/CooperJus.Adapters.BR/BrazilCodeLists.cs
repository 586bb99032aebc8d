using System.Collections.Concurrent;
using CooperJus.Adapters.BR.Conversions;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR;

/// <summary>
/// The adapter's code lists (files in <c>codelists/</c>), loaded once and checked: every canonical code they name must
/// be one the model knows, so a typo in an office's override file stops the adapter at start-up instead of producing
/// documents that fail validation one by one.
/// </summary>
internal sealed class BrazilCodeLists
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

    /// <summary>Distinct (diploma, artigo) pairs whose codes are remembered; beyond that they are computed each time.</summary>
    private const int MaxRememberedOffences = 4096;

    private readonly ConcurrentDictionary<(string Diploma, string? Artigo), (string NationalCode, string LookupKey)> _offenceCodes = new();

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
        Urgency.RequireCodes<UrgencyLevel>(LevelColumn);
        Roles.RequireCodes<PersonRole>(PersonColumn, optional: true);
        Roles.RequireCodes<OrganisationRole>(OrganisationColumn, optional: true);
        AssetTypes.RequireCodes<AssetType>(AssetColumn);
        Measures.RequireCodes<MeasureType>(MeasureColumn);
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
}
