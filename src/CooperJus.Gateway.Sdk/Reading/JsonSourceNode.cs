using System.Text.Json;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// One JSON value of a record with where it stands in the file: its JSON pointer and line. The framework's
/// <see cref="JsonDocument"/> keeps no positions and silently keeps one of two duplicated properties, and both are
/// needed here (every problem and every lineage entry names pointer and line; duplicates are errors).
/// </summary>
/// <remarks>
/// A record (a Brazilian pedido) has a few hundred values, so a node is kept small: its pointer is built from its parent's the first time
/// it is asked for (containers and unread values never need one), and only objects and arrays hold a member list.
/// </remarks>
public sealed class JsonSourceNode
{
    private JsonSourceNode? _parent;
    private string? _name;
    private int _index;
    private string? _pointer;

    // An object's JsonSourceProperty[] or an array's JsonSourceNode[]: one field, not two, since a node is one or the
    // other (or neither), and a pedido has a few hundred nodes. The node's children are _childCount entries of it from
    // _childStart: the tree's builder lays the children of a pedido's containers side by side in arrays it reuses.
    private object? _children;
    private int _childStart;
    private int _childCount;

    /// <summary>
    /// Makes this node a value at a known pointer (the root of a tree), or, with a <paramref name="parent"/>, its
    /// member <paramref name="name"/> (an object's) or its item <paramref name="index"/> (with a null name, an
    /// array's). Nodes are reused from one pedido to the next (see <see cref="JsonNodePool"/>), so every field is set.
    /// </summary>
    internal void Reset(JsonValueKind kind, JsonSourceNode? parent, string? name, int index, string? pointer, long line, string? text)
    {
        Kind = kind;
        _parent = parent;
        _name = name;
        _index = index;
        _pointer = pointer;
        Line = line;
        Text = text;
        _children = null;
        _childStart = 0;
        _childCount = 0;
    }

    /// <summary>Drops what the node refers to, so that a node kept for later pins no string or node of a past pedido.</summary>
    internal void Clear() => Reset(JsonValueKind.Undefined, null, null, 0, null, 0, null);

    /// <summary>Object, array, string, number, true, false or null.</summary>
    public JsonValueKind Kind { get; private set; }

    /// <summary>RFC 6901 pointer from the file root, for example <c>/pedidos/3/envolvidos/0/cpf</c>.</summary>
    public string Pointer => _pointer ??= _name is not null ? JsonPointer.Member(_parent!.Pointer, _name) : JsonPointer.Item(_parent!.Pointer, _index);

    /// <summary>
    /// For an object member, the pointer of its object (the member's name being the field of its location); for an
    /// array item or a root, its own pointer.
    /// </summary>
    public string ObjectPointer => _name is not null ? _parent!.Pointer : Pointer;

    /// <summary>An array item's index in its array; 0 for an object member or a root.</summary>
    public int Index => _name is null && _parent is not null ? _index : 0;

    /// <summary>1-based line of the value (of its property name, for an object member).</summary>
    public long Line { get; private set; }

    /// <summary>A string's value, a number's literal text, <c>true</c>/<c>false</c>; null for null, objects and arrays.</summary>
    public string? Text { get; private set; }

    /// <summary>An object's members in file order, duplicates included.</summary>
    /// <remarks>
    /// A span, not an interface: the mapping searches it per member asked, and an interface call per step costs. Valid
    /// until the builder that made the node builds its next tree, as the node itself.
    /// </remarks>
    public ReadOnlySpan<JsonSourceProperty> Properties =>
        _children is JsonSourceProperty[] properties ? properties.AsSpan(_childStart, _childCount) : [];

    /// <summary>An array's items in file order.</summary>
    public ReadOnlySpan<JsonSourceNode> Items =>
        _children is JsonSourceNode[] items ? items.AsSpan(_childStart, _childCount) : [];

    /// <summary>The JSON type in words, for messages.</summary>
    public string KindName => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>Sets this object's members, once the object is complete: <paramref name="count"/> entries of <paramref name="store"/> from <paramref name="start"/>.</summary>
    internal void SetProperties(JsonSourceProperty[] store, int start, int count) => SetChildren(store, start, count);

    /// <summary>Sets this array's items, once the array is complete.</summary>
    internal void SetItems(JsonSourceNode[] store, int start, int count) => SetChildren(store, start, count);

    private void SetChildren(object store, int start, int count)
    {
        _children = store;
        _childStart = start;
        _childCount = count;
    }
}
