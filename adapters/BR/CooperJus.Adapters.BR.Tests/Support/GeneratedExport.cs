using System.Globalization;
using System.Text;

namespace CooperJus.Adapters.BR.Tests.Support;

/// <summary>
/// An export of any number of pedidos, produced on demand as the reader pulls bytes, so the test itself never holds
/// the file: what is measured is the reader's memory alone.
/// </summary>
internal sealed class GeneratedExport(int pedidos) : Stream
{
    private readonly Queue<byte> _pending = new(Encoding.UTF8.GetBytes(
        $"{{\n  \"versaoLeiaute\": \"2.1\",\n  \"sistema\": \"UNICO\",\n  \"geradoEm\": \"{PedidoFile.GeneratedAt}\",\n  \"pedidos\": [\n"));
    private int _next;
    private bool _closed;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_pending.Count < count && !_closed) Produce();
        var n = Math.Min(count, _pending.Count);
        for (var i = 0; i < n; i++) buffer[offset + i] = _pending.Dequeue();
        return n;
    }

    private void Produce()
    {
        string text;
        if (_next < pedidos)
        {
            var pedido = PedidoFile.FullPedido(string.Create(CultureInfo.InvariantCulture, $"PGR-{_next:D6}/2024")).ToJsonString();
            text = (_next > 0 ? ",\n    " : "    ") + pedido;
            _next++;
        }
        else
        {
            text = "\n  ]\n}\n";
            _closed = true;
        }
        foreach (var b in Encoding.UTF8.GetBytes(text)) _pending.Enqueue(b);
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
