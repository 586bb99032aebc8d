using System.Diagnostics.CodeAnalysis;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.UY.Mapping;

/// <summary>
/// Amounts as Uruguay writes them: <c>$ 1.250.000,50</c> in pesos uruguayos, <c>U$S 25.000</c> in US dollars, or an
/// ISO 4217 code before the number (<c>EUR 3.000,00</c>), dot thousands and decimal comma.
/// </summary>
/// <remarks>
/// The SDK refuses a bare <c>$</c> because it is the sign of every peso; in a Uruguayan export it can only mean the peso
/// uruguayo, so the adapter reads it (and <c>U$S</c>, which the SDK does not know) before handing the rest to the SDK.
/// </remarks>
internal static class UruguayanAmounts
{
    public const string Conversion = Amounts.Conversion;

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal) { ["UYU"] = "$", ["USD"] = "U$S" };

    public static bool TryParse(string? text, [NotNullWhen(true)] out MonetaryAmount? amount, [NotNullWhen(false)] out string? error)
    {
        var trimmed = text?.Trim() ?? "";
        var normalized = trimmed.StartsWith("U$S", StringComparison.OrdinalIgnoreCase) ? "USD " + trimmed[3..].TrimStart()
            : trimmed.StartsWith("$U", StringComparison.Ordinal) ? "UYU " + trimmed[2..].TrimStart()
            : trimmed.StartsWith('$') ? "UYU " + trimmed[1..].TrimStart()
            : trimmed;
        if (Amounts.TryParse(normalized, null, out amount, out error)) return true;
        error = $"'{text}' is not an amount: write '$ 1.250.000,50' (pesos uruguayos), 'U$S 25.000,00' (US dollars) or an ISO 4217 code and the number.";
        return false;
    }

    /// <summary>Writes an amount as <see cref="TryParse"/> reads it: <c>$</c> for UYU, <c>U$S</c> for USD, else the ISO code.</summary>
    public static string Format(MonetaryAmount amount) => Amounts.Format(amount, Symbols);
}
