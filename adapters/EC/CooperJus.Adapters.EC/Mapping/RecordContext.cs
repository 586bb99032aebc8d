using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary>
/// The working state of one record (a solicitud or a respuesta) while it is mapped: the record as the SDK's reader
/// opened it (values, views, where problems go), the code lists, and the ids of a solicitud's parties and bienes (to
/// keep refs unique and resolvable). Its helpers read a member, record its lineage and report a located problem.
/// </summary>
internal sealed partial class RecordContext(JsonRecord record, NationalCodeLists lists)
{
    private readonly Dictionary<string, (string Path, RefKind Kind)> _ids = new(StringComparer.Ordinal);

    public JsonRecord Record => record;

    public NationalCodeLists Lists => lists;

    public RecordScope Scope => record.Scope;

    /// <summary>The trimmed text of string member <paramref name="name"/>, lineage <c>copy</c>; null when absent or empty (an error when <paramref name="required"/>).</summary>
    public string? Text(JsonObjectView view, string name, string canonicalPath, bool required = false)
    {
        var at = required ? view.RequiredString(name, canonicalPath) : view.String(name, canonicalPath);
        return at is null ? null : Scope.Text(canonicalPath, at);
    }

    /// <summary>A day-first date member (<c>dd/MM/yyyy</c>); null when absent, empty or (with <c>date.invalid</c>) unreadable.</summary>
    public DateOnly? Date(JsonObjectView view, string name, string canonicalPath) =>
        view.String(name, canonicalPath) is { } at ? Scope.DayFirstDate(canonicalPath, at) : null;

    /// <summary>A country member (name, demonym or code); null when absent, empty or (with <c>country.unknown</c>) unknown.</summary>
    public string? Country(JsonObjectView view, string name, string canonicalPath, bool required = false)
    {
        var at = required ? view.RequiredString(name, canonicalPath) : view.String(name, canonicalPath);
        return at is null ? null : Scope.Country(canonicalPath, at);
    }

    /// <summary>A coded member read through <paramref name="list"/> as the canonical code of <paramref name="column"/>; an unknown code is <c>code-list.unknown</c>.</summary>
    public TEnum? Coded<TEnum>(JsonObjectView view, string name, string canonicalPath, CodeList list, string column, bool required = false) where TEnum : struct, Enum
    {
        var at = required ? view.RequiredString(name, canonicalPath) : view.String(name, canonicalPath);
        if (at is null || string.IsNullOrWhiteSpace(at.Value)) return null;
        var entry = Scope.Lookup(canonicalPath, at, list);
        var value = NationalCodeLists.Canonical<TEnum>(entry, column);
        if (entry is not null && value is null)
            Scope.Error("code-list.unknown", $"'{at.Value}' has no {column} value in code list '{list.Name}': it cannot be used here.", at, canonicalPath);
        return value;
    }

    /// <summary>
    /// The <c>id</c> of a party or bien, kept as the canonical ref so that titulares and sujetos keep pointing at it. A
    /// missing id is <c>required</c>; an id the canonical ref pattern refuses is <c>ec.invalid-id</c>; one used twice
    /// in a solicitud is <c>ec.duplicate-id</c>.
    /// </summary>
    public string? Ref(JsonObjectView view, string canonicalPath, RefKind kind)
    {
        var at = view.RequiredString("id", canonicalPath);
        if (at is null) return null;
        var value = at.Value!.Trim();
        if (!RefPattern().IsMatch(value))
        {
            Scope.Error("ec.invalid-id", $"The id '{at.Value}' may only hold letters, digits, '_', '.' and '-' (at most 64).", at, canonicalPath);
            return null;
        }
        if (!_ids.TryAdd(value, (at.Path ?? "", kind)))
        {
            Scope.Error("ec.duplicate-id", $"The id '{value}' is already used at {_ids[value].Path}: references to it would be ambiguous.", at, canonicalPath);
            return null;
        }
        Scope.Map(canonicalPath, "copy", at);
        return value;
    }

    /// <summary>
    /// The ids of string array member <paramref name="name"/>, each of which must be the id of a party (or, when
    /// <paramref name="assetsToo"/>, of a bien) of the solicitud, else <c>ec.unknown-ref</c>. Lineage is the caller's.
    /// </summary>
    public List<SourceLocation> Refs(JsonObjectView view, string name, string canonicalPath, bool assetsToo)
    {
        var found = new List<SourceLocation>();
        foreach (var item in view.Strings(name, canonicalPath))
        {
            var id = item.Value?.Trim() ?? "";
            if (_ids.TryGetValue(id, out var known) && (assetsToo || known.Kind != RefKind.Asset)) found.Add(item);
            else Scope.Error("ec.unknown-ref", $"'{item.Value}' is the id of no {(assetsToo ? "persona, empresa or bien" : "persona or empresa")} of this solicitud.", item, canonicalPath);
        }
        return found;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex RefPattern();
}
