namespace CooperJus.Adapters.CL;

/// <summary>Names of the conversions this adapter records in lineage, beside the SDK's own (copy, day-first-date…).</summary>
internal static class Conversions
{
    /// <summary>A value the adapter sets because the format has no field for it (language, kind, issuing country).</summary>
    public const string AdapterDefault = "adapter-default";

    /// <summary><c>Solicitud/@ingreso</c>, <c>Respuesta/@fecha</c>: an ISO 8601 instant with its offset.</summary>
    public const string Instant = "iso-8601-instant";

    /// <summary>
    /// The instant an error about <see cref="Instant"/> shows as expected, in Santiago's winter offset: a time without
    /// an offset is refused rather than guessed, as Chile changes its offset twice a year (UTC−04:00 and UTC−03:00) and
    /// Magallanes keeps UTC−03:00.
    /// </summary>
    public const string InstantExample = "2024-05-14T09:30:00-04:00";

    /// <summary>The full name: <c>Nombres ApellidoPaterno ApellidoMaterno</c>, the parts present joined by one space.</summary>
    public const string JoinNames = "join-names";

    /// <summary><c>familyNames</c> from <c>ApellidoPaterno</c> and <c>ApellidoMaterno</c>, the non-empty ones in that order.</summary>
    public const string FamilyNameColumns = "family-name-columns";

    /// <summary>An address text joined from <c>Calle</c>, <c>Numero</c>, <c>Comuna</c> and <c>Region</c>.</summary>
    public const string JoinAddress = "join-address";

    /// <summary>A local ref (<c>p1</c>, <c>o1</c>, <c>a1</c>) numbered in order of appearance.</summary>
    public const string SequenceRef = "sequence-ref";

    /// <summary>A value implied by the element that holds the data (a <c>RUN</c> is a national id issued by Chile).</summary>
    public const string ImpliedByField = "implied-by-field";

    /// <summary>A value implied by the element itself (a <c>BienCultural</c> is a cultural-object asset; a <c>Plazo</c> an execute deadline).</summary>
    public const string ElementName = "element-name";

    /// <summary>A list written in one element, items separated by <c>;</c>.</summary>
    public const string SplitSemicolon = "split-semicolon";

    /// <summary>A subject or holder: the <c>@id</c> of a party or asset of the same <c>Solicitud</c>, resolved to its ref.</summary>
    public const string ResolveId = "resolve-id";

    /// <summary>A RUC (Rol Único de Causa) whose mod-11 check character was verified.</summary>
    public const string RucChecked = "ruc-checked";

    /// <summary>A court RIT (<c>C-1234-2024</c>) whose form was verified.</summary>
    public const string RitChecked = "rit-checked";

    /// <summary>An amount in Chilean pesos written <c>$ 12.500.000</c> (dot thousands, no decimals), read as CLP.</summary>
    public const string PesoAmount = "peso-amount";

    /// <summary>The stable response id computed from <c>Respuesta/@folio</c>.</summary>
    public const string ResponseId = "response-id";

    /// <summary><c>Resultado/@diligencia</c>, the measure's number from 1, made the zero-based <c>measureIndex</c>.</summary>
    public const string OneBasedNumber = "one-based-number";

    /// <summary>A UUID written in lower-case hexadecimal (the gateway's request and response ids).</summary>
    public const string LowercaseHex = "hex-lowercase";

    /// <summary>An XML Schema boolean (<c>true</c>, <c>false</c>, <c>1</c>, <c>0</c>).</summary>
    public const string XsBoolean = "xs-boolean";

    /// <summary>A non-negative whole number (an attachment's <c>bytes</c>).</summary>
    public const string Integer = "integer";
}
