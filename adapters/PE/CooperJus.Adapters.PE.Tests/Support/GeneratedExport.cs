using System.Text;

namespace CooperJus.Adapters.PE.Tests.Support;

/// <summary>
/// A read-only stream that makes up an SGF export of <c>requests</c> requests (three rows each) as it is read, so a
/// test can feed the adapter a file far larger than it would keep in memory.
/// </summary>
internal sealed class GeneratedExport(int requests) : Stream
{
    private readonly string _template = SgfCsv.Build(
        SgfCsv.Row(SgfCsv.Request("{0}"), SgfCsv.Person()),
        SgfCsv.Row(SgfCsv.Request("{0}"), SgfCsv.Company()),
        SgfCsv.Row(SgfCsv.Request("{0}"), SgfCsv.CulturalObject())).Split("\r\n", 2)[1];
    private byte[] _pending = Encoding.UTF8.GetBytes(SgfCsv.Build());
    private int _offset;
    private int _next;

    public long BytesProduced { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_offset == _pending.Length)
        {
            if (_next == requests) return 0;
            _pending = Encoding.UTF8.GetBytes(_template.Replace("{0}", $"SGF-2024-{_next++:D7}", StringComparison.Ordinal));
            _offset = 0;
        }
        var length = Math.Min(count, _pending.Length - _offset);
        Array.Copy(_pending, _offset, buffer, offset, length);
        _offset += length;
        BytesProduced += length;
        return length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
