using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.EC;

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
        AssetTypes = source.Load("asset-types");
        DocumentTypes = source.Load("document-types");
        Sexes = source.Load("sexes");
        Urgency = source.Load("urgency");
        ResponseStatuses = source.Load("response-statuses");
        UseLimitations = source.Load("use-limitations");
        OrderIssuers = source.Load("order-issuers");
        Offences.RequirePattern("iccs", IccsPattern(), optional: true);
        Measures.RequireCodes<MeasureType>("type");
        Roles.RequireCodes<PersonRole>("person", optional: true);
        Roles.RequireCodes<OrganisationRole>("organisation", optional: true);
        AssetTypes.RequireCodes<AssetType>("asset");
        DocumentTypes.RequireCodes<DocumentType>("document");
        Sexes.RequireCodes<Sex>("sex");
        Urgency.RequireCodes<UrgencyLevel>("level");
        ResponseStatuses.RequireCodes<ResponseStatus>("status");
        UseLimitations.RequireCodes<UseLimitationKind>("kind");
        OrderIssuers.RequireCodes<OrderIssuer>("issuer");
    }

    /// <summary>COIP article (<c>COIP-317</c>) → <c>iccs</c>, <c>provision</c>.</summary>
    public CodeList Offences { get; }

    /// <summary>Diligencia code → <c>type</c> (canonical measure type).</summary>
    public CodeList Measures { get; }

    /// <summary>Calidad → <c>person</c> (person role) and <c>organisation</c> (organisation role).</summary>
    public CodeList Roles { get; }

    /// <summary>Tipo of a bien → <c>asset</c>.</summary>
    public CodeList AssetTypes { get; }

    /// <summary>Tipo of a documento → <c>document</c> (canonical type) and <c>name</c> (its national name, when the document gives none).</summary>
    public CodeList DocumentTypes { get; }

    /// <summary>Sexo → <c>sex</c>.</summary>
    public CodeList Sexes { get; }

    /// <summary>Urgencia → <c>level</c>.</summary>
    public CodeList Urgency { get; }

    /// <summary>Estado of a respuesta or resultado → <c>status</c>.</summary>
    public CodeList ResponseStatuses { get; }

    /// <summary>Tipo of a limitación de uso → <c>kind</c>.</summary>
    public CodeList UseLimitations { get; }

    /// <summary>Emisor of the order behind a diligencia → <c>issuer</c>.</summary>
    public CodeList OrderIssuers { get; }

    /// <summary>The canonical code in <paramref name="column"/> of <paramref name="entry"/>, or null when the entry has none.</summary>
    public static TEnum? Canonical<TEnum>(CodeListEntry? entry, string column) where TEnum : struct, Enum =>
        entry?[column] is { } code && CanonicalCodes.TryParse<TEnum>(code, out var value) ? value : null;

    /// <summary>The first national code listed for <paramref name="value"/> in <paramref name="column"/> (what rendering writes), or null.</summary>
    public static string? NationalCode<TEnum>(CodeList list, string column, TEnum value) where TEnum : struct, Enum =>
        list.FindBy(column, CanonicalCodes.ToCode(value))?.Key;

    [GeneratedRegex(@"^\d{2}(\d{2}\d{0,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IccsPattern();
}
