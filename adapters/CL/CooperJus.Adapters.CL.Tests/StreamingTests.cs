using System.Text;
using CooperJus.Adapters.CL.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.CL.Tests;

/// <summary>Records are read one at a time, each with its exact source text, whatever the size of the file.</summary>
public sealed class StreamingTests
{
    [Test]
    public void Records_are_yielded_before_the_rest_of_the_file_is_read()
    {
        using var endless = new EndlessExport();
        var source = new SourceFile("saf_solicitudes_endless.xml", () => endless);

        var firstThree = Chile.Adapter.Read(source).Take(3).ToList();

        Assert.That(firstThree.Select(r => r.RecordId), Is.EqualTo(new[] { "E-1", "E-2", "E-3" }));
        Assert.That(firstThree, Has.All.Property(nameof(RecordResult.IsAccepted)).True);
        Assert.That(endless.BytesRead, Is.LessThan(1_000_000));
    }

    [Test]
    public void Ten_thousand_requests_are_read_with_a_bounded_working_set()
    {
        using var endless = new EndlessExport(limit: 10_000);
        var source = new SourceFile("saf_solicitudes_big.xml", () => endless);
        var count = 0;
        long largestOriginal = 0, retainedAt1000 = 0, retainedAt10000 = 0;

        foreach (var result in Chile.Adapter.Read(source))
        {
            count += result.IsAccepted ? 1 : 0;
            largestOriginal = Math.Max(largestOriginal, result.OriginalText!.Length);
            if (count == 1_000) retainedAt1000 = GC.GetTotalMemory(forceFullCollection: true);
            if (count == 10_000) retainedAt10000 = GC.GetTotalMemory(forceFullCollection: true);
        }

        Assert.That(count, Is.EqualTo(10_000));
        Assert.That(largestOriginal, Is.LessThan(1_000), "each record carries its own text only, never the file read so far");
        Assert.That(retainedAt10000 - retainedAt1000, Is.LessThan(1_500_000), "9,000 more records must not stay in memory");
    }

    [Test]
    public void Original_text_is_the_Solicitud_exactly_as_written()
    {
        var solicitud = "<Solicitud folio='T-&#49;' ingreso=\"2026-10-05T10:42:00-03:00\" >\r\n    <!-- nota > interna -->\r\n    <RUC>2600412378-5</RUC><PaisRequerido>CL</PaisRequerido>\r\n"
            + "    <Hechos><![CDATA[a > b & c]]></Hechos>\r\n  </Solicitud>";

        var result = Chile.ReadText(SafXml.Document("  " + solicitud)).Single();

        Assert.That(result.OriginalText, Is.EqualTo(solicitud));
        Assert.That(result.Request!.Facts.Summary, Is.EqualTo("a > b & c"));
        Assert.That(result.RecordId, Is.EqualTo("T-1"));
    }

    /// <summary>An export that writes Solicitudes as they are read, up to <paramref name="limit"/>.</summary>
    private sealed class EndlessExport(int limit = int.MaxValue) : Stream
    {
        private byte[] _pending = Encoding.UTF8.GetBytes(SafXml.Declaration + "\n" + SafXml.RootStart + "\n");
        private int _offset;
        private int _written;
        private bool _ended;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length && !Refill()) return 0;
            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private bool Refill()
        {
            if (_ended) return false;
            _written++;
            var text = _written <= limit ? SafXml.Numbered($"E-{_written}") + "\n" : "</ExportacionSAF>\n";
            _ended = _written > limit;
            _pending = Encoding.UTF8.GetBytes(text);
            _offset = 0;
            return true;
        }
    }
}
