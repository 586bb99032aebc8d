using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// Builds the <see cref="JsonSourceNode"/> tree of one complete JSON value (a pedido, already checked for syntax by
/// the streaming scanner), with pointers and lines. Iterative, so nesting cannot overflow the stack.
/// </summary>
/// <remarks>
/// The scanner's <see cref="Utf8JsonReader"/> has already validated every token of the value, so the tree is built by
/// a plain walk over the bytes rather than a second validating reader: it only tells tokens apart, counts line breaks
/// in the white space between them (a JSON string holds no raw line break) and decodes strings, which is where
/// invalid UTF-8 is found, as the reader's <see cref="Utf8JsonReader.GetString"/> would find it. A string with escapes
/// is decoded by a reader over that one token, so unescaping is exactly the framework's.
/// <para>The nodes and their member and item arrays are the builder's, reused by its next tree: a tree is valid until
/// the next <see cref="Build"/>, and nothing that outlives the pedido may keep a node (results keep strings only).</para>
/// </remarks>
internal sealed class JsonSourceTree
{
    private readonly JsonNameTable _names = new();

    // The members and items of the containers still open, kept here until each container closes and gets an array of
    // its exact size: reused from one pedido to the next, where a list per container grew (and was thrown away) each time.
    private readonly List<JsonSourceProperty> _members = [];
    private readonly List<JsonSourceNode> _items = [];
    private readonly List<(JsonSourceNode Node, int Start)> _open = [];

    private readonly JsonNodePool _nodes = new();
    private readonly JsonChildStore<JsonSourceProperty> _memberStore = new();
    private readonly JsonChildStore<JsonSourceNode> _itemStore = new();

    /// <summary>Nodes kept for the next tree.</summary>
    public int KeptNodes => _nodes.Kept;

    /// <summary>Entries kept for the next tree's members and items, and by the lists of the containers being built.</summary>
    public int KeptChildren => _memberStore.Capacity + _itemStore.Capacity + _members.Capacity + _items.Capacity;

    /// <summary>
    /// Builds the tree of <paramref name="json"/>, which starts at <paramref name="pointer"/> on line
    /// <paramref name="firstLine"/> and whose own container sits at nesting level <paramref name="level"/> of the file
    /// (the root object is level 1). A container nested deeper than <paramref name="maxLevel"/> fails the build.
    /// One builder serves the pedidos of one file, one at a time: property names are kept across them.
    /// </summary>
    /// <remarks><paramref name="text"/> is <paramref name="json"/> decoded: when the bytes are valid UTF-8 the walk goes over
    /// the text and strings are copies of it; otherwise over the bytes, where each string is decoded and checked.</remarks>
    public JsonSourceNode Build(ReadOnlySpan<byte> json, string text, string pointer, long firstLine, int level, int maxLevel)
    {
        Restart();
        try
        {
            return Utf8.IsValid(json)
                ? Walk<char, Utf16Units>(text, pointer, firstLine, level, maxLevel)
                : Walk<byte, Utf8Units>(json, pointer, firstLine, level, maxLevel);
        }
        finally
        {
            Finish();
        }
    }

    /// <summary>Frees the previous tree's nodes and arrays for this one, letting go of what a large pedido grew.</summary>
    private void Restart()
    {
        _nodes.Restart();
        _memberStore.Restart();
        _itemStore.Restart();
        _members.Clear();
        _items.Clear();
        _open.Clear();
        // The lists of open containers hold a whole array's items at once: a huge array must not keep them huge.
        if (_members.Capacity > JsonChildStore<JsonSourceProperty>.MaxKeptLength) _members.Capacity = 0;
        if (_items.Capacity > JsonChildStore<JsonSourceNode>.MaxKeptLength) _items.Capacity = 0;
    }

    private void Finish()
    {
        _nodes.Finish();
        _memberStore.Finish();
        _itemStore.Finish();
        // Emptied, so the lists pin no node or name of this tree (they hold some only when the build failed).
        _members.Clear();
        _items.Clear();
        _open.Clear();
    }

