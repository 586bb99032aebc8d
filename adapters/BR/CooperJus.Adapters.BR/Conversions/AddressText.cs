using System.Text;
using System.Text.RegularExpressions;

namespace CooperJus.Adapters.BR.Conversions;

/// <summary>
/// Brazilian postal addresses: the structured <c>endereco</c> of the layout joined into the one line the canonical
/// model carries (<c>Rua Augusta, 1500, conj. 12 - Consolação, São Paulo - SP, CEP 01304-001</c>), and back as far as
/// the line allows.
/// </summary>
internal static partial class AddressText
{
    /// <summary>Conversion name recorded in lineage.</summary>
    public const string Conversion = "join-address";

    /// <summary>Joins the parts that are present, in the order Brazilian addresses are written.</summary>
    public static string Compose(string? street, string? number, string? complement, string? district, string? city, string? state, string? postalCode)
    {
        var text = new StringBuilder();
        Append(text, "", street);
        Append(text, ", ", number);
        Append(text, ", ", complement);
        Append(text, " - ", district);
        Append(text, ", ", city);
        Append(text, city is null ? ", " : " - ", state);
        Append(text, ", ", postalCode is null ? null : "CEP " + postalCode);
        return text.ToString();
    }

    /// <summary>
    /// Splits a composed line back into street part, city, state and postal code, when it ends with
    /// <c>, {city}[ - UF][, CEP …]</c>; otherwise the whole line is the street part.
    /// </summary>
    public static (string Street, string? City, string? State, string? PostalCode) Decompose(string text, string? city)
    {
        if (city is not null)
        {
            var at = text.LastIndexOf(", " + city, StringComparison.Ordinal);
            if (at > 0)
            {
                var tail = Tail().Match(text[(at + 2 + city.Length)..]);
                if (tail.Success)
                    return (text[..at], city, Group(tail, "uf"), Group(tail, "cep"));
            }
        }
        return (text, city, null, null);
    }

    private static string? Group(Match match, string name) => match.Groups[name].Success ? match.Groups[name].Value : null;

    private static void Append(StringBuilder text, string separator, string? part)
    {
        if (string.IsNullOrEmpty(part)) return;
        if (text.Length > 0) text.Append(separator);
        text.Append(part);
    }

    [GeneratedRegex(@"^(?: - (?<uf>[A-Z]{2}))?(?:, CEP (?<cep>.+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Tail();
}
