using System.Text;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// A text reader that remembers what it has handed to the XML parser since the last <see cref="Release"/>, and where
/// each line starts, so the exact source text of an element can be cut out from the parser's line and position.
/// </summary>
/// <remarks>
/// Memory stays bounded: the owner releases the text of each record once it has taken it, so the window holds one
/// record plus the parser's read-ahead. Lines are counted as XML counts them (CR LF, CR or LF end a line),
/// positions in UTF-16 code units, as <see cref="System.Xml.IXmlLineInfo"/> reports them.
/// </remarks>
internal sealed class RecordingTextReader : TextReader
{
    private readonly TextReader _inner;
    private readonly StringBuilder _window = new();
    private readonly List<long> _lineStarts = [0];
    private long _windowStart;
    private long _firstLine = 1;
    private bool _lastWasCarriageReturn;
    private bool _recording = true;

    private readonly MarkingDecoderFallback _fallback;

    /// <summary>Records what <paramref name="inner"/> hands out; <paramref name="fallback"/> is the decoder fallback of its text, to locate the first undecodable bytes.</summary>
    /// <param name="inner">The decoded text of the file (e.g. <see cref="DetectedEncoding.OpenReader"/>); disposed with this reader.</param>
    /// <param name="fallback">The fallback the text was decoded with.</param>
    public RecordingTextReader(TextReader inner, MarkingDecoderFallback fallback)
    {
        _inner = inner;
        _fallback = fallback;
    }

    /// <summary>The line of the first undecodable bytes handed out (see <see cref="MarkingDecoderFallback"/>), or null.</summary>
    public long? FirstInvalidLine { get; private set; }

    /// <summary>Number of characters handed out so far.</summary>
    public long Position { get; private set; }

    /// <summary>The line of the last character handed out (1-based).</summary>
    public long CurrentLine => _firstLine + _lineStarts.Count - 1;

    /// <summary>The text remembered so far, from the last release point.</summary>
    public string WindowText => _window.ToString();

    /// <summary>The absolute offset of the first character remembered.</summary>
    public long WindowStart => _windowStart;

    /// <inheritdoc/>
    public override int Peek() => _inner.Peek();

    /// <inheritdoc/>
    public override int Read()
    {
        var c = _inner.Read();
        if (c >= 0) Record([(char)c]);
        return c;
    }

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count)
    {
        var read = _inner.Read(buffer, index, count);
        Record(buffer.AsSpan(index, read));
        return read;
    }

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        var read = _inner.Read(buffer);
        Record(buffer[..read]);
        return read;
    }

    /// <summary>The absolute offset of <paramref name="line"/>, <paramref name="position"/> (both 1-based), or -1 when it is no longer remembered.</summary>
    public long OffsetOf(long line, long position)
    {
        var index = line - _firstLine;
        if (index < 0 || index >= _lineStarts.Count || position < 1) return -1;
        var offset = _lineStarts[(int)index] + position - 1;
        return offset >= _windowStart && offset <= Position ? offset : -1;
    }

    /// <summary>The line holding <paramref name="offset"/>, if it is still remembered.</summary>
    public long? LineOfOffset(long offset)
    {
        if (offset < _windowStart || offset > Position) return null;
        var index = _lineStarts.FindLastIndex(start => start <= offset);
        return index < 0 ? null : _firstLine + index;
    }

    /// <summary>The first offset at or after <paramref name="from"/> holding <paramref name="c"/>, or -1.</summary>
    public long IndexOf(char c, long from)
    {
        for (var offset = Math.Max(from, _windowStart); offset < Position; offset++)
            if (_window[(int)(offset - _windowStart)] == c) return offset;
        return -1;
    }

    /// <summary>
    /// The offset just after the <c>&gt;</c> that closes the start tag beginning at <paramref name="start"/> (its
    /// <c>&lt;</c>), skipping quoted attribute values, which may hold a <c>&gt;</c>; -1 when not remembered.
    /// </summary>
    public long EndOfStartTag(long start)
    {
        char? quote = null;
        for (var offset = Math.Max(start, _windowStart); offset < Position; offset++)
        {
            var c = _window[(int)(offset - _windowStart)];
            if (quote is not null) quote = c == quote ? null : quote;
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return offset + 1;
        }
        return -1;
    }

    /// <summary>The remembered text from <paramref name="start"/> to <paramref name="end"/>, or null when not remembered.</summary>
    public string? Slice(long start, long end) =>
        start >= _windowStart && end >= start && end <= Position ? _window.ToString((int)(start - _windowStart), (int)(end - start)) : null;

    /// <summary>Forgets everything before <paramref name="offset"/>.</summary>
    public void Release(long offset)
    {
        var count = Math.Min(offset, Position) - _windowStart;
        if (count <= 0) return;
        _window.Remove(0, (int)count);
        _windowStart += count;
        DropLinesBefore(_windowStart);
    }

    /// <summary>Forgets everything read so far and stops remembering (after the root element: nothing more is needed).</summary>
    public void StopRecording()
    {
        _recording = false;
        Release(Position);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }

    private void Record(ReadOnlySpan<char> chars)
    {
        if (_recording) _window.Append(chars);
        for (var i = 0; i < chars.Length; i++)
        {
            var offset = Position + i;
            if (chars[i] == '\r') _lineStarts.Add(offset + 1);
            else if (chars[i] == '\n' && _lastWasCarriageReturn) _lineStarts[^1] = offset + 1;
            else if (chars[i] == '\n') _lineStarts.Add(offset + 1);
            else if (chars[i] == MarkingDecoderFallback.Mark && FirstInvalidLine is null && _fallback.FirstInvalidBytes is not null) FirstInvalidLine = CurrentLine;
            _lastWasCarriageReturn = chars[i] == '\r';
        }
        Position += chars.Length;
        if (!_recording)
        {
            _windowStart = Position;
            DropLinesBefore(Position);
        }
    }

    private void DropLinesBefore(long offset)
    {
        var drop = 0;
        while (drop + 1 < _lineStarts.Count && _lineStarts[drop + 1] <= offset) drop++;
        if (drop == 0) return;
        _lineStarts.RemoveRange(0, drop);
        _firstLine += drop;
    }
}