    private JsonSourceNode Walk<TUnit, TUnits>(ReadOnlySpan<TUnit> json, string pointer, long firstLine, int level, int maxLevel)
        where TUnit : unmanaged
        where TUnits : struct, IJsonUnits<TUnit>
    {
        JsonSourceNode? root = null;
        string? name = null;
        long nameLine = 0;
        var line = firstLine;
        var expectName = false;
        var i = 0;
        while (true)
        {
            i = SkipWhiteSpace<TUnit, TUnits>(json, i, ref line);
            if (i >= json.Length) break;
            var parent = _open.Count == 0 ? null : _open[^1].Node;
            switch (TUnits.Code(json[i]))
            {
                case '}' or ']':
                    Close();
                    i++;
                    continue;
                case ',':
                    expectName = parent?.Kind == JsonValueKind.Object;
                    i++;
                    continue;
                case ':':
                    i++;
                    continue;
                case '"' when expectName:
                    var nameEnd = StringEnd<TUnit, TUnits>(json, i, out var nameEscaped);
                    name = ReadName<TUnit, TUnits>(json[i..(nameEnd + 1)], nameEscaped, parent!.Pointer, line);
                    nameLine = line;
                    expectName = false;
                    i = nameEnd + 1;
                    continue;
            }
            var index = parent is null ? 0 : _items.Count - _open[^1].Start;
            var node = CreateNode<TUnit, TUnits>(json, ref i, _nodes.Rent(), parent, name, index, parent?.Kind == JsonValueKind.Object ? nameLine : line, pointer);
            if (parent is null) root = node;
            else if (parent.Kind == JsonValueKind.Object) _members.Add(new JsonSourceProperty(name!, node));
            else _items.Add(node);
            if (node.Kind is JsonValueKind.Object or JsonValueKind.Array)
            {
                if (level + _open.Count > maxLevel)
                    throw new JsonSourceException("json.too-deep", $"The JSON nests deeper than {maxLevel} levels here; the layout never needs more than a few.", node.Pointer, line);
                _open.Add((node, node.Kind == JsonValueKind.Object ? _members.Count : _items.Count));
                expectName = node.Kind == JsonValueKind.Object;
            }
        }
        // Only a value cut short leaves containers open, and the scanner hands over complete values; close them anyway.
        while (_open.Count > 0) Close();
        return root ?? throw new JsonSourceException("json.invalid", "The value is empty.", pointer, firstLine);
    }

    /// <summary>Gives the innermost open container its members or items.</summary>
    private void Close()
    {
        var (node, start) = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        if (node.Kind == JsonValueKind.Object)
        {
            if (_members.Count > start) SetProperties(node, start);
            _members.RemoveRange(start, _members.Count - start);
        }
        else
        {
            if (_items.Count > start) SetItems(node, start);
            _items.RemoveRange(start, _items.Count - start);
        }
    }

    private void SetProperties(JsonSourceNode node, int start)
    {
        var members = CollectionsMarshal.AsSpan(_members)[start..];
        node.SetProperties(_memberStore.Add(members, out var at), at, members.Length);
    }

    private void SetItems(JsonSourceNode node, int start)
    {
        var items = CollectionsMarshal.AsSpan(_items)[start..];
        node.SetItems(_itemStore.Add(items, out var at), at, items.Length);
    }

    private static int SkipWhiteSpace<TUnit, TUnits>(ReadOnlySpan<TUnit> json, int i, ref long line)
        where TUnit : unmanaged
        where TUnits : struct, IJsonUnits<TUnit>
    {
        for (; i < json.Length; i++)
        {
            switch (TUnits.Code(json[i]))
            {
                case '\n':
                    line++;
                    break;
                case ' ' or '\t' or '\r':
                    break;
                default:
                    return i;
            }
        }
        return i;
    }

