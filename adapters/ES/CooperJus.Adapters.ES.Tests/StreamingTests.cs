using System.Text;
using CooperJus.Adapters.ES.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>Records are read one at a time, each with its exact source text, whatever the size of the file.</summary>
public sealed class StreamingTests
{
    [Test]
    public void Records_are_yielded_before_the_rest_of_the_file_is_read()
    {
        using var endless = new EndlessExport();
        var source = new SourceFile("fortuny_endless.xml", () => endless);

        var firstThree = Spain.Adapter.Read(source).Take(3).ToList();

        Assert.That(firstThree.Select(r => r.RecordId), Is.EqualTo(new[] { "E-1", "E-2", "E-3" }));
        Assert.That(firstThree, Has.All.Property(nameof(RecordResult.IsAccepted)).True);
        Assert.That(endless.BytesRead, Is.LessThan(1_000_000));
    }

    [Test]
    public void Ten_thousand_requests_are_read_with_a_bounded_working_set()
    {
        using var endless = new EndlessExport(limit: 10_000);
        var source = new SourceFile("fortuny_big.xml", () => endless);
        var count = 0;
        long largestOriginal = 0;
        long retainedAt1000 = 0, retainedAt10000 = 0;

        foreach (var result in Spain.Adapter.Read(source))
        {
            count += result.IsAccepted ? 1 : 0;
            largestOriginal = Math.Max(largestOriginal, result.OriginalText!.Length);
            if (count == 1_000) retainedAt1000 = GC.GetTotalMemory(forceFullCollection: true);
            if (count == 10_000) retainedAt10000 = GC.GetTotalMemory(forceFullCollection: true);
        }

        Assert.That(count, Is.EqualTo(10_000));
        Assert.That(largestOriginal, Is.LessThan(1_000), "each record carries its own text only, never the file read so far");
        Assert.That(endless.BytesRead, Is.GreaterThan(3_000_000));
        Assert.That(retainedAt10000 - retainedAt1000, Is.LessThan(1_500_000), "9,000 more records (3 MB of XML) must not stay in memory");
    }

    [Test]
    public void Original_text_is_exact_with_CRLF_comments_entities_quotes_and_empty_elements()
    {
        var solicitud = "<Solicitud referencia='T-&#49;' >\r\n    <!-- nota > interna -->\r\n    <Procedimiento clase=\"DP\" numero='1/2024' organo=\"Sala &quot;2&gt;1&quot;\"/>\r\n"
            + "    <Fiscalia>Fiscalía &amp; Co.</Fiscalia><EstadoRequerido iso=\"PE\"/>\r\n    <Delito codigo=\"CP-301\"/>\r\n    <Hechos><![CDATA[a > b]]></Hechos>\r\n"
            + "    <Diligencia tipo=\"OTRA\"></Diligencia>\r\n  </Solicitud  >";
        var empty = "<Solicitud referencia=\"a>b\"  />";
        var xml = FortunyXml.Declaration + "\r\n" + FortunyXml.RootStart + "\r\n  " + solicitud + "<!-- entre -->" + empty + "\r\n</Exportacion>\r\n";

        var results = Spain.ReadText(xml);

        Assert.That(results.Select(r => r.OriginalText), Is.EqualTo(new[] { solicitud, empty }));
        Assert.That(results[0].IsAccepted, Is.True, string.Join("\n", results[0].Problems));
        Assert.That((results[1].RecordId, results[1].IsAccepted), Is.EqualTo(("a>b", false)));
    }

    [Test]
    public void Lines_are_counted_across_CRLF_and_CR_line_ends()
    {
        var xml = FortunyXml.Document(FortunyXml.Minimal, FortunyXml.Numbered("T-2").Replace("CP-301", "CP-XYZ", StringComparison.Ordinal)).Replace("\n", "\r\n", StringComparison.Ordinal);
        xml = xml.Replace("T-1\">\r\n", "T-1\">\r", StringComparison.Ordinal);

        var warning = Spain.ReadText(xml)[1].Problems.Single();

        Assert.That((warning.Source!.Path, warning.Source.Line), Is.EqualTo(("/Exportacion/Solicitud[2]/Delito", (long?)15)));
    }

    [Test]
    public void Cancellation_stops_the_read_between_records()
    {
        using var cancellation = new CancellationTokenSource();
        using var endless = new EndlessExport();
        var results = Spain.Adapter.Read(new SourceFile("fortuny_endless.xml", () => endless), cancellation.Token);

        Assert.That(() =>
        {
            foreach (var result in results)
                if (result.RecordId == "E-5") cancellation.Cancel();
        }, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Source_stream_is_disposed_when_the_read_ends()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(FortunyXml.Document()));
        _ = Spain.Adapter.Read(new SourceFile("fortuny_test.xml", () => stream)).ToList();

        Assert.That(stream.CanRead, Is.False);
    }

    /// <summary>An export with as many Solicitudes as asked (or no end), generated as it is read.</summary>
    private sealed class EndlessExport(int limit = int.MaxValue) : Stream
    {
        private byte[] _pending = Encoding.UTF8.GetBytes(FortunyXml.Declaration + "\n" + FortunyXml.RootStart + "\n");
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
            var text = _written <= limit ? FortunyXml.Numbered($"E-{_written}") + "\n" : "</Exportacion>\n";
            _ended = _written > limit;
            _pending = Encoding.UTF8.GetBytes(text);
            _offset = 0;
            return true;
        }
    }
}
