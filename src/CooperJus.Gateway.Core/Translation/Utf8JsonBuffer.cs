using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// A growing UTF-8 byte buffer with the JSON primitives the hand-written writers of translation share
/// (<see cref="LineageJsonWriter"/>, <see cref="CanonicalDocumentWriter"/>): raw bytes, strings escaped exactly as a
/// <see cref="Utf8JsonWriter"/> with the canonical encoder escapes them, numbers and dates exactly as it formats them.
/// </summary>
/// <remarks>
/// Nearly every string translation writes is ASCII (paths, codes, names, most values): it is narrowed into the buffer
/// and searched for the few bytes the encoder escapes, both with vector instructions; in any other string the
/// characters from the first non-ASCII one are looked up in the encoder's own answers (<see cref="CanonicalEscaping"/>)
/// and transcoded. A string that needs escaping, holds a surrogate or is very long goes through a
/// <see cref="Utf8JsonWriter"/> with the same options, so its bytes (or its exception) stay the writer's own.
/// </remarks>
internal sealed class Utf8JsonBuffer
{
    private static readonly JsonWriterOptions FallbackOptions = new() { Encoder = CanonicalEscaping.Encoder, SkipValidation = true };
    private static readonly StandardFormat RoundTrip = new('O');

    // Longer strings go through the fallback writer (the buffer's arithmetic stays far from overflow).
    private const int MaxDirectString = 1 << 20;

    // Longest long in decimal, with its sign.
    private const int MaxNumberLength = 20;

    // yyyy-MM-ddTHH:mm:ss.fffffff+hh:mm, as the round-trip format writes every DateTimeOffset.
    private const int RoundTripLength = 33;
    private const int FractionDot = 19;
    private const int FractionEnd = 27;

    // yyyy-MM-dd.
    private const int DateLength = 10;

    private byte[] _buffer;
    private int _length;
    private ArrayBufferWriter<byte>? _fallbackBuffer;
    private Utf8JsonWriter? _fallbackWriter;

    /// <summary>Creates a buffer of <paramref name="initialCapacity"/> bytes.</summary>
    public Utf8JsonBuffer(int initialCapacity) => _buffer = new byte[initialCapacity];

    /// <summary>Size of the buffer, which grows with the largest JSON written.</summary>
    public int Capacity => _buffer.Length;

    /// <summary>What has been written since the last <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Forgets what was written; the buffer is kept.</summary>
    public void Reset() => _length = 0;

    /// <summary>
    /// Marks where an object or array starts whose members are each written with a leading comma (<c>,"name":</c>,
    /// <c>,item</c>): no member needs to know whether it is the first. See <see cref="Close"/>.
    /// </summary>
    public int Open() => _length;

    /// <summary>
    /// Ends the object or array opened at <paramref name="mark"/>: the first member's leading comma becomes the
    /// opening bracket, or the bracket is written when there was no member.
    /// </summary>
    public void Close(int mark, byte opening, byte closing)
    {
        if (_length == mark) Byte(opening);
        else _buffer[mark] = opening;
        Byte(closing);
    }

    /// <summary>Appends one byte.</summary>
    public void Byte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    /// <summary>Appends bytes as they are (pre-encoded property names, punctuation).</summary>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Appends <paramref name="value"/> as a JSON string, escaped as the canonical encoder escapes it.</summary>
    public void String(string value)
    {
        if (value.Length > MaxDirectString)
        {
            Escaped(value);
            return;
        }
        // A UTF-16 unit becomes at most three UTF-8 bytes; two more for the quotes.
        Ensure((value.Length * 3) + 2);
        var target = _buffer.AsSpan(_length + 1);
        // Most strings are ASCII: narrowed and searched with vector instructions. Narrowing stops at the first other
        // character; the rest is checked against the encoder's table (CanonicalEscaping), then transcoded.
        var ascii = Ascii.FromUtf16(value, target, out var narrowed) == OperationStatus.Done;
        if (CanonicalEscaping.AnyToEscape(target[..narrowed]))
        {
            Escaped(value);
            return;
        }
        if (ascii)
        {
            Quote(narrowed);
            return;
        }
        var rest = value.AsSpan(narrowed);
        if (CanonicalEscaping.AnyToEscape(rest))
        {
            Escaped(value);
            return;
        }
        // Without surrogates (the table says they need escaping) the rest is valid UTF-16: transcoding cannot fail.
        Utf8.FromUtf16(rest, target[narrowed..], out _, out var written, replaceInvalidSequences: false);
        Quote(narrowed + written);
    }

    /// <summary>Appends a whole number as <see cref="Utf8JsonWriter.WriteNumberValue(long)"/> writes it.</summary>
    public void Number(long value)
    {
        Ensure(MaxNumberLength);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_length), out var written);
        _length += written;
    }

    /// <summary>Appends <c>true</c> or <c>false</c>.</summary>
    public void Boolean(bool value) => Raw(value ? "true"u8 : "false"u8);

    /// <summary>Appends <c>null</c>.</summary>
    public void Null() => Raw("null"u8);

    /// <summary>Appends a date as the serializer's DateOnly converter writes it: <c>"yyyy-MM-dd"</c>.</summary>
    public void Date(DateOnly value)
    {
        Ensure(DateLength + 2);
        value.TryFormat(_buffer.AsSpan(_length + 1), out var written, "O", CultureInfo.InvariantCulture);
        Quote(written);
    }

    /// <summary>
    /// Appends an instant as <see cref="Utf8JsonWriter.WriteStringValue(DateTimeOffset)"/> writes it: the round-trip
    /// format with the fraction's trailing zeros dropped, and its dot when nothing is left.
    /// </summary>
    public void Instant(DateTimeOffset value)
    {
        Ensure(RoundTripLength + 2);
        var target = _buffer.AsSpan(_length + 1, RoundTripLength);
        Utf8Formatter.TryFormat(value, target, out _, RoundTrip);
        var end = FractionEnd;
        while (end > FractionDot + 1 && target[end - 1] == (byte)'0') end--;
        if (end == FractionDot + 1) end = FractionDot;
        target[FractionEnd..].CopyTo(target[end..]);
        Quote(RoundTripLength - (FractionEnd - end));
    }

    // Puts the quotes around the string just written after the current end.
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

    private void Ensure(int more)
    {
        if (_buffer.Length - _length >= more) return;
        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
    }
}
