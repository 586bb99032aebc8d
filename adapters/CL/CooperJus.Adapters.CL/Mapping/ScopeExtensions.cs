using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.CL.Mapping;

/// <summary>Small additions to <see cref="RecordScope"/> that every part of the SAF mapping needs.</summary>
internal static class ScopeExtensions
{
    /// <summary>Looks a code up; an empty value is <c>required</c> rather than an unknown code.</summary>
    public static CodeListEntry? RequiredLookup(this RecordScope scope, string canonicalPath, SourceLocation at, CodeList list)
    {
        if (!string.IsNullOrWhiteSpace(at.Value)) return scope.Lookup(canonicalPath, at, list);
        scope.Error("required", $"{at.Field} is required and is empty.", at, canonicalPath);
        return null;
    }

    /// <summary>The canonical code in <paramref name="column"/> of an entry, as an enum value (checked when the list was loaded).</summary>
    public static TEnum Canonical<TEnum>(this CodeListEntry entry, string column) where TEnum : struct, Enum =>
        CanonicalCodes.TryParse<TEnum>(entry[column], out var value)
            ? value.Value
            : throw new InvalidOperationException($"Code list entry '{entry.Key}' (line {entry.Line}) has no valid '{column}'; lists are checked when loaded.");

    /// <summary>A code looked up in <paramref name="list"/>, as the enum of <paramref name="column"/>; empty gives null.</summary>
    public static TEnum? Coded<TEnum>(this RecordScope scope, string canonicalPath, SourceLocation at, CodeList list, string column) where TEnum : struct, Enum =>
        at.Trimmed() is null ? null : scope.Lookup(canonicalPath, at, list)?.Canonical<TEnum>(column);

    /// <summary>The trimmed value, or null when empty or absent.</summary>
    public static string? Trimmed(this SourceLocation at) => string.IsNullOrWhiteSpace(at.Value) ? null : at.Value.Trim();

    /// <summary>An ISO 8601 instant with its offset (<see cref="Dates.TryParseInstant"/>); empty is <c>required</c>, unreadable <c>date.invalid</c>.</summary>
    public static DateTimeOffset? RequiredInstant(this RecordScope scope, string canonicalPath, SourceLocation at)
    {
        if (at.Trimmed() is null)
        {
            scope.Error("required", $"{at.Field} is required and is empty.", at, canonicalPath);
            return null;
        }
        if (!Dates.TryParseInstant(at.Value, out var instant, out var error, Conversions.InstantExample))
        {
            scope.Error("date.invalid", $"{at.Field}: {error}", at, canonicalPath);
            return null;
        }
        scope.Map(canonicalPath, Conversions.Instant, at);
        return instant;
    }

    /// <summary>
    /// An amount: pesos as <c>$ 12.500.000</c> (lineage <c>peso-amount</c>), any other currency through the SDK
    /// (<c>USD 45.000,50</c>, lineage <c>decimal-comma-amount</c>), whatever does not start with <c>$</c>; empty gives null, unreadable <c>amount.invalid</c>.
    /// </summary>
    public static MonetaryAmount? Money(this RecordScope scope, string canonicalPath, SourceLocation at)
    {
        if (at.Trimmed() is not { } text) return null;
        if (!text.StartsWith('$')) return scope.Amount(canonicalPath, at);
        if (!PesoAmounts.TryParse(text, out var amount, out var error))
        {
            scope.Error("amount.invalid", error, at, canonicalPath);
            return null;
        }
        scope.Map(canonicalPath + "/amount", Conversions.PesoAmount, at);
        scope.Map(canonicalPath + "/currency", Conversions.PesoAmount, at);
        return amount;
    }
}
