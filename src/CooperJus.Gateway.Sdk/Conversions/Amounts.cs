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

    /// <summary>
    /// The ISO 4217 codes accepted when written out: every active currency and fund code (so a request about an
    /// account in AUD or RUB is not refused), without the precious metals and the testing and "no currency" codes.
    /// </summary>
    public static IReadOnlySet<string> IsoCodes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
        "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF",
        "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB",
        "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HRK", "HTG", "HUF",
        "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD",
        "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU",
        "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
        "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD",
        "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY",
        "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST",
        "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
    };

    /// <summary>
    /// Parses an amount. When the text carries no currency, <paramref name="defaultCurrency"/> is used if given,
    /// otherwise it is an error: a sum of money without a currency means nothing abroad.
    /// </summary>
    public static bool TryParse(string? text, string? defaultCurrency, [NotNullWhen(true)] out MonetaryAmount? amount, [NotNullWhen(false)] out string? error)
    {
        amount = null;
        string written, number;
        if (text is not null && TrySplitPlain(text, out var prefixLength, out var numberStart))
        {
            written = text[..prefixLength];
            number = text[numberStart..];
        }
        else
        {
            var match = AmountPattern().Match(text ?? "");
            if (!match.Success)
            {
                error = BareDollarPattern().IsMatch(text ?? "")
                    ? $"'$' in '{text}' does not say which currency: it is the sign of every peso and of the US dollar; write the ISO 4217 code (USD, CLP, MXN...)."
                    : $"'{text}' is not an amount (expected a currency and a number with decimal comma, such as 'S/ 12.500,50').";
                return false;
            }
            written = match.Groups["pre"].Success ? match.Groups["pre"].Value : match.Groups["post"].Value;
            number = match.Groups["number"].Value;
        }
        return TryBuild(text!, written, number, defaultCurrency, out amount, out error);
    }

    private static bool TryBuild(string text, string written, string number, string? defaultCurrency, [NotNullWhen(true)] out MonetaryAmount? amount, [NotNullWhen(false)] out string? error)
    {
        amount = null;
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
        amount = new MonetaryAmount { Amount = ToInvariant(number), Currency = currency };
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

    /// <summary>
    /// The fast path of <see cref="TryParse"/>: a symbol or three ASCII letters, at most one space, then a number in one
    /// of the pattern's two forms, and nothing around them (<c>R$ 785.000,00</c>, <c>EUR 1.150.000,00</c>, <c>12,5</c>).
    /// For such text the pattern finds the same currency (its alternatives are tried in this order) and the same
    /// number; anything else is left to the pattern, which also words the error.
    /// </summary>
    private static bool TrySplitPlain(string text, out int prefixLength, out int numberStart)
    {
        prefixLength = PlainPrefixLength(text);
        numberStart = prefixLength;
        if (numberStart < text.Length && text[numberStart] == ' ' && prefixLength > 0) numberStart++;
        return IsPlainNumber(text.AsSpan(numberStart));
    }

    private static int PlainPrefixLength(string text)
    {
        if (text.Length >= 3 && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]) && char.IsAsciiLetter(text[2])) return 3;
        foreach (var symbol in PlainSymbols)
        {
            if (text.StartsWith(symbol, StringComparison.Ordinal)) return symbol.Length;
        }
        return 0;
    }

    // The pattern's symbol alternatives, longest first where one starts another (S/. before S/), so that the prefix
    // taken here is the one the pattern's match ends up with.
    private static readonly string[] PlainSymbols = ["S/.", "S/", "R$", "US$", "€", "£", "₲", "B/.", "Q", "L"];

    /// <summary><c>[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?</c> or <c>[0-9]+(,[0-9]+)?</c>, the whole span.</summary>
    private static bool IsPlainNumber(ReadOnlySpan<char> number)
    {
        var i = 0;
        while (i < number.Length && char.IsAsciiDigit(number[i])) i++;
        if (i == 0) return false;
        if (i < number.Length && number[i] == '.')
        {
            if (i > 3) return false;
            while (i < number.Length && number[i] == '.')
            {
                if (i + 4 > number.Length || !char.IsAsciiDigit(number[i + 1]) || !char.IsAsciiDigit(number[i + 2]) || !char.IsAsciiDigit(number[i + 3])) return false;
                i += 4;
            }
        }
        if (i == number.Length) return true;
        if (number[i] != ',' || i + 1 == number.Length) return false;
        for (i++; i < number.Length; i++)
        {
            if (!char.IsAsciiDigit(number[i])) return false;
        }
        return true;
    }

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

    // [0-9], not \d: \d also matches Arabic-Indic or full-width digits, which would leak into the canonical amount.
    [GeneratedRegex(@"^\s*(?:(?<pre>[A-Za-z]{3}|S/\.?|R\$|US\$|€|£|₲|B/\.|Q|L)\s*)?(?<number>[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?)(?:\s*(?<post>[A-Za-z]{3}|€))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^\s*\$\s*[0-9.,]+\s*$|^\s*[0-9.,]+\s*\$\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareDollarPattern();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalPattern();
}
