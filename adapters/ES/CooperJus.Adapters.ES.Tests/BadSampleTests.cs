using CooperJus.Adapters.ES.Tests.Support;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>
/// Each file of samples/ES/bad breaks one rule: the adapter reports exactly that rule, located by file, path, field
/// and line. The core's own rules (birth date in the future, deadline before the request) are left to core validation:
/// the adapter accepts those records and traces the field so the core can locate its error.
/// </summary>
public sealed class BadSampleTests
{
    [TestCase("fortuny_bad_doctype.xml", "xml.doctype", "/", null, 2)]
    [TestCase("fortuny_bad_entity-bomb.xml", "xml.doctype", "/", null, 2)]
    [TestCase("fortuny_bad_malformed.xml", "xml.malformed", "/Exportacion/Solicitud[2]", null, 14)]
    [TestCase("fortuny_bad_truncated.xml", "xml.malformed", "/Exportacion/Solicitud[2]", null, 14)]
    [TestCase("fortuny_bad_dni-letter.xml", "identity.check-digit", "/Exportacion/Solicitud[1]/Interviniente", "Documento", 14)]
    [TestCase("fortuny_bad_nie.xml", "identity.check-digit", "/Exportacion/Solicitud[1]/Interviniente", "Documento", 14)]
    [TestCase("fortuny_bad_cif.xml", "identity.check-digit", "/Exportacion/Solicitud[1]/Interviniente", "Documento", 12)]
    [TestCase("fortuny_bad_date.xml", "date.invalid", "/Exportacion/Solicitud[1]/Interviniente", "FechaNacimiento", 15)]
    [TestCase("fortuny_bad_country.xml", "country.unknown", "/Exportacion/Solicitud[1]", "EstadoRequerido", 6)]
    [TestCase("fortuny_bad_country-conflict.xml", "country.conflict", "/Exportacion/Solicitud[1]", "EstadoRequerido", 6)]
    [TestCase("fortuny_bad_measure.xml", "code-list.unknown", "/Exportacion/Solicitud[1]/Diligencia", "@tipo", 10)]
    [TestCase("fortuny_bad_namespace.xml", "xml.namespace", "/Exportacion", "xmlns", 2)]
    [TestCase("fortuny_bad_root.xml", "xml.root", "/Solicitudes", null, 2)]
    [TestCase("fortuny_bad_empty.xml", "xml.empty", "/", null, 1)]
    [TestCase("fortuny_bad_random.xml", "xml.encoding", "/", null, 1)]
    [TestCase("fortuny_bad_encoding.xml", "xml.encoding", "/", null, 1)]
    [TestCase("fortuny_bad_nesting.xml", "xml.depth", "/Exportacion/Solicitud[2]", null, 12)]
    [TestCase("fortuny_bad_duplicate.xml", "xml.duplicate-element", "/Exportacion/Solicitud[1]/Fiscalia[2]", null, 11)]
    [TestCase("fortuny_bad_required.xml", "required", "/Exportacion/Solicitud[1]", "Hechos", 3)]
    [TestCase("fortuny_bad_reservada.xml", "xml.invalid-value", "/Exportacion/Solicitud[1]", "Reservada", 11)]
    [TestCase("fortuny_bad_sha256.xml", "attachment.invalid-sha256", "/Exportacion/Solicitud[1]/Anexo", "@sha256", 11)]
    [TestCase("fortuny_bad_generada.xml", "date.invalid", "/Exportacion", "@generada", 2)]
    [TestCase("fortuny_bad_afectado.xml", "reference.unknown", "/Exportacion/Solicitud[1]/Diligencia/Afectado", "@interviniente", 14)]
    [TestCase("fortuny_bad_id.xml", "reference.duplicate", "/Exportacion/Solicitud[1]/Interviniente[2]", "@id", 13)]
    [TestCase("fortuny_bad_channel.xml", "channel.conflict", "/Exportacion/Solicitud[1]", "Canal", 8)]
    [TestCase("fortuny_bad_modalidad.xml", "xml.invalid-value", "/Exportacion/Solicitud[1]/Diligencia", "@modalidad", 9)]
    [TestCase("fortuny_bad_meses.xml", "xml.invalid-value", "/Exportacion/Solicitud[1]/Delito", "@mesesPrision", 7)]
    [TestCase("fortuny_bad_proteccion.xml", "required", "/Exportacion/Solicitud[1]/ProteccionDatos", "BaseTransferencia", 7)]
    public void Bad_sample_is_rejected_with_its_rule_at_its_place(string file, string rule, string path, string? field, int line)
    {
        var errors = Spain.ReadFile(Path.Combine(Paths.BadSamples, file)).SelectMany(r => r.Problems).Where(p => p.IsError).ToList();

        Assert.That(errors, Has.Count.EqualTo(1), string.Join("\n", errors));
        Assert.That(errors[0].Rule, Is.EqualTo(rule));
        Assert.That((errors[0].Source!.File, errors[0].Source!.Path, errors[0].Source!.Field, errors[0].Source!.Line), Is.EqualTo((file, path, field, (long?)line)));
    }

