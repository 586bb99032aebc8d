using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Conversions;

/// <summary>
/// Sums of money as Latin American and Spanish exports write them: decimal comma, dot thousands, a currency symbol or
/// ISO 4217 code before or after (<c>S/ 12.500,50</c>, <c>USD 3.000</c>, <c>R$ 1.234.567,89</c>, <c>1.000,00 €</c>).
/// The canonical amount is a decimal string with a dot and no grouping, so no precision is lost to floating point.
/// </summary>
public static partial class Amounts
{
    /// <summary>Conversion name recorded in lineage.</summary>
    public const string Conversion = "decimal-comma-amount";

    /// <summary>Currency symbols understood when parsing. A bare <c>$</c> is not here: it means a different peso in each country.</summary>
    public static IReadOnlyDictionary<string, string> Symbols { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["S/"] = "PEN", ["S/."] = "PEN", ["R$"] = "BRL", ["US$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["₲"] = "PYG", ["Q"] = "GTQ", ["L"] = "HNL", ["B/."] = "PAB",
    };

    /// <summary>The ISO 4217 codes accepted when written out (the region's currencies and the usual reserve currencies).</summary>
    public static IReadOnlySet<string> IsoCodes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "PEN", "BRL", "CLP", "CLF", "USD", "EUR", "GTQ", "HNL", "PAB", "PYG", "UYU", "UYI", "CUP", "COP", "MXN", "ARS", "BOB", "VES", "CRC", "NIO", "DOP", "GBP", "CHF", "JPY", "CNY", "CAD",
    };

    /// <summary>
    /// Parses an amount. When the text carries no currency, <paramref name="defaultCurrency"/> is used if given,
    /// otherwise it is an error: a sum of money without a currency means nothing abroad.
    /// </summary>
    public static bool TryParse(string? text, string? defaultCurrency, [NotNullWhen(true)] out MonetaryAmount? amount, [NotNullWhen(false)] out string? error)
    {
        amount = null;
        var match = AmountPattern().Match(text ?? "");
        if (!match.Success)
        {
            error = $"'{text}' is not an amount (expected a currency and a number with decimal comma, such as 'S/ 12.500,50').";
            return false;
        }
        var written = match.Groups["pre"].Success ? match.Groups["pre"].Value : match.Groups["post"].Value;
        string? currency;
        if (written.Length == 0) currency = defaultCurrency;
        else if (!TryCurrency(written, out currency))
        {
            error = $"'{written}' in '{text}' is not a known currency symbol or ISO 4217 code.";
            return false;
        }
        if (currency is null)
        {
            error = $"'{text}' has no currency.";
            return false;
        }
        amount = new MonetaryAmount { Amount = ToInvariant(match.Groups["number"].Value), Currency = currency };
        error = null;
        return true;
    }

    /// <summary>
    /// Writes an amount the way national exports do: the symbol from <paramref name="symbols"/> (currency → symbol)
    /// or else the ISO code, a space, then dot thousands and decimal comma.
    /// </summary>
    public static string Format(MonetaryAmount amount, IReadOnlyDictionary<string, string>? symbols = null)
    {
        ArgumentNullException.ThrowIfNull(amount);
        var prefix = symbols is not null && symbols.TryGetValue(amount.Currency, out var symbol) ? symbol : amount.Currency;
        return $"{prefix} {ToDecimalComma(amount.Amount)}";
    }

    /// <summary>True when <paramref name="amount"/> is a canonical decimal string (<c>1234.5</c>, no grouping, not negative).</summary>
    public static bool IsCanonical(string amount) => CanonicalPattern().IsMatch(amount);

    private static bool TryCurrency(string written, [NotNullWhen(true)] out string? currency)
    {
        if (Symbols.TryGetValue(written, out currency)) return true;
        var upper = written.ToUpperInvariant();
        currency = IsoCodes.Contains(upper) ? upper : null;
        return currency is not null;
    }

    private static string ToInvariant(string number)
    {
        var plain = number.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        var trimmed = plain.TrimStart('0');
        return trimmed.Length == 0 || trimmed[0] == '.' ? "0" + trimmed : trimmed;
    }

    private static string ToDecimalComma(string canonical)
    {
        var parts = canonical.Split('.');
        var integer = parts[0];
        var grouped = new StringBuilder();
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0) grouped.Append('.');
            grouped.Append(integer[i]);
        }
        return parts.Length > 1 ? $"{grouped},{parts[1]}" : grouped.ToString();
    }

    [GeneratedRegex(@"^\s*(?:(?<pre>[A-Za-z]{3}|S/\.?|R\$|US\$|€|£|₲|B/\.|Q|L)\s*)?(?<number>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s*(?<post>[A-Za-z]{3}|€))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^(0|[1-9]\d*)(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalPattern();
}
