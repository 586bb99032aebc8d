using System.Buffers;
using System.Text.Unicode;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// The property names met in one file, each kept as one string: a pedido repeats the same hundred-odd names, and
/// decoding each occurrence into a new string was a good share of what reading a pedido allocated. Bounded, so a file
/// of made-up names costs what it did before and no more.
/// </summary>
/// <remarks>One table per read: it is not thread-safe.</remarks>
internal sealed class JsonNameTable
{
    /// <summary>Names longer than this (in UTF-8 bytes) are decoded each time; layout names are far shorter.</summary>
    private const int MaxNameBytes = 64;

    /// <summary>Distinct names kept at most.</summary>
    private const int MaxNames = 1024;

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public JsonNameTable() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name in the string token <paramref name="quoted"/> (quotes included), unescaped.</summary>
    /// <exception cref="InvalidOperationException">The name is not valid UTF-8, as <see cref="JsonStrings.Decode"/>.</exception>
    public string Get(ReadOnlySpan<byte> quoted, bool escaped)
    {
        var utf8 = quoted[1..^1];
        if (escaped || utf8.Length > MaxNameBytes) return JsonStrings.Decode(quoted, escaped);
        // UTF-8 never takes fewer bytes than UTF-16 chars.
        Span<char> chars = stackalloc char[MaxNameBytes];
        if (Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            return JsonStrings.Decode(quoted, escaped);
        return Get(chars[..written]);
    }

    /// <summary>The name <paramref name="name"/>, already decoded and unescaped.</summary>
    public string Get(ReadOnlySpan<char> name)
    {
        if (_lookup.TryGetValue(name, out var known)) return known;
        var created = name.ToString();
        if (_names.Count < MaxNames && name.Length <= MaxNameBytes) _names.Add(created);
        return created;
    }
}
