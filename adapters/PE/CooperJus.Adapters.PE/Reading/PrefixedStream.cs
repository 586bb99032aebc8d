namespace CooperJus.Adapters.PE.Reading;

/// <summary>
/// A read-only stream that serves bytes already read (to detect the encoding) and then the rest of the source, so a
/// non-seekable source can be sniffed without being read twice.
/// </summary>
internal sealed class PrefixedStream : Stream
{
    private readonly byte[] _prefix;
    private readonly int _prefixLength;
    private readonly Stream _rest;
    private int _position;

    public PrefixedStream(byte[] prefix, int start, int length, Stream rest)
    {
        _prefix = prefix;
        _position = start;
        _prefixLength = length;
        _rest = rest;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position >= _prefixLength) return _rest.Read(buffer);
        var count = Math.Min(buffer.Length, _prefixLength - _position);
        _prefix.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
