using CooperJus.Adapters.ES.Tests.Support;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>Each file of samples/ES/responses/bad breaks one response rule: the adapter reports exactly that rule, located.</summary>
public sealed class ResponseBadSampleTests
{
    [TestCase("fortuny-respuesta_bad_required.xml", "required", "/Respuestas/Respuesta[1]/Resultado", "Resumen", 5)]
    [TestCase("fortuny-respuesta_bad_estado.xml", "code-list.unknown", "/Respuestas/Respuesta[1]", "@estado", 3)]
    [TestCase("fortuny-respuesta_bad_solicitud.xml", "response.request-id", "/Respuestas/Respuesta[1]", "@solicitud", 3)]
    [TestCase("fortuny-respuesta_bad_fecha.xml", "date.invalid", "/Respuestas/Respuesta[1]", "@fecha", 3)]
    [TestCase("fortuny-respuesta_bad_diligencia.xml", "xml.invalid-value", "/Respuestas/Respuesta[1]/Resultado", "@diligencia", 5)]
    [TestCase("fortuny-respuesta_bad_motivo.xml", "code-list.unknown", "/Respuestas/Respuesta[1]/Resultado/Motivo", "@codigo", 7)]
    [TestCase("fortuny-respuesta_bad_anexo-resultado.xml", "response.attachment-unknown", "/Respuestas/Respuesta[1]/Resultado/AnexoResultado", "@nombre", 7)]
    [TestCase("fortuny-respuesta_bad_sha256.xml", "attachment.invalid-sha256", "/Respuestas/Respuesta[1]/Anexo", "@sha256", 5)]
    [TestCase("fortuny-respuesta_bad_importe.xml", "amount.invalid", "/Respuestas/Respuesta[1]/Resultado/Costes", "@importe", 7)]
    [TestCase("fortuny-respuesta_bad_pais.xml", "country.unknown", "/Respuestas/Respuesta[1]/Resultado/RemitidaA", "@pais", 7)]
    [TestCase("fortuny-respuesta_bad_duplicate.xml", "xml.duplicate-element", "/Respuestas/Respuesta[1]/Mensaje[2]", null, 6)]
    [TestCase("fortuny-respuesta_bad_plazo.xml", "date.invalid", "/Respuestas/Respuesta[1]/Resultado/InformacionRequerida", "@plazo", 7)]
    [TestCase("fortuny-respuesta_bad_root.xml", "xml.root", "/Exportacion", null, 2)]
    [TestCase("fortuny-respuesta_bad_namespace.xml", "xml.namespace", "/Respuestas", "xmlns", 2)]
    [TestCase("fortuny-respuesta_bad_doctype.xml", "xml.doctype", "/", null, 2)]
    [TestCase("fortuny-respuesta_bad_malformed.xml", "xml.malformed", "/Respuestas/Respuesta[2]", null, 11)]
    [TestCase("fortuny-respuesta_bad_empty.xml", "xml.empty", "/", null, 1)]
    [TestCase("fortuny-respuesta_bad_encoding.xml", "xml.encoding", "/Respuestas/Respuesta[1]", null, 4)]
    public void Bad_response_sample_is_rejected_with_its_rule_at_its_place(string file, string rule, string path, string? field, int line)
    {
        var errors = Spain.ReadResponses(Path.Combine(Paths.BadResponseSamples, file)).SelectMany(r => r.Problems).Where(p => p.IsError).ToList();

        Assert.That(errors, Has.Count.EqualTo(1), string.Join("\n", errors));
        Assert.That(errors[0].Rule, Is.EqualTo(rule));
        Assert.That((errors[0].Source!.File, errors[0].Source!.Path, errors[0].Source!.Field, errors[0].Source!.Line), Is.EqualTo((file, path, field, (long?)line)));
    }

    [Test]
    public void The_respuesta_complete_before_the_break_is_still_accepted()
    {
        var results = Spain.ReadResponses(Path.Combine(Paths.BadResponseSamples, "fortuny-respuesta_bad_malformed.xml"));

        Assert.That(results.Where(r => r.IsAccepted).Select(r => r.RecordId), Is.EqualTo(new[] { "CRI-BAD-OK-1" }));
    }
}
