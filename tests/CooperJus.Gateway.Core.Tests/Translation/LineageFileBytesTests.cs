using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;
using CsCheck;

namespace CooperJus.Gateway.Core.Tests.Translation;

/// <summary>
/// The lineage file is written by hand (CanonicalFiles.WriteLineage); its bytes must stay those of the converter on a
/// compact Utf8JsonWriter with the canonical escaping, whatever the strings hold.
/// </summary>
[TestFixture]
public sealed class LineageFileBytesTests
{
    private static readonly JsonWriterOptions Reference = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Plain ASCII most of the time, as the adapters' paths and values are; sometimes accents, quotes, controls,
    // line breaks, emoji, lone surrogates and characters the encoder escapes.
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char.AlphaNumeric, 0, 30],
        Gen.String[Gen.Char['\0', '\u00ff'], 0, 20],
        Gen.String[Gen.Char, 0, 12],
        Gen.OneOfConst("", "São Paulo", "Pérez \"el\" <b>&</b>", "a\\b/c", "linha\r\nnova\t", "😀 ok", "\ud800x", "x\udc00", "\u2028\u2029\u007f\u0085", "+'`"));

    private static readonly Gen<SourceLocation> Source =
        Gen.Select(Gen.Bool, Text, Gen.Long.Nullable(), Gen.Long[0, 1_000_000].Nullable(), Text.Null(), Text.Null(), Text.Null(),
            (sameFile, file, row, line, path, field, value) => new SourceLocation
            {
                File = sameFile ? "pedidos.json" : file, Row = row, Line = line, Path = path, Field = field, Value = value,
            });

    // Sources as an array (as the recorder keeps them) or as another list.
    private static readonly Gen<LineageEntry> Entry =
        Gen.Select(Text, Text, Source.Array[0, 3], Gen.Bool, (path, conversion, sources, asList) =>
            new LineageEntry { CanonicalPath = path, Conversion = conversion, Sources = asList ? sources.ToList() : sources });

    private static readonly Gen<LineageDocument> Document =
        Gen.Select(Text, Entry.Array[0, 6], (requestId, entries) => new LineageDocument { RequestId = requestId, SourceFile = "pedidos.json", Entries = entries });

    private static string Outcome(Func<byte[]> write)
    {
        try
        {
            return Convert.ToHexString(write());
        }
        catch (ArgumentException e)
        {
            return "threw " + e.GetType().Name;
        }
    }

    private static byte[] ByWriteLineage(LineageDocument document)
    {
        using var stream = new MemoryStream();
        CanonicalFiles.WriteLineage(stream, document);
        return stream.ToArray();
    }

    private static byte[] ByUtf8JsonWriter(LineageDocument document)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Reference)) LineageDocumentJsonConverter.WriteDocument(writer, document);
        return buffer.WrittenSpan.ToArray();
    }

    [Test]
    public void The_file_holds_the_same_bytes_as_the_converter_on_a_compact_writer()
    {
        Document.Sample(document => Outcome(() => ByWriteLineage(document)) == Outcome(() => ByUtf8JsonWriter(document)), iter: 400);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void A_very_long_value_is_written_as_the_writer_writes_it(bool withQuote)
    {
        var value = new string('a', 1_100_000) + (withQuote ? "\"" : "é");
        var entry = new LineageEntry { CanonicalPath = "/facts/summary", Conversion = "copy", Sources = [new SourceLocation { File = "pedidos.json", Field = "resumo", Value = value }] };
        var document = new LineageDocument { RequestId = "r-1", SourceFile = "pedidos.json", Entries = [entry] };

        Assert.That(ByWriteLineage(document), Is.EqualTo(ByUtf8JsonWriter(document)));
    }

    [Test]
    public void A_lineage_larger_than_the_buffer_is_written_whole()
    {
        var entries = Enumerable.Range(0, 3000).Select(i => new LineageEntry
        {
            CanonicalPath = $"/persons/{i}/identityDocuments/0/number",
            Conversion = "copy",
            Sources = [new SourceLocation { File = "pedidos.json", Line = i, Path = $"/pedidos/{i}/cpf", Field = "cpf", Value = "529.982.247-25" }],
        }).ToArray();
        var document = new LineageDocument { RequestId = "r-1", SourceFile = "pedidos.json", Entries = entries };

        Assert.That(ByWriteLineage(document), Is.EqualTo(ByUtf8JsonWriter(document)));
    }
}
