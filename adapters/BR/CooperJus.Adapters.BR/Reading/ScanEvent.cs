using System.Text.Json;

namespace CooperJus.Adapters.BR.Reading;

/// <summary>One thing the <see cref="PedidoScanner"/> found, located by JSON pointer, line and byte offset.</summary>
internal sealed record ScanEvent
{
    public required ScanEventKind Kind { get; init; }

    /// <summary>Where: the member or element's pointer (<c>/geradoEm</c>, <c>/pedidos/17</c>).</summary>
    public required string Pointer { get; init; }

    /// <summary>1-based line where the value starts (or where the problem was met).</summary>
    public required long Line { get; init; }

    /// <summary>0-based byte offset in the file where the value starts (or where the problem was met).</summary>
    public long ByteOffset { get; init; }

    /// <summary>Header member name.</summary>
    public string? Name { get; init; }

    /// <summary>Header value kind (an object or array header value is skipped, not kept).</summary>
    public JsonValueKind ValueKind { get; init; }

    /// <summary>Header scalar value as text (string unescaped, number as written).</summary>
    public string? Text { get; init; }

    /// <summary>Index of the pedido in the array.</summary>
    public int Index { get; init; }

    /// <summary>
    /// The pedido's exact bytes, in the scanner's buffer: valid until the scanner's next call (the pedido is mapped
    /// before then), which spares a copy of every pedido.
    /// </summary>
    public ReadOnlyMemory<byte> Bytes { get; init; }

    /// <summary>Problem rule id.</summary>
    public string? Rule { get; init; }

    /// <summary>Problem message.</summary>
    public string? Message { get; init; }

    /// <summary>True for a problem after which nothing more can be read.</summary>
    public bool Fatal { get; init; }
}
