using System.Text.Json;

namespace CooperJus.Adapters.BR.Json;

/// <summary>
/// One JSON value of a pedido with where it stands in the file: its JSON pointer and line. The framework's
/// <see cref="JsonDocument"/> keeps no positions and silently keeps one of two duplicated properties, and both are
/// needed here (every problem and every lineage entry names pointer and line; duplicates are errors).
/// </summary>
/// <remarks>
/// A pedido has a few hundred values, so a node is kept small: its pointer is built from its parent's the first time
/// it is asked for (containers and unread values never need one), and only objects and arrays hold a member list.
/// </remarks>
internal sealed class JsonSourceNode
{
    private readonly JsonSourceNode? _parent;
    private readonly string? _name;
    private readonly int _index;
    private string? _pointer;

    // An object's JsonSourceProperty[] or an array's JsonSourceNode[]: one field, not two, since a node is one or the
    // other (or neither), and a pedido has a few hundred nodes.
    private object? _children;

    /// <summary>A value at a known pointer: the root of a tree.</summary>
    public JsonSourceNode(JsonValueKind kind, string pointer, long line, string? text)
    {
        Kind = kind;
        _pointer = pointer;
        Line = line;
        Text = text;
    }

    /// <summary>
    /// Member <paramref name="name"/> of object <paramref name="parent"/>, or (with a null name) item
    /// <paramref name="index"/> of array <paramref name="parent"/>.
    /// </summary>
    public JsonSourceNode(JsonValueKind kind, JsonSourceNode parent, string? name, int index, long line, string? text)
    {
        Kind = kind;
        _parent = parent;
        _name = name;
        _index = index;
        Line = line;
        Text = text;
    }

    /// <summary>Object, array, string, number, true, false or null.</summary>
    public JsonValueKind Kind { get; }

    /// <summary>RFC 6901 pointer from the file root, for example <c>/pedidos/3/envolvidos/0/cpf</c>.</summary>
    public string Pointer => _pointer ??= _name is not null ? JsonPointer.Member(_parent!.Pointer, _name) : JsonPointer.Item(_parent!.Pointer, _index);

    /// <summary>
    /// For an object member, the pointer of its object (the member's name being the field of its location); for an
    /// array item or a root, its own pointer.
    /// </summary>
    public string ObjectPointer => _name is not null ? _parent!.Pointer : Pointer;

    /// <summary>1-based line of the value (of its property name, for an object member).</summary>
    public long Line { get; }

    /// <summary>A string's value, a number's literal text, <c>true</c>/<c>false</c>; null for null, objects and arrays.</summary>
    public string? Text { get; }

    /// <summary>An object's members in file order, duplicates included.</summary>
    /// <remarks>An array, not an interface: the mapping searches it per member asked, and an interface call per step costs.</remarks>
    public JsonSourceProperty[] Properties => _children as JsonSourceProperty[] ?? [];

    /// <summary>An array's items in file order.</summary>
    public JsonSourceNode[] Items => _children as JsonSourceNode[] ?? [];

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

    /// <summary>Sets this object's members, once the object is complete (one array of the exact size).</summary>
    public void SetProperties(JsonSourceProperty[] properties) => _children = properties;

    /// <summary>Sets this array's items, once the array is complete.</summary>
    public void SetItems(JsonSourceNode[] items) => _children = items;
}