    /// <summary>The index of the quote that closes the string opening at <paramref name="start"/>.</summary>
    private static int StringEnd<TUnit, TUnits>(ReadOnlySpan<TUnit> json, int start, out bool escaped)
        where TUnit : unmanaged
        where TUnits : struct, IJsonUnits<TUnit>
    {
        escaped = false;
        var i = start + 1;
        while (true)
        {
            var found = TUnits.IndexOfQuoteOrBackslash(json[i..]);
            // Cannot happen after the scanner's validation; ending the string at the value's end keeps the walk in bounds.
            if (found < 0) return json.Length - 1;
            i += found;
            if (TUnits.Code(json[i]) == '"') return i;
            escaped = true;
            // The escaped character (or the 'u' of \uXXXX, whose hex digits are neither quote nor backslash).
            i += 2;
        }
    }

    /// <summary>The value token at <paramref name="i"/> set into <paramref name="node"/>; <paramref name="i"/> moves past it.</summary>
    private static JsonSourceNode CreateNode<TUnit, TUnits>(ReadOnlySpan<TUnit> json, ref int i, JsonSourceNode node, JsonSourceNode? parent, string? name, int index, long line, string rootPointer)
        where TUnit : unmanaged
        where TUnits : struct, IJsonUnits<TUnit>
    {
        JsonValueKind kind;
        string? text = null;
        switch (TUnits.Code(json[i]))
        {
            case '{':
                kind = JsonValueKind.Object;
                i++;
                break;
            case '[':
                kind = JsonValueKind.Array;
                i++;
                break;
            case '"':
                var end = StringEnd<TUnit, TUnits>(json, i, out var escaped);
                kind = JsonValueKind.String;
                text = ReadString<TUnit, TUnits>(json[i..(end + 1)], escaped, parent, name, index, rootPointer, line);
                i = end + 1;
                break;
            case 't':
                kind = JsonValueKind.True;
                text = "true";
                i += 4;
                break;
            case 'f':
                kind = JsonValueKind.False;
                text = "false";
                i += 5;
                break;
            case 'n':
                kind = JsonValueKind.Null;
                i += 4;
                break;
            default:
                var start = i;
                while (i < json.Length && IsNumberChar(TUnits.Code(json[i]))) i++;
                kind = JsonValueKind.Number;
                text = TUnits.Number(json[start..i]);
                break;
        }
        if (parent is null) node.Reset(kind, null, null, 0, rootPointer, line, text);
        else if (parent.Kind == JsonValueKind.Object) node.Reset(kind, parent, name, 0, null, line, text);
        else node.Reset(kind, parent, null, index, null, line, text);
        return node;
    }

    private static bool IsNumberChar(int c) => c is (>= '0' and <= '9') or '-' or '+' or '.' or 'e' or 'E';

    /// <summary>A string value; its pointer is only built for the error, from where the value would be added.</summary>
    private static string ReadString<TUnit, TUnits>(ReadOnlySpan<TUnit> quoted, bool escaped, JsonSourceNode? parent, string? name, int index, string rootPointer, long line)
        where TUnit : unmanaged
        where TUnits : struct, IJsonUnits<TUnit>
    {
        try
        {
            return TUnits.String(quoted, escaped);
        }
        catch (InvalidOperationException)
        {
            var pointer = parent is null ? rootPointer
                : parent.Kind == JsonValueKind.Object ? JsonPointer.Member(parent.Pointer, name!)
                : JsonPointer.Item(parent.Pointer, index);
            throw InvalidUtf8(pointer, line);
        }
    }

    private string ReadName<TUnit, TUnits>(ReadOnlySpan<TUnit> quoted, bool escaped, string pointer, long line)
        where TUnit : unmanaged
        where TUnits : struct, IJsonUnits<TUnit>
    {
        try
        {
            return TUnits.Name(_names, quoted, escaped);
        }
        catch (InvalidOperationException)
        {
            throw InvalidUtf8(pointer, line);
        }
    }

    // Decoding validates UTF-8 (the scanner's reader does not look inside strings) and says so with InvalidOperationException.
    private static JsonSourceException InvalidUtf8(string pointer, long line) =>
        new("json.invalid", "A string here is not valid UTF-8.", pointer, line);
}
