using System.Buffers;
using System.Text;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// How translation writes its files: compact UTF-8 JSON without a BOM, straight to the stream. Compact because these
/// files are read by programs (the gateway, an auditor's tools); any JSON viewer indents them for a person.
/// </summary>
public static class CanonicalFiles
{
    private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private const int InitialLineageBuffer = 64 * 1024;
    private const int InitialDocumentBuffer = 16 * 1024;

    // A rare huge document or lineage does not keep its buffer for the life of the thread.
    private const int MaxKeptBuffer = 1024 * 1024;

    [ThreadStatic]
    private static LineageJsonWriter? _threadLineageWriter;

    [ThreadStatic]
    private static CanonicalDocumentWriter? _threadDocumentWriter;

    /// <summary>
    /// The compact canonical JSON of <paramref name="request"/>: exactly what
    /// <c>JsonSerializer.Serialize(request, CanonicalJson.CompactOptions)</c> returns, at a fraction of the cost.
    /// </summary>
    public static string SerializeDocument(CooperationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Written by hand (CanonicalDocumentWriter) into a buffer kept per thread, then decoded once: the serializer
        // cost about 10 us per Brazilian request, most of the translating thread's budget.
        var writer = Take(ref _threadDocumentWriter) ?? new CanonicalDocumentWriter(InitialDocumentBuffer);
        writer.Write(request);
        var json = Encoding.UTF8.GetString(writer.Written);
        Keep(ref _threadDocumentWriter, writer);
        return json;
    }

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
        var writer = Take(ref _threadLineageWriter) ?? new LineageJsonWriter(InitialLineageBuffer);
        writer.Write(lineage);
        stream.Write(writer.Written);
        Keep(ref _threadLineageWriter, writer);
    }

    // The thread's writer leaves its slot while in use, so a call made meanwhile on the same thread gets its own; it
    // goes back, emptied, unless its buffer grew huge. A call that throws drops it.
    private static T? Take<T>(ref T? slot) where T : class, IBufferedJsonWriter
    {
        var writer = slot;
        slot = null;
        return writer;
    }

    private static void Keep<T>(ref T? slot, T writer) where T : class, IBufferedJsonWriter
    {
        writer.Reset();
        if (writer.Capacity <= MaxKeptBuffer) slot = writer;
    }
}
