using System.Text;
using CooperJus.Adapters.PE.Tests.Support;
using CooperJus.Gateway.Core;
using static CooperJus.Adapters.PE.Tests.Support.SgfCsv;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>UTF-8 with or without BOM, or Windows-1252, told apart from the bytes; configuration may force one.</summary>
public sealed class EncodingTests
{
    private static readonly string Csv = Build(Row(Request(), Person(), ("APELLIDO_PATERNO", "Peña"), ("NOMBRES", "José Ángel")));

    [Test]
    public void Windows_1252_file_is_detected_and_decoded()
    {
        var request = Pe.ReadBytes(CodePages.Windows1252Bytes(Csv)).Single().Request!;

        Assert.That(request.Persons.Single().FullName, Is.EqualTo("José Ángel Peña Mamani"));
        Assert.That(request.IssuingAuthority.Name, Is.EqualTo("Fiscalía Provincial Penal Corporativa de Cusco"));
    }

    [Test]
    public void Utf8_with_and_without_bom_read_the_same()
    {
        var withBom = Pe.ReadBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Csv)]).Single().Request!;
        var withoutBom = Pe.ReadBytes(Encoding.UTF8.GetBytes(Csv)).Single().Request!;

        Assert.That(Gateway.Core.CanonicalJson.Serialize(withBom), Is.EqualTo(Gateway.Core.CanonicalJson.Serialize(withoutBom)));
    }

    [Test]
    public void Configured_encoding_overrides_detection()
    {
        var adapter = Pe.Adapter(new Dictionary<string, string> { ["encoding"] = "utf-8" });

        var result = Pe.ReadBytes(CodePages.Windows1252Bytes(Csv), adapter: adapter).Single();

        Assert.That(result.IsAccepted, Is.False);
        var invalid = result.Problems.Where(p => p.Rule == "encoding.invalid").Select(p => p.Source!.Field);
        Assert.That(invalid, Does.Contain("APELLIDO_PATERNO").And.Contain("DEPENDENCIA"));
    }

    [Test]
    public void Configured_windows_1252_reads_a_windows_1252_file()
    {
        var adapter = Pe.Adapter(new Dictionary<string, string> { ["Encoding"] = "windows-1252" });

        Assert.That(Pe.ReadBytes(CodePages.Windows1252Bytes(Csv), adapter: adapter).Single().IsAccepted, Is.True);
    }

    [Test]
    public void Unknown_configured_encoding_stops_the_adapter_at_creation()
    {
        Assert.That(() => Pe.Adapter(new Dictionary<string, string> { ["Encoding"] = "klingon-8" }),
            Throws.ArgumentException.With.Message.Contains("klingon-8"));
    }

    [Test]
    public void Row_in_another_encoding_after_utf8_detection_is_an_error_on_that_row()
    {
        var results = Pe.ReadSample(Path.Combine("bad", "solicitudes_bad_mixed-encodings.csv"));

        Assert.That(results.Select(r => r.IsAccepted), Is.EqualTo(new[] { true, false }));
        var errors = results[1].Problems;
        Assert.That(errors.Select(e => e.Source!.Row), Has.All.EqualTo(81));
        Assert.That(errors.Where(e => e.Rule == "encoding.invalid").Select(e => e.Source!.Field), Does.Contain("DOMICILIO").And.Contain("FISCAL"));
    }

    [Test]
    public void Character_cut_by_the_detection_window_does_not_make_a_utf8_file_look_like_windows_1252()
    {
        var header = Build([]);
        var filler = new string('a', 64 * 1024 - Encoding.UTF8.GetByteCount(header) - Encoding.UTF8.GetByteCount("SGF-2024-000001;") - 1);
        var csv = Build(Row(Request(), Person(), ("NRO_SOLICITUD", "SGF-2024-000001"), ("CARPETA_FISCAL", filler + "ñ")));
        Assert.That(Encoding.UTF8.GetBytes(csv)[64 * 1024 - 1], Is.EqualTo(0xC3), "the window must end inside 'ñ'");

        var result = Pe.Read(csv).Single();

        Assert.That(result.Request!.IssuingAuthority.CaseReference, Does.EndWith("añ"));
    }
}
