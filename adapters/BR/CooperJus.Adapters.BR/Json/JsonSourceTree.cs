using System.Text.Json;
using CooperJus.Adapters.BR.Reading;

namespace CooperJus.Adapters.BR.Json;

/// <summary>
/// Builds the <see cref="JsonSourceNode"/> tree of one complete JSON value (a pedido, already checked for syntax by
/// the streaming scanner), with pointers and lines. Iterative, so nesting cannot overflow the stack.
/// </summary>
internal static class JsonSourceTree
{
    /// <summary>
    /// Builds the tree of <paramref name="json"/>, which starts at <paramref name="pointer"/> on line
    /// <paramref name="firstLine"/> and whose own container sits at nesting level <paramref name="level"/> of the file
    /// (the root object is level 1). A container nested deeper than <paramref name="maxLevel"/> fails the build.
    /// </summary>
    public static JsonSourceNode Build(ReadOnlySpan<byte> json, string pointer, long firstLine, int level, int maxLevel)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: true, new JsonReaderState(new JsonReaderOptions { MaxDepth = PedidoScanner.ReaderMaxDepth }));
        var open = new Stack<JsonSourceNode>();
        JsonSourceNode? root = null;
        string? name = null;
        long nameLine = 0;
        var line = firstLine;
        var counted = 0;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            line += json[counted..start].Count((byte)'\n');
            counted = start;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    name = ReadString(ref reader, open.Peek().Pointer, line);
                    nameLine = line;
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    open.Pop();
                    continue;
            }
            var parent = open.Count == 0 ? null : open.Peek();
            var node = CreateNode(ref reader, parent, name, parent?.Kind == JsonValueKind.Object ? nameLine : line, pointer);
            if (parent is null) root = node;
            else if (parent.Kind == JsonValueKind.Object) parent.Add(new JsonSourceProperty(name!, node));
            else parent.Add(node);
            if (node.Kind is JsonValueKind.Object or JsonValueKind.Array)
            {
                if (level + open.Count > maxLevel)
                    throw new JsonSourceException("json.too-deep", $"The JSON nests deeper than {maxLevel} levels here; the layout never needs more than a few.", node.Pointer, line);
                open.Push(node);
            }
        }
        return root ?? throw new JsonSourceException("json.invalid", "The value is empty.", pointer, firstLine);
    }

    private static JsonSourceNode CreateNode(ref Utf8JsonReader reader, JsonSourceNode? parent, string? name, long line, string rootPointer)
    {
        var (kind, text) = reader.TokenType switch
        {
            JsonTokenType.StartObject => (JsonValueKind.Object, null),
            JsonTokenType.StartArray => (JsonValueKind.Array, null),
            JsonTokenType.String => (JsonValueKind.String, ReadString(ref reader, parent, name, rootPointer, line)),
            JsonTokenType.Number => (JsonValueKind.Number, System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
            JsonTokenType.True => (JsonValueKind.True, "true"),
            JsonTokenType.False => (JsonValueKind.False, "false"),
            _ => (JsonValueKind.Null, (string?)null),
        };
        if (parent is null) return new JsonSourceNode(kind, rootPointer, line, text);
        return parent.Kind == JsonValueKind.Object
            ? new JsonSourceNode(kind, parent, name, 0, line, text)
            : new JsonSourceNode(kind, parent, null, parent.ItemCount, line, text);
    }

    /// <summary>A string value; its pointer is only built for the error, from where the value would be added.</summary>
    private static string ReadString(ref Utf8JsonReader reader, JsonSourceNode? parent, string? name, string rootPointer, long line)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var pointer = parent is null ? rootPointer
                : parent.Kind == JsonValueKind.Object ? JsonPointer.Member(parent.Pointer, name!)
                : JsonPointer.Item(parent.Pointer, parent.ItemCount);
            throw InvalidUtf8(pointer, line);
        }
    }

    private static string ReadString(ref Utf8JsonReader reader, string pointer, long line)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw InvalidUtf8(pointer, line);
        }
    }

    // The reader does not validate UTF-8 inside strings; transcoding does, and says so with InvalidOperationException.
    private static JsonSourceException InvalidUtf8(string pointer, long line) =>
        new("json.invalid", "A string here is not valid UTF-8.", pointer, line);
}
