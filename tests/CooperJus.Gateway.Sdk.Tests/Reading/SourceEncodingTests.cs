using System.Text;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Gateway.Sdk.Tests.Reading;

/// <summary>
/// The SDK's encoding detection. Code pages are registered by the host, never by the SDK: the first test runs before
/// this test process registers them (nothing else here does), the tests that need windows-1252 register them as a host would.
/// </summary>
[NonParallelizable]
public sealed class SourceEncodingTests
{
    private static readonly SourceEncodingOptions Windows = new() { LegacyEncoding = "windows-1252" };

    private static readonly SourceEncodingOptions Xml = new() { ReadXmlDeclaration = true, DetectionWindow = 1024 };

    private static DetectedEncoding Detect(byte[] bytes, SourceEncodingOptions options) =>
        SourceEncoding.Detect(new MemoryStream(bytes), "export.csv", options);

    private static string Text(DetectedEncoding detected)
    {
        using var reader = detected.OpenReader();
        return reader.ReadToEnd();
    }

    private static void RegisterCodePagesAsTheHostDoes() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Windows1252(string text)
    {
        RegisterCodePagesAsTheHostDoes();
        return Encoding.GetEncoding(1252).GetBytes(text);
    }

    [Test, Order(1)]
    public void Reports_a_located_problem_when_the_host_has_not_registered_the_code_pages()
    {
        var detected = Detect([0x41, 0xF1, 0x6F, 0x0A], Windows);
        Assert.That(detected.Encoding, Is.Null);
        Assert.That((detected.Problem!.Rule, detected.Problem.Source!.File, detected.Problem.Source.Line), Is.EqualTo(("encoding.unavailable", "export.csv", 1L)));
        Assert.That(detected.Problem.Message, Does.Contain("windows-1252").And.Contain("registers the code pages"));
        Assert.That(() => SourceEncoding.Resolve("windows-1252"), Throws.ArgumentException.With.Message.Contain("not available"));
    }

    [Test, Order(2)]
    public void Reads_windows_1252_when_the_bytes_are_not_utf8()
    {
        var detected = Detect(Windows1252("Año;Cusco €\n"), Windows);
        Assert.That(detected.Problem, Is.Null);
        Assert.That((detected.EncodingName, detected.IsUtf8), Is.EqualTo(("windows-1252", false)));
        Assert.That(Text(detected), Is.EqualTo("Año;Cusco €\n"));
    }

    [Test, Order(3)]
    public void A_forced_encoding_wins_over_what_the_bytes_look_like()
    {
        var bytes = Encoding.UTF8.GetBytes("Año");
        var detected = Detect(bytes, Windows with { Forced = SourceEncoding.Resolve("windows-1252") });
        Assert.That(Text(detected), Is.EqualTo("AÃ±o"));
    }

    [Test]
    public void Reads_strict_utf8_as_utf8_and_skips_its_byte_order_mark()
    {
        var detected = Detect([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Año;x\r\nb")], Windows);
        Assert.That(detected.IsUtf8, Is.True);
        Assert.That(detected.FirstLine(), Is.EqualTo("Año;x"));
        Assert.That(Text(detected), Is.EqualTo("Año;x\r\nb"));
    }

    [Test]
    public void A_utf8_character_cut_by_the_detection_window_is_still_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 1023) + "ñ and more");
        var detected = Detect(bytes, Windows with { DetectionWindow = 1024 });
        Assert.That(detected.IsUtf8, Is.True);
        Assert.That(Text(detected), Does.EndWith("ñ and more"));
    }

    [Test]
    public void An_empty_file_is_empty_after_its_byte_order_mark()
    {
        Assert.That(Detect([0xEF, 0xBB, 0xBF], Windows).IsEmpty, Is.True);
        Assert.That(Detect([], Xml).IsEmpty, Is.True);
    }

    [Test]
    public void Follows_the_xml_declaration_without_a_byte_order_mark()
    {
        var detected = Detect(Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Coruña</a>"), Xml);
        Assert.That(detected.Encoding!.CodePage, Is.EqualTo(28591));
        Assert.That(Text(detected), Does.EndWith("<a>Coruña</a>"));
    }

    [Test]
    public void A_byte_order_mark_wins_over_the_xml_declaration()
    {
        var detected = Detect([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>")], Xml);
        Assert.That(detected.Encoding!.CodePage, Is.EqualTo(1200));
        Assert.That(Text(detected), Does.StartWith("<?xml"));
    }

    [Test]
    public void An_unknown_declared_encoding_is_a_located_problem()
    {
        var detected = Detect(Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"klingon-8\"?><a/>"), Xml);
        Assert.That((detected.Problem!.Rule, detected.Problem.Source!.Line), Is.EqualTo(("encoding.unknown", 1L)));
        Assert.That(detected.Problem.Message, Does.Contain("klingon-8"));
    }

    [Test]
    public void A_declared_utf16_over_single_bytes_is_a_located_problem()
    {
        var detected = Detect(Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>"), Xml);
        Assert.That(detected.Problem!.Message, Does.Contain("one byte per character"));
    }

    [Test]
    public void An_xml_file_without_declaration_is_utf8_even_when_its_bytes_are_not()
    {
        var detected = Detect([.. Encoding.ASCII.GetBytes("<a>"), 0xF1, .. Encoding.ASCII.GetBytes("</a>")], Xml);
        Assert.That(detected.IsUtf8, Is.True);
        Assert.That(Text(detected), Is.EqualTo("<a>\uFFFD</a>"));
    }
}
