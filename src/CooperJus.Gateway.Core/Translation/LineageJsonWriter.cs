using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// Writes a lineage document as compact UTF-8 JSON straight into a byte buffer, the same bytes a
/// <see cref="Utf8JsonWriter"/> with the canonical escaping writes through <see cref="LineageDocumentJsonConverter"/>.
/// </summary>
/// <remarks>
/// A request has about a hundred entries and several hundred strings; through <see cref="Utf8JsonWriter"/> each of them
/// paid the writer's per-call checks and its escaping scan over UTF-16. Here an ASCII string (nearly all: paths, field
/// names, conversions, most values) is narrowed into the buffer and searched for the few bytes the encoder escapes,
/// both with vector instructions; any other string is transcoded and the encoder's own scan runs over its UTF-8. A
/// string that needs escaping, is not valid UTF-16 or is very long goes through a <see cref="Utf8JsonWriter"/> with the
/// same options, so its bytes (or its exception) stay the writer's own.
/// </remarks>
internal sealed class LineageJsonWriter
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static readonly JsonWriterOptions FallbackOptions = new() { Encoder = Encoder, SkipValidation = true };

    // The ASCII bytes the encoder escapes, asked of the encoder itself (controls, the quote, the backslash...).
    private static readonly SearchValues<byte> AsciiToEscape = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(b => (byte)b).Where(b => Encoder.FindFirstCharacterToEncodeUtf8([b]) >= 0)]);

    private static ReadOnlySpan<byte> DocumentStart => "{\"requestId\":"u8;
    private static ReadOnlySpan<byte> SourceFileName => ",\"sourceFile\":"u8;
    private static ReadOnlySpan<byte> EntriesStart => ",\"entries\":["u8;
    private static ReadOnlySpan<byte> EntryStart => "{\"canonicalPath\":"u8;
    private static ReadOnlySpan<byte> SourcesStart => ",\"sources\":["u8;
    private static ReadOnlySpan<byte> ConversionName => "],\"conversion\":"u8;
    private static ReadOnlySpan<byte> FileName => "\"file\":"u8;
    private static ReadOnlySpan<byte> RowName => "\"row\":"u8;
    private static ReadOnlySpan<byte> LineName => "\"line\":"u8;
    private static ReadOnlySpan<byte> PathName => "\"path\":"u8;
    private static ReadOnlySpan<byte> FieldName => "\"field\":"u8;
    private static ReadOnlySpan<byte> ValueName => "\"value\":"u8;

    // Longer strings go through the fallback writer (the buffer's arithmetic stays far from overflow).
    private const int MaxDirectString = 1 << 20;

    // Longest long in decimal, with its sign.
    private const int MaxNumberLength = 20;

    private byte[] _buffer;
    private int _length;
    private ArrayBufferWriter<byte>? _fallbackBuffer;
    private Utf8JsonWriter? _fallbackWriter;

    /// <summary>Creates a writer whose buffer starts at <paramref name="initialCapacity"/> bytes.</summary>
    public LineageJsonWriter(int initialCapacity) => _buffer = new byte[initialCapacity];

    /// <summary>Size of the buffer, which grows with the largest lineage written.</summary>
    public int Capacity => _buffer.Length;

    /// <summary>What has been written since the last <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Forgets what was written; the buffer is kept.</summary>
    public void Reset() => _length = 0;

    /// <summary>Appends <paramref name="document"/>'s JSON.</summary>
    public void Write(LineageDocument document)
    {
        Raw(DocumentStart);
        String(document.RequestId);
        Raw(SourceFileName);
        String(document.SourceFile);
        Raw(EntriesStart);
        // By index: an IReadOnlyList's enumerator is an object per list, and there is a list of sources per entry.
        var entries = document.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0) Byte((byte)',');
            WriteEntry(entries[i], document.SourceFile);
        }
        Byte((byte)']');
        Byte((byte)'}');
    }

    private void WriteEntry(LineageEntry entry, string documentFile)
    {
        Raw(EntryStart);
        String(entry.CanonicalPath);
        Raw(SourcesStart);
        WriteSources(entry.Sources, documentFile);
        Raw(ConversionName);
        String(entry.Conversion);
        Byte((byte)'}');
    }

    private void WriteSources(IReadOnlyList<SourceLocation> sources, string documentFile)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (i > 0) Byte((byte)',');
            WriteSource(sources[i], documentFile);
        }
    }

    private void WriteSource(SourceLocation source, string documentFile)
    {
        Byte((byte)'{');
        var first = true;
        if (!string.Equals(source.File, documentFile, StringComparison.Ordinal)) Property(FileName, source.File, ref first);
        if (source.Row is { } row) Property(RowName, row, ref first);
        if (source.Line is { } line) Property(LineName, line, ref first);
        if (source.Path is { } path) Property(PathName, path, ref first);
        if (source.Field is { } field) Property(FieldName, field, ref first);
        if (source.Value is { } value) Property(ValueName, value, ref first);
        Byte((byte)'}');
    }

    private void Property(ReadOnlySpan<byte> name, string value, ref bool first)
    {
        Name(name, ref first);
        String(value);
    }

    private void Property(ReadOnlySpan<byte> name, long value, ref bool first)
    {
        Name(name, ref first);
        Ensure(MaxNumberLength);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_length), out var written);
        _length += written;
    }

    private void Name(ReadOnlySpan<byte> name, ref bool first)
    {
        if (!first) Byte((byte)',');
        first = false;
        Raw(name);
    }

    private void String(string value)
    {
        if (value.Length > MaxDirectString)
        {
            Escaped(value);
            return;
        }
        // A UTF-16 unit becomes at most three UTF-8 bytes; two more for the quotes.
        Ensure((value.Length * 3) + 2);
        var target = _buffer.AsSpan(_length + 1);
        // Most strings are ASCII: narrowed and searched with vector instructions, the encoder's scan is not needed.
        if (Ascii.FromUtf16(value, target, out var narrowed) == OperationStatus.Done)
        {
            if (target[..narrowed].IndexOfAny(AsciiToEscape) < 0)
            {
                Quote(narrowed);
                return;
            }
            Escaped(value);
            return;
        }
        if (Utf8.FromUtf16(value, target, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            && Encoder.FindFirstCharacterToEncodeUtf8(target[..written]) < 0)
        {
            Quote(written);
            return;
        }
        Escaped(value);
    }

    // Puts the quotes around the string just transcoded after the current end.
    private void Quote(int written)
    {
        _buffer[_length] = (byte)'"';
        _buffer[_length + written + 1] = (byte)'"';
        _length += written + 2;
    }

    private void Escaped(string value)
    {
        _fallbackBuffer ??= new ArrayBufferWriter<byte>();
        _fallbackBuffer.ResetWrittenCount();
        if (_fallbackWriter is null) _fallbackWriter = new Utf8JsonWriter(_fallbackBuffer, FallbackOptions);
        else _fallbackWriter.Reset(_fallbackBuffer);
        _fallbackWriter.WriteStringValue(value);
        _fallbackWriter.Flush();
        Raw(_fallbackBuffer.WrittenSpan);
    }

    private void Byte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Ensure(int more)
    {
        if (_buffer.Length - _length >= more) return;
        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
    }
}
