using System.Text.Json;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// Typed access to one JSON object of a record. Remembers which members were asked for (or declared known), so that
/// the others can be reported as unknown (<see cref="JsonRecord.ReportUnknownProperties"/>); reports duplicated members
/// (<c>json.duplicate-property</c>) and members of the wrong JSON type (<c>json.type</c>) as errors, each located by
/// its object's pointer, its line and its name.
/// </summary>
/// <remarks>
/// Views are reused from one record to the next: a view with its asked flags (and the root object's index) was about
/// 2 KB of the 57.5 KB a Brazilian pedido's read allocated, garbage once it was mapped. A view is valid as long as its
/// <see cref="JsonRecord"/>.
/// </remarks>
public sealed class JsonObjectView
{
    /// <summary>
    /// Objects up to this many members are searched member by member: a record's objects usually have a handful, and a
    /// dictionary per object costs more to build than the search. Larger objects get one, from name to first index.
    /// </summary>
    private const int LinearSearchLimit = 16;

    /// <summary>
    /// Members of the largest object whose asked flags and index are kept for the next object: a Brazilian pedido's
    /// largest, its root, has about twenty; an object of thousands must not leave arrays that size behind.
    /// </summary>
    internal const int MaxKeptMembers = 256;

    // Set by Open for each object viewed; null only while the view is free in its pool.
    private JsonRecord _context = null!;

    /// <summary>A view, opened by its record for each object it views.</summary>
    internal JsonObjectView()
    {
    }

    /// <summary>From name to first index, for an object of more than <see cref="LinearSearchLimit"/> members.</summary>
    private Dictionary<string, int>? _indexes;

    /// <summary>Whether <see cref="_indexes"/> holds the current object's members.</summary>
    private bool _indexed;

    /// <summary>Which members were asked for, by index (a duplicate's first); may be longer than the object.</summary>
    private bool[] _asked = [];

    /// <summary>
    /// Views <paramref name="node"/>, an object of <paramref name="context"/>, and reports its duplicated members.
    /// </summary>
    internal void Open(JsonRecord context, JsonSourceNode node)
    {
        _context = context;
        Node = node;
        var properties = node.Properties;
        ResetAsked(properties.Length);
        _indexed = properties.Length > LinearSearchLimit;
        if (_indexed) _indexes ??= new Dictionary<string, int>(properties.Length, StringComparer.Ordinal);
        for (var i = 0; i < properties.Length; i++)
        {
            var (name, value) = properties[i];
            if (_indexed ? _indexes!.TryAdd(name, i) : IndexOfText(name) == i) continue;
            context.Scope.Error("json.duplicate-property",
                $"'{name}' appears more than once in the object at {node.Pointer}; a duplicated property makes the {context.RecordNoun} ambiguous.",
                context.Locate(value, name));
        }
    }

    /// <summary>Frees the view once its record is mapped: it keeps no node, name or context of that record.</summary>
    internal void Close()
    {
        _context = null!;
        Node = null!;
        if (_asked.Length > MaxKeptMembers) _asked = [];
        if (_indexed && _indexes!.EnsureCapacity(0) > MaxKeptMembers) _indexes = null;
        else if (_indexed) _indexes!.Clear();
        _indexed = false;
    }

    private void ResetAsked(int count)
    {
        if (_asked.Length < count) _asked = new bool[count];
        else _asked.AsSpan(0, count).Clear();
    }

    /// <summary>The object's node.</summary>
    public JsonSourceNode Node { get; private set; } = null!;

    /// <summary>The object's pointer.</summary>
    public string Pointer => Node.Pointer;

    /// <summary>The members nobody asked for, in file order.</summary>
    public IEnumerable<JsonSourceProperty> Unasked
    {
        get
        {
            for (var i = 0; i < Node.Properties.Length; i++)
            {
                var property = Node.Properties[i];
                if (!WasAsked(i, property.Name)) yield return property;
            }
        }
    }

    /// <summary>True when every member was asked for: the usual case, where <see cref="Unasked"/> need not run.</summary>
    public bool AllAsked => !_asked.AsSpan(0, Node.Properties.Length).Contains(false);

