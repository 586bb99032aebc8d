using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary>
/// Amounts as SIAF writes them: US dollars with decimal comma and dot thousands, <c>USD 12.500,50</c> or
/// <c>$ 1.234,56</c>. The SDK refuses a bare <c>$</c> (it is the sign of every peso too); in Ecuador, dollarised since
/// 2000, it can only mean the US dollar, so the adapter reads it so. Any other currency is written with its ISO code.
/// </summary>
internal static class DollarAmounts
{
    /// <summary>The amount, with lineage <c>decimal-comma-amount</c> at its leaves; null when empty or, with <c>amount.invalid</c>, unreadable.</summary>
    public static MonetaryAmount? Read(RecordScope scope, string path, SourceLocation at)
    {
        var text = at.Value?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (!text.StartsWith('$')) return scope.Amount(path, at);
        if (!Amounts.TryParse(NationalDefaults.Currency + " " + text[1..].TrimStart(), null, out var amount, out var error))
        {
            scope.Error("amount.invalid", error.Replace(NationalDefaults.Currency + " ", "$ ", StringComparison.Ordinal), at, path);
            return null;
        }
        scope.Map(path + "/amount", Amounts.Conversion, at);
        scope.Map(path + "/currency", Amounts.Conversion, at);
        return amount;
    }

    /// <summary>Writes an amount as <see cref="Read"/> reads it back: the ISO code, then the number with decimal comma.</summary>
    public static string Format(MonetaryAmount amount) => Amounts.Format(amount, null);
}
