using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.CL;

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
        Offences.RequirePattern("iccs", IccsPattern(), optional: true);
        Measures.RequireCodes<MeasureType>("type");
        Roles.RequireCodes<PersonRole>("role");
    }

    /// <summary>National offence code → <c>iccs</c> (UNODC ICCS), <c>provision</c>.</summary>
    public CodeList Offences { get; }

    /// <summary>National measure code → <c>type</c> (canonical measure type).</summary>
    public CodeList Measures { get; }

    /// <summary>National role of a person → <c>role</c> (canonical person role).</summary>
    public CodeList Roles { get; }

    [GeneratedRegex(@"^\d{2}(\d{2}\d{0,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IccsPattern();
}
