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

    /// <summary>The trimmed value, or null when empty or absent.</summary>
    public static string? Trimmed(this SourceLocation at) => string.IsNullOrWhiteSpace(at.Value) ? null : at.Value.Trim();
}
