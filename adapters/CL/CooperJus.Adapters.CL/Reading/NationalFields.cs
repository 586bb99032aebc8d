namespace CooperJus.Adapters.CL.Reading;

/// <summary>
/// The fields of one national record, by the names the SAF export gives them, in the order the renderer writes
/// them. Rename them to the export's own names and add the ones the export has; README.md lists them.
/// </summary>
internal static class NationalFields
{
    /// <summary>The national request number: identifies the record.</summary>
    public const string Reference = "reference";

    /// <summary>The national case (file) number.</summary>
    public const string Case = "case";

    /// <summary>The requesting office.</summary>
    public const string Office = "office";

    /// <summary>When the record was created (RFC 3339 with offset).</summary>
    public const string Created = "created";

    /// <summary>The requested country: name, demonym or ISO code.</summary>
    public const string RequestedCountry = "requestedCountry";

    /// <summary>Summary of the facts.</summary>
    public const string Summary = "summary";

    /// <summary>National offence codes, separated by <see cref="ListSeparator"/>.</summary>
    public const string Offences = "offences";

    /// <summary>National measure codes, separated by <see cref="ListSeparator"/>.</summary>
    public const string Measures = "measures";

    /// <summary>Full name of the person concerned.</summary>
    public const string PersonName = "personName";

    /// <summary>National role of that person.</summary>
    public const string PersonRole = "personRole";

    /// <summary>Separates the codes of a list field.</summary>
    public const char ListSeparator = '|';

    /// <summary>Every field, in the order written.</summary>
    public static readonly IReadOnlyList<string> All =
        [Reference, Case, Office, Created, RequestedCountry, Summary, Offences, Measures, PersonName, PersonRole];

    /// <summary>Fields a record must have (an empty value is rule <c>required</c>).</summary>
    public static readonly IReadOnlyList<string> Required = [Reference, Case, Created, RequestedCountry, Summary];

    /// <summary>True when <paramref name="name"/> is one of <see cref="All"/> (ordinal: the export's names are exact).</summary>
    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
