using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.UY.Mapping;

/// <summary>
/// Reads one property of a SIPPAU object through the record's <see cref="RecordScope"/>: the value with its lineage,
/// or a located error. Shared by the request and response mappers.
/// </summary>
internal static class Reads
{
    public static string? Text(RecordScope scope, JsonObjectView view, string name, string path) =>
        view.String(name, path) is { } at ? scope.Text(path, at) : null;

    public static string? RequiredText(RecordScope scope, JsonObjectView view, string name, string path) =>
        view.RequiredString(name, path) is { } at ? scope.Text(path, at) : null;

    public static DateOnly? IsoDate(RecordScope scope, JsonObjectView view, string name, string path) =>
        view.String(name, path) is { } at ? scope.IsoDate(path, at) : null;

    public static string? Country(RecordScope scope, JsonObjectView view, string name, string path) =>
        view.String(name, path) is { } at ? scope.Country(path, at) : null;

    public static DateTimeOffset? Instant(RecordScope scope, JsonObjectView view, string name, string path)
    {
        if (view.RequiredString(name, path) is not { } at) return null;
        if (!Instants.TryParse(at.Value, out var instant))
        {
            scope.Error("date.invalid", $"{name} '{at.Value}' is not an ISO 8601 instant with its offset (2024-03-05T09:30:00-03:00).", at, path);
            return null;
        }
        scope.Map(path, Conversions.Instant, at);
        return instant;
    }

    /// <summary>An amount in Uruguayan writing (<see cref="UruguayanAmounts"/>); lineage at its two leaves.</summary>
    public static MonetaryAmount? Amount(RecordScope scope, JsonObjectView view, string name, string path)
    {
        if (view.String(name, path) is not { } at || string.IsNullOrWhiteSpace(at.Value)) return null;
        if (!UruguayanAmounts.TryParse(at.Value, out var amount, out var error))
        {
            scope.Error("amount.invalid", error, at, path);
            return null;
        }
        scope.Map(path + "/amount", UruguayanAmounts.Conversion, at);
        scope.Map(path + "/currency", UruguayanAmounts.Conversion, at);
        return amount;
    }

    /// <summary>A code looked up in the list of <paramref name="lookup"/> and parsed as the canonical <typeparamref name="TEnum"/> of its column.</summary>
    public static TEnum? Code<TEnum>(RecordScope scope, SourceLocation? at, CodeListLookup lookup, string path) where TEnum : struct, Enum
    {
        if (at is null || string.IsNullOrWhiteSpace(at.Value)) return null;
        if (scope.Lookup(path, at, lookup.List) is not { } entry) return null;
        if (entry[lookup.Column] is { } code && CanonicalCodes.TryParse<TEnum>(code, out var value)) return value;
        scope.Error("code-list.unknown", $"'{at.Value}' has no {lookup.Column} in code list '{lookup.List.Name}'.", at, path);
        return null;
    }

    /// <summary>Ids read as refs (lineage at <c>path/i</c> + <paramref name="leaf"/>): each must name an object of the solicitud (<paramref name="refs"/>).</summary>
    public static List<string> Refs(RecordScope scope, JsonObjectView view, string name, string path, IReadOnlySet<string> refs, string leaf = "")
    {
        var result = new List<string>();
        foreach (var at in view.Strings(name, path))
        {
            var id = at.Value?.Trim();
            if (string.IsNullOrEmpty(id)) continue;
            if (!refs.Contains(id))
            {
                scope.Error("uy.id-unknown", $"{name} names '{id}', which is the id of nothing it may point to in this solicitud.", at, path);
                continue;
            }
            scope.Map($"{path}/{result.Count}{leaf}", Conversions.Copy, at);
            result.Add(id);
        }
        return result;
    }
}