    /// <summary>
    /// Declares members that are known though not read here (a property the layout defines and this adapter ignores):
    /// they are not reported as unknown. Members that are asked for need no declaring.
    /// </summary>
    public void Declare(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            var index = IndexOf(name);
            if (index >= 0) _asked[index] = true;
        }
    }

    /// <summary>True when the member is present and not JSON null.</summary>
    public bool Has(string name) => Member(name) is { Kind: not JsonValueKind.Null };

    /// <summary>The member's node, or null when absent.</summary>
    public JsonSourceNode? Member(string name)
    {
        var index = IndexOf(name);
        if (index < 0) return null;
        _asked[index] = true;
        return Node.Properties[index].Value;
    }

    /// <summary>The index of the first member named <paramref name="name"/>, or -1.</summary>
    private int IndexOf(string name) => _indexed ? _indexes!.GetValueOrDefault(name, -1) : IndexOfText(name);

    /// <summary>The index of the first member whose name is <paramref name="name"/>, searched member by member, or -1.</summary>
    private int IndexOfText(string name)
    {
        var properties = Node.Properties;
        for (var i = 0; i < properties.Length; i++)
        {
            if (string.Equals(properties[i].Name, name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>
    /// True when member <paramref name="index"/>, named <paramref name="name"/>, was asked for (a duplicate counts as
    /// asked with its first). A member asked for is always the first of its name, so the search only runs for the others.
    /// </summary>
    private bool WasAsked(int index, string name) => _asked[index] || _asked[IndexOf(name)];

    /// <summary>Where a member is, or would be when absent (for <c>required</c> errors).</summary>
    public SourceLocation At(string name) =>
        Member(name) is { } node ? _context.Locate(node, name) : _context.Missing(Node, name);

    /// <summary>A string member as a located value; null when absent or null, or (with an error) of another type.</summary>
    public SourceLocation? String(string name, string canonicalPath) =>
        Typed(name, canonicalPath, JsonValueKind.String, "a string") is { } node ? _context.Locate(node, name) : null;

    /// <summary>
    /// A string member that must be there: null, with a <c>required</c> error located at this object and naming the
    /// member, when it is absent, null or blank (or, with a <c>json.type</c> error, of another type).
    /// </summary>
    public SourceLocation? RequiredString(string name, string canonicalPath)
    {
        var at = String(name, canonicalPath);
        if (at is not null && !string.IsNullOrWhiteSpace(at.Value)) return at;
        if (at is not null || !Has(name)) _context.Scope.Error("required", $"{name} is required.", At(name), canonicalPath);
        return null;
    }

    /// <summary>A boolean member; null when absent or null, or (with an error) of another type.</summary>
    public (bool Value, SourceLocation At)? Boolean(string name, string canonicalPath)
    {
        var node = Member(name);
        if (node is null || node.Kind == JsonValueKind.Null) return null;
        if (node.Kind is JsonValueKind.True or JsonValueKind.False) return (node.Kind == JsonValueKind.True, _context.Locate(node, name));
        TypeError(node, name, "a boolean (true or false)", canonicalPath);
        return null;
    }

    /// <summary>A number member as a located value (its text as written); null when absent or null, or (with an error) of another type.</summary>
    public SourceLocation? Number(string name, string canonicalPath) =>
        Typed(name, canonicalPath, JsonValueKind.Number, "a number") is { } node ? _context.Locate(node, name) : null;

    /// <summary>An object member; null when absent or null, or (with an error) of another type.</summary>
    public JsonObjectView? Object(string name, string canonicalPath) =>
        Typed(name, canonicalPath, JsonValueKind.Object, "an object") is { } node ? _context.Open(node) : null;

    /// <summary>The items of an array member; empty when absent or null, or (with an error) of another type.</summary>
    public ReadOnlySpan<JsonSourceNode> Array(string name, string canonicalPath) =>
        Typed(name, canonicalPath, JsonValueKind.Array, "an array") is { } node ? node.Items : [];

    /// <summary>The items of an array of objects; an item of another type is an error and is left out.</summary>
    public List<JsonObjectView> Objects(string name, string canonicalPath)
    {
        var items = Array(name, canonicalPath);
        var result = new List<JsonObjectView>(items.Length);
        // Indexed, not foreach: an enumerator over the interface would be one more object per call.
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item.Kind == JsonValueKind.Object) result.Add(_context.Open(item));
            else TypeError(item, name, "an object", canonicalPath);
        }
        return result;
    }

    /// <summary>The items of an array of strings, located; an item of another type is an error and is left out.</summary>
    public List<SourceLocation> Strings(string name, string canonicalPath)
    {
        var items = Array(name, canonicalPath);
        var result = new List<SourceLocation>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item.Kind == JsonValueKind.String) result.Add(_context.Locate(item, name));
            else TypeError(item, name, "a string", canonicalPath);
        }
        return result;
    }

    private JsonSourceNode? Typed(string name, string canonicalPath, JsonValueKind kind, string expected)
    {
        var node = Member(name);
        if (node is null || node.Kind == JsonValueKind.Null) return null;
        if (node.Kind == kind) return node;
        TypeError(node, name, expected, canonicalPath);
        return null;
    }

    private void TypeError(JsonSourceNode node, string name, string expected, string canonicalPath) =>
        _context.Scope.Error("json.type", $"{node.Pointer} must be {expected}, not {node.KindName}.", _context.Locate(node, name), canonicalPath);
}
