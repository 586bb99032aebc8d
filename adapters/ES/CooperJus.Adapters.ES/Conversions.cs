namespace CooperJus.Adapters.ES;

/// <summary>Names of the conversions this adapter records in lineage, beside the SDK's own (copy, day-first-date…).</summary>
internal static class Conversions
{
    /// <summary>A value the adapter sets because the format has no field for it (language, kind, issuing country).</summary>
    public const string AdapterDefault = "adapter-default";

    /// <summary><c>Exportacion/@generada</c>, an ISO 8601 instant with its offset.</summary>
    public const string Instant = "iso-8601-instant";

    /// <summary>
    /// The instant an error about <see cref="Instant"/> shows as expected, in Madrid's summer offset: a time without an
    /// offset is refused rather than guessed as Madrid time, as around the change to and from summer time the guess is wrong.
    /// </summary>
    public const string InstantExample = "2024-05-14T09:30:00+02:00";

    /// <summary>The case reference: <c>Procedimiento/@clase</c>, a space, <c>Procedimiento/@numero</c> ("DP 123/2024").</summary>
    public const string JoinClassAndNumber = "join-class-and-number";

    /// <summary>The full name: <c>Nombre Apellido1 Apellido2</c>, the parts present joined by one space.</summary>
    public const string JoinNames = "join-names";

    /// <summary>A local ref (<c>p1</c>, <c>o1</c>, <c>a1</c>) numbered in order of appearance.</summary>
    public const string SequenceRef = "sequence-ref";

    /// <summary>A value implied by the element itself (a <c>BienCultural</c> is a cultural-object asset).</summary>
    public const string ElementName = "element-name";

    /// <summary>An XML Schema boolean (<c>true</c>, <c>false</c>, <c>1</c>, <c>0</c>).</summary>
    public const string XsBoolean = "xs-boolean";

    /// <summary>A list written in one element, items separated by <c>;</c>.</summary>
    public const string SplitSemicolon = "split-semicolon";

    /// <summary>A hexadecimal digest written in lower case.</summary>
    public const string LowercaseHex = "hex-lowercase";

    /// <summary>A non-negative whole number.</summary>
    public const string Integer = "integer";

    /// <summary>A value that is true because an element is present (<c>AsistenciaAutoridades</c>).</summary>
    public const string ElementPresent = "element-present";

    /// <summary>A measure's subject: the <c>id</c> of an <c>Interviniente</c> or <c>BienCultural</c> resolved to its ref.</summary>
    public const string ResolveId = "resolve-id";

    /// <summary>
    /// A hearing's type, capacity or modality read from the measure code together with the person it concerns
    /// (<c>VIDEOCONFERENCIA</c> of an investigated person is a suspect hearing; the capacity is the person's condición).
    /// </summary>
    public const string HearingOfPerson = "hearing-of-person";
}
