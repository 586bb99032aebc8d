using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.CL;

/// <summary>
/// Sums of money as SAF writes them: Chilean pesos with the peso sign, dot thousands and no decimals
/// (<c>$ 12.500.000</c>), any other currency with its ISO 4217 code and a decimal comma (<c>USD 45.000,50</c>).
/// </summary>
/// <remarks>
/// The SDK's <see cref="Amounts"/> refuses a bare <c>$</c>, rightly: it is the sign of every peso and of the dollar.
/// In a Chilean export it means CLP, so this adapter reads it itself and leaves every other form to the SDK.
/// </remarks>
internal static partial class PesoAmounts
{
    /// <summary>Reads an amount in either form.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out MonetaryAmount? amount, [NotNullWhen(false)] out string? error)
    {
        var match = PesoPattern().Match(text.Trim());
        if (match.Success)
        {
            amount = new MonetaryAmount { Amount = TrimLeadingZeros(match.Groups["number"].Value.Replace(".", "", StringComparison.Ordinal)), Currency = "CLP" };
            error = null;
            return true;
        }
        if (text.TrimStart().StartsWith('$'))
        {
            amount = null;
            error = $"'{text}' is not an amount in pesos: '$', then whole pesos with dot thousands ($ 12.500.000); pesos have no decimals.";
            return false;
        }
        return Amounts.TryParse(text, null, out amount, out error);
    }

    /// <summary>Writes an amount as <see cref="TryParse"/> reads it: whole pesos with <c>$</c>, anything else with its ISO code.</summary>
    public static string Format(MonetaryAmount amount)
    {
        if (amount.Currency == "CLP" && long.TryParse(amount.Amount, NumberStyles.None, CultureInfo.InvariantCulture, out var pesos))
            return "$ " + pesos.ToString("#,0", Grouping);
        return Amounts.Format(amount);
    }

    private static readonly NumberFormatInfo Grouping = new() { NumberGroupSeparator = ".", NumberGroupSizes = [3] };

    private static string TrimLeadingZeros(string digits) => digits.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0";

    [GeneratedRegex(@"^\$\s?(?<number>\d{1,3}(\.\d{3})*|\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PesoPattern();
}
