using CooperJus.Gateway.Sdk.Reading;
using System.Globalization;
using System.Text.RegularExpressions;
using CooperJus.Adapters.BR.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>
/// The working state of one pedido while it is mapped: the record scope (lineage and problems), the code lists, the
/// file header, every object opened (to report unknown members at the end) and the ids seen (to keep refs unique).
/// </summary>
internal sealed partial class PedidoContext
{
    /// <summary>The prefix of the ref given to a bem without an id, before its index in <c>bens</c>.</summary>
    public const string PositionalPrefix = "bens.";

    /// <summary>The lineage conversion of such a ref.</summary>
    public const string PositionalConversion = "ref-from-position";

    private readonly Dictionary<string, (string Path, AlvoKind Kind)> _refs = new(StringComparer.Ordinal);

    /// <summary>A pedido's context over <paramref name="record"/>, the pedido as the SDK's reader gives it.</summary>
    public PedidoContext(JsonRecord record, BrazilCodeLists lists, UnicoHeader header)
    {
        Record = record;
        Lists = lists;
        Header = header;
    }

    /// <summary>The pedido as read: its values, its views, where its problems go.</summary>
    public JsonRecord Record { get; }

    public string FileName => Record.FileName;

    public BrazilCodeLists Lists { get; }

    public UnicoHeader Header { get; }

    public RecordScope Scope => Record.Scope;

    /// <summary>Where <paramref name="node"/>, member <paramref name="field"/>, is (see <see cref="JsonRecord.Locate"/>).</summary>
    public SourceLocation Locate(JsonSourceNode node, string field) => Record.Locate(node, field);

    /// <summary>Where member <paramref name="field"/> of <paramref name="container"/> would be: for a member that is missing.</summary>
    public SourceLocation Missing(JsonSourceNode container, string field) => Record.Missing(container, field);

    /// <summary>Opens an object for typed reading; its unasked members are reported by <see cref="JsonRecord.ReportUnknownProperties"/>.</summary>
    public JsonObjectView Open(JsonSourceNode node) => Record.Open(node);

    /// <summary>
    /// The trimmed text of string member <paramref name="name"/>, recording lineage <c>copy</c> to
    /// <paramref name="canonicalPath"/>; null when absent or empty, which is an error when <paramref name="required"/>.
    /// </summary>
    public string? Text(JsonObjectView view, string name, string canonicalPath, bool required = false)
    {
        var at = view.String(name, canonicalPath);
        if (at is not null) return required ? Scope.RequiredText(canonicalPath, at) : Scope.Text(canonicalPath, at);
        if (required && !view.Has(name)) Scope.Error("required", $"{name} is required.", view.At(name), canonicalPath);
        return null;
    }

    /// <summary>The located string member <paramref name="name"/>, or a <c>required</c> error when it is absent.</summary>
    public SourceLocation? RequiredString(JsonObjectView view, string name, string canonicalPath) => view.RequiredString(name, canonicalPath);

    /// <summary>
    /// The trimmed, non-blank items of string array member <paramref name="name"/>, with one lineage entry
    /// <c>copy</c> from all of them to <paramref name="canonicalPath"/> (an array of scalars) when there is any.
    /// </summary>
    public string[] CopyStrings(JsonObjectView view, string name, string canonicalPath)
    {
        var items = view.Strings(name, canonicalPath);
        var count = 0;
        foreach (var item in items)
        {
            if (!string.IsNullOrWhiteSpace(item.Value)) count++;
        }
        if (count == 0) return [];
        var sources = new SourceLocation[count];
        var values = new string[count];
        var next = 0;
        foreach (var item in items)
        {
            if (string.IsNullOrWhiteSpace(item.Value)) continue;
            sources[next] = item;
            values[next++] = item.Value.Trim();
        }
        Scope.Map(canonicalPath, "copy", sources);
        return values;
    }

    /// <summary>
    /// Takes an envolvido, empresa or bem id as the canonical ref. Ids are kept as written so that diligencias and
    /// titulares keep pointing at them; one id used twice in a pedido, or an id the canonical ref pattern refuses, is an error.
    /// </summary>
    public string? Ref(JsonObjectView view, string canonicalPath, AlvoKind kind)
    {
        var id = view.String("id", canonicalPath);
        if (id is null || string.IsNullOrWhiteSpace(id.Value))
        {
            // The export lists no id for a bem: nothing refers to a bem the export did not name, so it is named by its place.
            if (kind == AlvoKind.Asset) return PositionalRef(view, canonicalPath);
            // Located only when missing: most ids are there.
            var missingAt = view.At("id");
            Scope.Error("required", $"{missingAt.Field} is required: diligencias and titulares refer to it.", missingAt, canonicalPath);
            return null;
        }
        var value = id.Value.Trim();
        if (!RefPattern().IsMatch(value))
        {
            Scope.Error("br.invalid-id", $"The id '{id.Value}' may only hold letters, digits, '_', '.' and '-' (at most 64).", id, canonicalPath);
            return null;
        }
        if (!_refs.TryAdd(value, (id.Path ?? "", kind)))
        {
            Scope.Error("br.duplicate-id", $"The id '{value}' is already used at {_refs[value].Path}: references to it would be ambiguous.", id, canonicalPath);
            return null;
        }
        Scope.Map(canonicalPath, "copy", id);
        return value;
    }

