using System.Text.Json;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>One thing a <see cref="JsonRecordReader"/> or a <see cref="JsonLinesReader"/> found, located by JSON pointer, line and byte offset.</summary>
public sealed record JsonReadEvent
{
    /// <summary>What was found.</summary>
    public required JsonReadEventKind Kind { get; init; }

    /// <summary>Where: the member or record's pointer (<c>/geradoEm</c>, <c>/pedidos/17</c>; a JSON Lines record's is <c>""</c>).</summary>
    public required string Pointer { get; init; }

    /// <summary>1-based line where the value starts (or where the problem was met).</summary>
    public required long Line { get; init; }

    /// <summary>0-based byte offset in the file where the value starts (or where the problem was met).</summary>
    public long ByteOffset { get; init; }

    /// <summary>A header member's name.</summary>
    public string? Name { get; init; }

    /// <summary>A header value's kind (an object or array header value is skipped, not kept).</summary>
    public JsonValueKind ValueKind { get; init; }

    /// <summary>A header scalar value as text (string unescaped, number as written).</summary>
    public string? Text { get; init; }

    /// <summary>The record's index in its array (0-based), or a JSON Lines record's among the file's non-blank lines.</summary>
    public int Index { get; init; }

    /// <summary>
    /// The record's exact bytes, in the reader's buffer: valid until the reader's next call (the record is read
    /// before then), which spares a copy of every record.
    /// </summary>
    public ReadOnlyMemory<byte> Bytes { get; init; }

    /// <summary>A problem's rule id.</summary>
    public string? Rule { get; init; }

    /// <summary>A problem's message.</summary>
    public string? Message { get; init; }

    /// <summary>True for a problem after which nothing more can be read.</summary>
    public bool Fatal { get; init; }
}
