using System.Buffers;
using System.Text;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// How translation writes its files: compact UTF-8 JSON without a BOM, straight to the stream. Compact because these
/// files are read by programs (the gateway, an auditor's tools); any JSON viewer indents them for a person.
/// </summary>
public static class CanonicalFiles
{
    private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private const int InitialLineageBuffer = 64 * 1024;
    private const int MaxKeptLineageBuffer = 1024 * 1024;

    [ThreadStatic]
    private static LineageJsonWriter? _threadLineageWriter;

    /// <summary>Writes a canonical document's JSON text as UTF-8.</summary>
    public static void WriteDocument(Stream stream, string canonicalJson)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(canonicalJson);
        // Through a pooled buffer: a document is several kilobytes, written once per request.
        var buffer = ArrayPool<byte>.Shared.Rent(NoBom.GetMaxByteCount(canonicalJson.Length));
        try
        {
            var length = NoBom.GetBytes(canonicalJson, buffer);
            stream.Write(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes a lineage document as compact UTF-8 JSON.</summary>
    public static void WriteLineage(Stream stream, LineageDocument lineage)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(lineage);
        // Through a buffer kept per thread: a writer on the stream would grow a new buffer of its own to about twice
        // the lineage's size (tens of kilobytes) for every request, most of what translation allocated per request.
        // Written by hand (LineageJsonWriter): the same bytes as the converter's Utf8JsonWriter, at a fraction of the cost.
        var writer = _threadLineageWriter ?? new LineageJsonWriter(InitialLineageBuffer);
        _threadLineageWriter = null;
        writer.Write(lineage);
        stream.Write(writer.Written);
        writer.Reset();
        // A rare huge lineage is not kept for the life of the thread.
        if (writer.Capacity <= MaxKeptLineageBuffer) _threadLineageWriter = writer;
    }
}
