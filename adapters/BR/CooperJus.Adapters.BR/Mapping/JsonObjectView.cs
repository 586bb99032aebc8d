using System.Text.Json;
using CooperJus.Adapters.BR.Json;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>
/// Typed access to one JSON object of a pedido. Remembers which members were asked for, so that the members nobody
/// asked for can be reported as unknown; reports duplicated members and members of the wrong JSON type as errors.
/// </summary>
internal sealed class JsonObjectView
{
    /// <summary>
    /// Objects up to this many members are searched member by member: a pedido's objects have a handful, and a
    /// dictionary and a set per object cost more to build than the search. Larger objects get them.
    /// </summary>
    private const int LinearSearchLimit = 16;

    private readonly PedidoContext _context;
    private readonly Dictionary<string, JsonSourceNode>? _members;
    private readonly HashSet<string>? _askedNames;
    private readonly bool[]? _asked;

    public JsonObjectView(PedidoContext context, JsonSourceNode node)
    {
        _context = context;
        Node = node;
        var properties = node.Properties;
        if (properties.Count > LinearSearchLimit)
        {
            _members = new Dictionary<string, JsonSourceNode>(properties.Count, StringComparer.Ordinal);
            _askedNames = new HashSet<string>(StringComparer.Ordinal);
        }
        else
        {
            _asked = new bool[properties.Count];
        }
        for (var i = 0; i < properties.Count; i++)
        {
            var (name, value) = properties[i];
            if (_members is not null ? _members.TryAdd(name, value) : IndexOf(name) == i) continue;
            context.Scope.Error("json.duplicate-property",
                $"'{name}' appears more than once in the object at {node.Pointer}; a duplicated property makes the pedido ambiguous.",
                context.Locate(value, name));
        }
    }

    /// <summary>The object's node.</summary>
    public JsonSourceNode Node { get; }

    /// <summary>The object's pointer.</summary>
    public string Pointer => Node.Pointer;

    /// <summary>The members nobody asked for, in file order.</summary>
    public IEnumerable<JsonSourceProperty> Unasked => Node.Properties.Where(p => !WasAsked(p.Name));

    /// <summary>True when the member is present and not JSON null.</summary>
    public bool Has(string name) => Member(name) is { Kind: not JsonValueKind.Null };

    /// <summary>The member's node, or null when absent.</summary>
    public JsonSourceNode? Member(string name)
    {
        if (_members is not null)
        {
            _askedNames!.Add(name);
            return _members.GetValueOrDefault(name);
        }
        var index = IndexOf(name);
        if (index < 0) return null;
        _asked![index] = true;
        return Node.Properties[index].Value;
    }

    /// <summary>The index of the first member named <paramref name="name"/>, or -1.</summary>
    private int IndexOf(string name)
    {
        var properties = Node.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            if (string.Equals(properties[i].Name, name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>True when a member of this name was asked for (a duplicate counts as asked with its first).</summary>
    private bool WasAsked(string name) => _askedNames?.Contains(name) ?? _asked![IndexOf(name)];

    /// <summary>Where a member is, or would be when absent (for <c>required</c> errors).</summary>
    public SourceLocation At(string name) =>
        Member(name) is { } node ? _context.Locate(node, name) : _context.Locate(Node, name) with { Path = JsonPointer.Member(Pointer, name), Value = null };

    /// <summary>A string member as a located value; null when absent or null, or (with an error) of another type.</summary>
    public SourceLocation? String(string name, string canonicalPath) =>
        Typed(name, canonicalPath, JsonValueKind.String, "a string") is { } node ? _context.Locate(node, name) : null;

    /// <summary>A boolean member; null when absent or null, or (with an error) of another type.</summary>
    public (bool Value, SourceLocation At)? Boolean(string name, string canonicalPath)
    {
        var node = Member(name);
        if (node is null || node.Kind == JsonValueKind.Null) return null;
        if (node.Kind is JsonValueKind.True or JsonValueKind.False) return (node.Kind == JsonValueKind.True, _context.Locate(node, name));
        TypeError(node, name, "a boolean (true or false)", canonicalPath);
        return null;
    }

    /// <summary>An object member; null when absent or null, or (with an error) of another type.</summary>
    public JsonObjectView? Object(string name, string canonicalPath) =>
        Typed(name, canonicalPath, JsonValueKind.Object, "an object") is { } node ? _context.Open(node) : null;

    /// <summary>The items of an array member; empty when absent or null, or (with an error) of another type.</summary>
    public IReadOnlyList<JsonSourceNode> Array(string name, string canonicalPath) =>
        Typed(name, canonicalPath, JsonValueKind.Array, "an array") is { } node ? node.Items : [];

    /// <summary>The items of an array of objects; an item of another type is an error and is left out.</summary>
    public IReadOnlyList<JsonObjectView> Objects(string name, string canonicalPath)
    {
        var result = new List<JsonObjectView>();
        foreach (var item in Array(name, canonicalPath))
        {
            if (item.Kind == JsonValueKind.Object) result.Add(_context.Open(item));
            else TypeError(item, name, "an object", canonicalPath);
        }
        return result;
    }

    /// <summary>The items of an array of strings, located; an item of another type is an error and is left out.</summary>
    public IReadOnlyList<SourceLocation> Strings(string name, string canonicalPath)
    {
        var result = new List<SourceLocation>();
        foreach (var item in Array(name, canonicalPath))
        {
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
