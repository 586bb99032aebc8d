using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>
/// The ids of the response export: <c>NRO_RESPUESTA</c> is either a canonical response id (a UUID, as the gateway
/// writes it back) or SGF's own number, from which a stable id is derived; <c>ID_SOLICITUD</c> must be the canonical
/// id of the request answered, as every request export carries it.
/// </summary>
internal static partial class ResponseIds
{
    /// <summary>The national system named in the derived id, so a response number never yields a request's id.</summary>
    public const string DerivedSystem = "SGF-RESPUESTA";

    /// <summary>Lineage conversion of a response id derived from SGF's number.</summary>
    public const string DerivedConversion = "response-id";

    /// <summary>Lineage conversion of a UUID written in capitals and carried in lowercase.</summary>
    public const string LowercaseConversion = "lowercase";

    /// <summary>The id in lowercase when <paramref name="text"/> is a UUID in the 8-4-4-4-12 form, in either case.</summary>
    public static string? Uuid(string text) => UuidPattern().IsMatch(text) ? text.ToLowerInvariant() : null;

    /// <summary>The stable id of SGF response number <paramref name="number"/>.</summary>
    public static string FromNumber(string number) => RequestIds.FromNationalReference("PE", DerivedSystem, number);

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex UuidPattern();
}
