namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// The non-blank lines of a UTF-8 stream as byte slices of one buffer (a UTF-8 byte order mark and the carriage
/// return of CRLF left out), read in blocks; the buffer grows only for a line longer than it.
/// </summary>
internal sealed class LineSplitter
{
    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _first = true;

    public LineSplitter(Stream stream) => _stream = stream;

    /// <summary>The next non-blank line, valid until the next call; null at the end.</summary>
    public ReadOnlyMemory<byte>? Next()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline < 0 && !_endOfStream)
            {
                Fill();
                continue;
            }
            if (newline < 0 && _start == _end) return null;
            var length = newline < 0 ? _end - _start : newline;
            var line = _buffer.AsMemory(_start, length);
            _start += newline < 0 ? length : length + 1;
            if (_first && line.Span.StartsWith("\uFEFF"u8)) line = line[3..];
            _first = false;
            if (line.Span.EndsWith("\r"u8)) line = line[..^1];
            if (!line.Span.Trim(" \t"u8).IsEmpty) return line;
        }
    }

    private void Fill()
    {
        var pending = _end - _start;
        if (pending == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        else Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
        _start = 0;
        _end = pending;
        while (_end < _buffer.Length)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _endOfStream = true;
                break;
            }
            _end += read;
        }
    }
}