    [TestCase("fortuny_bad_birth-in-future.xml", "/persons/0/birthDate", "FechaNacimiento", 15)]
    [TestCase("fortuny_bad_deadline.xml", "/urgency/deadlines/0/by", "FechaLimite", 7)]
    public void Record_left_to_core_validation_is_accepted_with_its_field_traced(string file, string pointer, string field, int line)
    {
        var result = Spain.ReadFile(Path.Combine(Paths.BadSamples, file)).Single();

        Assert.That(result.IsAccepted, Is.True, string.Join("\n", result.Problems));
        var source = result.Lineage.Single(e => e.CanonicalPath == pointer).Sources[0];
        Assert.That((source.Field, source.Line), Is.EqualTo((field, (long?)line)));
    }

    [Test]
    public void Birth_date_in_the_future_is_read_as_written()
    {
        var result = Spain.ReadFile(Path.Combine(Paths.BadSamples, "fortuny_bad_birth-in-future.xml")).Single();

        Assert.That(result.Request!.Persons[0].BirthDate, Is.EqualTo(new DateOnly(2031, 3, 15)));
    }

    [TestCase("fortuny_bad_malformed.xml", "FEA-BAD-OK-1")]
    [TestCase("fortuny_bad_truncated.xml", "FEA-BAD-TRUNC-1")]
    public void Solicitud_complete_before_the_break_is_still_accepted(string file, string goodReference)
    {
        var results = Spain.ReadFile(Path.Combine(Paths.BadSamples, file));

        Assert.That(results.Where(r => r.IsAccepted).Select(r => r.RecordId), Is.EqualTo(new[] { goodReference }));
        Assert.That(results[^1].RecordId, Is.Null, "the break is reported last, as a file problem");
    }

    [Test]
    public void Bad_generada_rejects_every_request_of_the_file_each_with_its_reason()
    {
        var results = Spain.ReadFile(Path.Combine(Paths.BadSamples, "fortuny_bad_generada.xml"));

        Assert.That(results.Select(r => (r.RecordId, r.IsAccepted)), Is.EqualTo(new[] { ((string?)"FEA-BAD-GENERADA", false) }));
        Assert.That(results[0].OriginalText, Does.StartWith("<Solicitud referencia=\"FEA-BAD-GENERADA\">"));
    }

    [Test]
    public void Every_bad_sample_has_an_expect_file_naming_the_rule_it_breaks()
    {
        foreach (var file in Directory.EnumerateFiles(Paths.BadSamples, "*.xml"))
        {
            var expect = file + ".expect";
            Assert.That(File.Exists(expect), Is.True, expect);
            var rules = File.ReadAllLines(expect).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
            Assert.That(rules, Has.Count.EqualTo(1), expect);
            Assert.That(Path.GetFileName(file), Does.StartWith("fortuny_bad_"));
        }
    }

    [Test]
    public void Rejected_record_keeps_its_original_text_and_is_named_by_its_referencia()
    {
        var result = Spain.ReadFile(Path.Combine(Paths.BadSamples, "fortuny_bad_dni-letter.xml")).Single();

        Assert.That(result.RecordId, Is.EqualTo("FEA-BAD-DNI"));
        Assert.That(result.Request, Is.Null);
        Assert.That(result.OriginalText, Does.StartWith("<Solicitud referencia=\"FEA-BAD-DNI\">").And.EndWith("</Solicitud>").And.Contain("24561837A"));
    }

    [Test]
    public void File_problems_have_no_record_id_and_carry_their_location()
    {
        var result = Spain.ReadFile(Path.Combine(Paths.BadSamples, "fortuny_bad_namespace.xml")).Single();

        Assert.That(result.RecordId, Is.Null);
        Assert.That(result.Location, Is.EqualTo(result.Problems[0].Source));
    }

}
