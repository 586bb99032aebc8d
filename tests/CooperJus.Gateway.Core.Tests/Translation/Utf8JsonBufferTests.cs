using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk;
using CsCheck;

namespace CooperJus.Gateway.Core.Tests.Translation;

/// <summary>
/// The primitives the hand-written lineage and document writers share: each value's bytes must be those a compact
/// <see cref="Utf8JsonWriter"/> with the canonical encoder (or the serializer's converter) writes.
/// </summary>
[TestFixture]
public sealed class Utf8JsonBufferTests
{
    private static readonly JsonWriterOptions Reference = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char.AlphaNumeric, 0, 30],
        Gen.String[Gen.Char['\0', '\u00ff'], 0, 20],
        Gen.String[Gen.Char['\0', '\u2100'], 0, 20],
        Gen.String[Gen.Char, 0, 12],
        Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 0, 40], Gen.String[Gen.Char, 1, 3], Gen.String[Gen.Char['\u0080', '\u00ff'], 0, 5],
            (ascii, any, latin) => ascii + latin + any + ascii));

    private static byte[] ByBuffer(Action<Utf8JsonBuffer> write)
    {
        var buffer = new Utf8JsonBuffer(8);
        write(buffer);
        return buffer.Written.ToArray();
    }

    private static byte[] ByWriter(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Reference)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }

    [Test]
    public void Strings_are_escaped_as_the_writer_escapes_them()
    {
        Text.Sample(text => Convert.ToHexString(ByBuffer(b => b.String(text))) == Convert.ToHexString(ByWriter(w => w.WriteStringValue(text))), iter: 2000);
    }

    [Test]
    public void Every_character_after_ascii_text_is_escaped_as_the_writer_escapes_it()
    {
        var differing = Enumerable.Range(0, char.MaxValue + 1)
            .Select(c => "ação " + (char)c + " fim")
            .Where(text => !ByBuffer(b => b.String(text)).AsSpan().SequenceEqual(ByWriter(w => w.WriteStringValue(text))))
            .Select(text => (int)text[5])
            .Take(5)
            .ToList();

        Assert.That(differing, Is.Empty);
    }

    [TestCase(0L)]
    [TestCase(-1L)]
    [TestCase(long.MinValue)]
    [TestCase(long.MaxValue)]
    public void Numbers_are_written_as_the_writer_writes_them(long value)
    {
        Assert.That(ByBuffer(b => b.Number(value)), Is.EqualTo(ByWriter(w => w.WriteNumberValue(value))));
    }

    [Test]
    public void Instants_are_formatted_as_the_writer_formats_them()
    {
        Gen.OneOf(ModelGraphs.Instants, Gen.OneOfConst(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DateTimeOffset.UnixEpoch))
            .Sample(instant => Convert.ToHexString(ByBuffer(b => b.Instant(instant))) == Convert.ToHexString(ByWriter(w => w.WriteStringValue(instant))), iter: 1000);
    }

    [Test]
    public void Dates_are_formatted_as_the_serializer_formats_them()
    {
        Gen.DateOnly.Sample(date => Convert.ToHexString(ByBuffer(b => b.Date(date))) == Convert.ToHexString(JsonSerializer.SerializeToUtf8Bytes(date, CanonicalJson.CompactOptions)), iter: 1000);
    }

    [Test]
    public void Objects_and_arrays_get_their_brackets_whether_empty_or_not()
    {
        var bytes = ByBuffer(b =>
        {
            var outer = b.Open();
            b.Raw(",\"a\":"u8);
            var empty = b.Open();
            b.Close(empty, (byte)'[', (byte)']');
            b.Raw(",\"b\":"u8);
            var items = b.Open();
            b.Byte((byte)',');
            b.Boolean(true);
            b.Byte((byte)',');
            b.Null();
            b.Close(items, (byte)'[', (byte)']');
            b.Close(outer, (byte)'{', (byte)'}');
        });

        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo("{\"a\":[],\"b\":[true,null]}"));
    }
}
