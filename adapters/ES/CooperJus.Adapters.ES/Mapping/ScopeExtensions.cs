using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary>Small additions to <see cref="RecordScope"/> that every part of the Fortuny mapping needs.</summary>
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

    /// <summary>
    /// An <c>xs:boolean</c> (<c>true</c>, <c>false</c>, <c>1</c>, <c>0</c>); empty gives null; anything else is an
    /// error (<c>xml.invalid-value</c>).
    /// </summary>
    public static bool? Boolean(this RecordScope scope, string canonicalPath, SourceLocation at)
    {
        if (at.Trimmed() is not { } text) return null;
        bool? value = text.ToLowerInvariant() switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => null,
        };
        if (value is null) scope.Error("xml.invalid-value", $"{at.Field} is '{at.Value}': it must be true or false.", at, canonicalPath);
        else scope.Map(canonicalPath, Conversions.XsBoolean, at);
        return value;
    }

    /// <summary>A code looked up in <paramref name="list"/>, as the enum of <paramref name="column"/>; empty gives null.</summary>
    public static TEnum? Coded<TEnum>(this RecordScope scope, string canonicalPath, SourceLocation at, CodeList list, string column) where TEnum : struct, Enum =>
        at.Trimmed() is null ? null : scope.Lookup(canonicalPath, at, list)?.Canonical<TEnum>(column);

    /// <summary>The trimmed value, or null when empty or absent.</summary>
    public static string? Trimmed(this SourceLocation at) => string.IsNullOrWhiteSpace(at.Value) ? null : at.Value.Trim();
}
