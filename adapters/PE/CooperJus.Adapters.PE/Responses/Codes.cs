using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>Code lookups of the response export, recording lineage or a located <c>code-list.unknown</c>.</summary>
internal static class Codes
{
    /// <summary>A status cell (ESTADO, ESTADO_DILIGENCIA) as a canonical status; empty is <c>required</c> when <paramref name="required"/>.</summary>
    public static ResponseStatus? Status(RecordScope scope, SgfResponseCodeLists lists, string path, SourceLocation at, bool required)
    {
        if (string.IsNullOrWhiteSpace(at.Value))
        {
            if (required) scope.Error("required", $"{at.Field} is required and is empty.", at, path);
            return null;
        }
        return Parse<ResponseStatus>(scope.Lookup(path, at, lists.Statuses), "status");
    }

    /// <summary>The whole cell at <paramref name="at"/> looked up in <paramref name="list"/>; empty gives null.</summary>
    public static TEnum? Cell<TEnum>(RecordScope scope, CodeList list, string column, SourceLocation at, string path) where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(at.Value) ? null : Parse<TEnum>(scope.Lookup(path, at, list), column);

    /// <summary>
    /// One <paramref name="code"/> of a list cell at <paramref name="at"/>: lineage names the cell as written, an unknown
    /// code is <c>code-list.unknown</c> on that cell.
    /// </summary>
    public static TEnum? Find<TEnum>(RecordScope scope, CodeList list, string column, string code, SourceLocation at, string path) where TEnum : struct, Enum
    {
        var entry = list.Find(code);
        if (entry is null)
        {
            scope.Error("code-list.unknown", $"'{code}' in {at.Field} is not in code list '{list.Name}'.", at, path);
            return null;
        }
        scope.Map(path, list.ConversionName, at);
        return Parse<TEnum>(entry, column);
    }

    /// <summary>The national code that writes <paramref name="value"/>: the first entry of <paramref name="list"/> for it.</summary>
    public static string? National<TEnum>(CodeList list, string column, TEnum value) where TEnum : struct, Enum =>
        list.FindBy(column, CanonicalCodes.ToCode(value))?.Key;

    private static TEnum? Parse<TEnum>(CodeListEntry? entry, string column) where TEnum : struct, Enum =>
        CanonicalCodes.TryParse<TEnum>(entry?[column], out var value) ? value : null;
}
