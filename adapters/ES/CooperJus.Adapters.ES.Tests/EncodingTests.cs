using System.Text;
using CooperJus.Adapters.ES.Tests.Support;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>The file is decoded as its byte order mark or its XML declaration says (UTF-8 when neither does).</summary>
public sealed class EncodingTests
{
    private static readonly string Accented = FortunyXml.Document(FortunyXml.Replacing("Fiscalía Provincial de Valencia", "Fiscalía Provincial de A Coruña, Sección de Menores (Ñ/ü/ç/ª)"));

    private static string Expected => Json.WithoutProvenance(Spain.ReadText(Accented).Single().Request!);

    private static string Declared(string encodingName) => Accented.Replace("encoding=\"UTF-8\"", $"encoding=\"{encodingName}\"", StringComparison.Ordinal);

    [TestCase("ISO-8859-1")]
    [TestCase("iso-8859-1")]
    [TestCase("latin1")]
    public void Latin1_declared_file_is_decoded_as_Latin1(string name)
    {
        var result = Spain.ReadBytes(Encoding.Latin1.GetBytes(Declared(name))).Single();

        Assert.That(Json.WithoutProvenance(result.Request!), Is.EqualTo(Expected));
    }

    [Test]
    public void Windows_1252_declared_file_is_decoded_with_its_euro_sign()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var xml = Declared("windows-1252").Replace("</Solicitud>", "  <BienCultural><TipoObjeto>Moneda</TipoObjeto><Valor>1.000,00 €</Valor></BienCultural>\n  </Solicitud>", StringComparison.Ordinal);

        var result = Spain.ReadBytes(windows1252.GetBytes(xml)).Single();

        Assert.That(windows1252.GetBytes("€"), Is.EqualTo(new byte[] { 0x80 }));
        Assert.That(result.Request!.Assets[0].Value!.Currency, Is.EqualTo("EUR"));
        Assert.That(result.Request.IssuingAuthority.Name, Does.Contain("Coruña"));
    }

    [Test]
    public void Utf8_with_byte_order_mark_reads_like_without()
    {
        var result = Spain.ReadBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Accented)]).Single();

        Assert.That(Json.WithoutProvenance(result.Request!), Is.EqualTo(Expected));
        Assert.That(result.OriginalText, Does.StartWith("<Solicitud"));
    }

    [Test]
    public void Utf16_with_byte_order_mark_is_read()
    {
        var result = Spain.ReadBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Declared("UTF-16"))]).Single();

        Assert.That(Json.WithoutProvenance(result.Request!), Is.EqualTo(Expected));
    }

    [Test]
    public void File_without_declaration_is_read_as_utf8()
    {
        var result = Spain.ReadText(Accented.Replace(FortunyXml.Declaration + "\n", "", StringComparison.Ordinal)).Single();

        Assert.That(Json.WithoutProvenance(result.Request!), Is.EqualTo(Expected));
    }

    [Test]
    public void Declaring_utf16_over_single_bytes_is_an_encoding_error()
    {
        var problem = Spain.ReadBytes(Encoding.ASCII.GetBytes(Declared("UTF-16"))).Single().Problems.Single();

        Assert.That((problem.Rule, problem.Source!.Line), Is.EqualTo(("xml.encoding", (long?)1)));
    }

    [Test]
    public void Broken_utf8_after_a_good_Solicitud_keeps_the_good_one()
    {
        var xml = FortunyXml.Document(FortunyXml.Minimal, FortunyXml.Numbered("T-2").Replace("Hechos de prueba.", "Hechos ##", StringComparison.Ordinal));
        var bytes = Encoding.UTF8.GetBytes(xml);
        var at = Array.IndexOf(bytes, (byte)'#');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var results = Spain.ReadBytes(bytes);

        Assert.That(results.Select(r => (r.RecordId, r.IsAccepted)), Is.EqualTo(new[] { ((string?)"T-1", true), (null, false) }));
        Assert.That(results[1].Problems.Single().Rule, Is.EqualTo("xml.encoding"));
        Assert.That(results[1].Problems.Single().Message, Does.Contain("0xC3"));
    }
}