    /// <summary>
    /// The ref of a bem without an id: <c>bens.</c> and its index in <c>bens</c>, as its pointer has it
    /// (<c>/pedidos/0/bens/2</c> is <c>bens.2</c>), so that the same file always gives the same refs. A declared id
    /// already holding that ref is <c>br.duplicate-id</c>, as any id used twice.
    /// </summary>
    private string? PositionalRef(JsonObjectView view, string canonicalPath)
    {
        var at = Missing(view.Node, "id");
        var value = string.Create(CultureInfo.InvariantCulture, $"{PositionalPrefix}{view.Node.Index}");
        if (!_refs.TryAdd(value, (view.Pointer, AlvoKind.Asset)))
        {
            Scope.Error("br.duplicate-id", $"This bem has no id, and the ref '{value}' its place gives it is already used at {_refs[value].Path}: references to it would be ambiguous.", at, canonicalPath);
            return null;
        }
        // The ref comes from the bem's place, not from a field: its lineage names the bem's object only.
        Scope.Map(canonicalPath, PositionalConversion, at with { Field = null });
        return value;
    }

    /// <summary>Whether <paramref name="id"/> is the id of an envolvido, an empresa or a bem of the pedido; null when it is none.</summary>
    public AlvoKind? KindOf(string id) => _refs.TryGetValue(id, out var known) ? known.Kind : null;

    /// <summary>A boolean member, recording lineage <c>copy</c> to <paramref name="canonicalPath"/>; null when absent.</summary>
    public bool? Flag(JsonObjectView view, string name, string canonicalPath)
    {
        var flag = view.Boolean(name, canonicalPath);
        if (flag is not { } given) return null;
        Scope.Map(canonicalPath, "copy", given.At);
        return given.Value;
    }

    /// <summary>An ISO date member (<c>yyyy-MM-dd</c>), recording lineage to <paramref name="canonicalPath"/>; null when absent or unreadable.</summary>
    public DateOnly? Date(JsonObjectView view, string name, string canonicalPath)
    {
        var at = view.String(name, canonicalPath);
        return at is null || string.IsNullOrWhiteSpace(at.Value) ? null : Scope.IsoDate(canonicalPath, at);
    }

    /// <summary>
    /// A coded member looked up in <paramref name="list"/> and read as the canonical code in <paramref name="column"/>;
    /// null when absent or blank; an unknown code is <c>code-list.unknown</c>.
    /// </summary>
    public TEnum? Coded<TEnum>(JsonObjectView view, string name, string canonicalPath, CodeList list, string column) where TEnum : struct, Enum
    {
        var at = view.String(name, canonicalPath);
        return at is null || string.IsNullOrWhiteSpace(at.Value) ? null : BrazilCodeLists.Canonical<TEnum>(Scope.Lookup(canonicalPath, at, list), column);
    }

    /// <summary>A coded member looked up in <paramref name="list"/>, read as the text in <paramref name="column"/> (a language tag); null when absent.</summary>
    public string? Coded(JsonObjectView view, string name, string canonicalPath, CodeList list, string column)
    {
        var at = view.String(name, canonicalPath);
        return at is null || string.IsNullOrWhiteSpace(at.Value) ? null : Scope.Lookup(canonicalPath, at, list)?[column];
    }

    /// <summary>
    /// The codes of string array member <paramref name="name"/> looked up in <paramref name="list"/>, each unknown one
    /// <c>code-list.unknown</c>; one lineage entry to the array's path (an array of scalars), from every item.
    /// </summary>
    public IReadOnlyList<TEnum> CodedList<TEnum>(JsonObjectView view, string name, string canonicalPath, CodeList list, string column) where TEnum : struct, Enum
    {
        // Most pedidos leave these lists out: asking first spares the empty list Strings would build.
        if (!view.Has(name)) return [];
        var items = view.Strings(name, canonicalPath);
        if (items.Count == 0) return [];
        var result = new List<TEnum>(items.Count);
        foreach (var item in items)
        {
            if (string.IsNullOrWhiteSpace(item.Value)) continue;
            var entry = list.Find(item.Value);
            if (entry is null) Scope.Error("code-list.unknown", $"'{item.Value}' is not in code list '{list.Name}'.", item, canonicalPath);
            else if (BrazilCodeLists.Canonical<TEnum>(entry, column) is { } code) result.Add(code);
        }
        if (result.Count > 0) Scope.Map(canonicalPath, list.ConversionName, [.. items]);
        return result;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex RefPattern();
}
