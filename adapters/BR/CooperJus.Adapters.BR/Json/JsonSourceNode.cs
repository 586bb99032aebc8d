using System.Text.Json;

namespace CooperJus.Adapters.BR.Json;

/// <summary>
/// One JSON value of a pedido with where it stands in the file: its JSON pointer and line. The framework's
/// <see cref="JsonDocument"/> keeps no positions and silently keeps one of two duplicated properties, and both are
/// needed here (every problem and every lineage entry names pointer and line; duplicates are errors).
/// </summary>
internal sealed class JsonSourceNode
{
    public JsonSourceNode(JsonValueKind kind, string pointer, long line, string? text)
    {
        Kind = kind;
        Pointer = pointer;
        Line = line;
        Text = text;
    }

    /// <summary>Object, array, string, number, true, false or null.</summary>
    public JsonValueKind Kind { get; }

    /// <summary>RFC 6901 pointer from the file root, for example <c>/pedidos/3/envolvidos/0/cpf</c>.</summary>
    public string Pointer { get; }

    /// <summary>1-based line of the value (of its property name, for an object member).</summary>
    public long Line { get; }

    /// <summary>A string's value, a number's literal text, <c>true</c>/<c>false</c>; null for null, objects and arrays.</summary>
    public string? Text { get; }

    /// <summary>An object's members in file order, duplicates included.</summary>
    public List<JsonSourceProperty> Properties { get; } = [];

    /// <summary>An array's items in file order.</summary>
    public List<JsonSourceNode> Items { get; } = [];

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
}
