namespace CooperJus.Gateway.Sdk.Adapters;

/// <summary>
/// A read-only stream that serves bytes already read (to detect the encoding or look at an XML declaration) and then
/// the rest of the source, so a non-seekable source can be sniffed without being read twice. It does not dispose the
/// source: the caller owns it.
/// </summary>
internal sealed class PrefixedStream : Stream
{
    private readonly byte[] _prefix;
    private readonly int _prefixLength;
    private readonly Stream _rest;
    private int _position;

    /// <summary>Serves <paramref name="prefix"/>[<paramref name="start"/>..<paramref name="length"/>), then <paramref name="rest"/>.</summary>
    public PrefixedStream(byte[] prefix, int start, int length, Stream rest)
    {
        _prefix = prefix;
        _position = start;
        _prefixLength = length;
        _rest = rest;
    }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        if (_position >= _prefixLength) return _rest.Read(buffer);
        var count = Math.Min(buffer.Length, _prefixLength - _position);
        _prefix.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
