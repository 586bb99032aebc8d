using CooperJus.Adapters.ES.Tests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>Fortuny response files (<c>Respuestas</c>) → canonical responses: what each element becomes, and where from.</summary>
public sealed class ResponseReadingTests
{
    private const string Sample = "fortuny-respuesta_2024_comisiones.xml";

    private static List<CooperationResponse> SampleResponses() =>
        [.. Spain.ReadResponses(Path.Combine(Paths.ResponseSamples, Sample)).Select(r => r.Response!)];

    [Test]
    public void Every_status_of_the_sample_is_read_without_errors()
    {
        var results = Spain.ReadResponses(Path.Combine(Paths.ResponseSamples, Sample));

        Assert.That(results.SelectMany(r => r.Problems).Where(p => p.IsError), Is.Empty);
        Assert.That(results.Select(r => r.Response!.Status), Is.EqualTo(new[]
        {
            ResponseStatus.Acknowledged, ResponseStatus.InProgress, ResponseStatus.PartiallyExecuted, ResponseStatus.Refused,
            ResponseStatus.Postponed, ResponseStatus.ConditionsProposed, ResponseStatus.Forwarded, ResponseStatus.MeasureSubstituted,
            ResponseStatus.Withdrawn, ResponseStatus.Executed,
        }));
    }

    [Test]
    public void The_response_id_is_stable_for_a_referencia_and_names_the_request_by_its_id()
    {
        var first = SampleResponses()[0];

        Assert.That(first.ResponseId, Is.EqualTo(RequestIds.FromNationalReference("ES", "FORTUNY-RESPUESTA", "CRI-RESP-2024-0101")));
        Assert.That(SampleResponses()[0].ResponseId, Is.EqualTo(first.ResponseId), "the same file read again gives the same id");
        Assert.That(first.InResponseTo, Is.EqualTo("1810dd5a-96db-8d68-9059-f69c25f292b7"));
        Assert.That((first.RespondingAuthority.Country, first.RespondingAuthority.Name, first.Language), Is.EqualTo(("ES", "Fiscalía Provincial de Madrid", "es")));
    }

    [Test]
    public void A_partially_executed_response_carries_per_measure_results_grounds_costs_limitations_and_attachments()
    {
        var response = SampleResponses()[2];

        Assert.That(response.Results.Select(r => (r.MeasureIndex, r.Status)), Is.EqualTo(new (int?, ResponseStatus)[]
        {
            (0, ResponseStatus.Executed), (1, ResponseStatus.Refused), (2, ResponseStatus.InformationNeeded),
        }));
        Assert.That(response.Results[0].Costs, Is.EqualTo(new ExecutionCosts { Amount = new MonetaryAmount { Amount = "1250.00", Currency = "EUR" }, Extraordinary = true, Description = "Traducción jurada de los extractos bancarios" }));
        Assert.That(response.Results[0].AttachmentFileNames, Is.EqualTo(new[] { "extractos_caixabank.pdf" }));
        Assert.That(response.Results[1].RefusalGrounds.Select(g => g.Code), Is.EqualTo(new[] { RefusalGroundCode.AbsenceOfDualCriminality, RefusalGroundCode.Other }));
        Assert.That(response.Results[2].InformationNeeded[0], Is.EqualTo(new InformationNeeded { Description = "Domicilio actual del testigo en España", By = new DateOnly(2024, 7, 15) }));
        Assert.That(response.UseLimitations.Select(l => l.Kind), Is.EqualTo(new[] { UseLimitationKind.Speciality, UseLimitationKind.Confidentiality }));
        Assert.That(response.Attachments[0].Sha256, Is.EqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"), "hash in lower case");
    }

    [Test]
    public void A_latin1_response_keeps_its_accents_and_takes_an_upper_case_request_id()
    {
        var response = Spain.ReadResponses(Path.Combine(Paths.ResponseSamples, "fortuny-respuesta_2024_latin1.xml")).Single().Response!;

        Assert.That(response.RespondingAuthority.Officer!.Name, Is.EqualTo("Íñigo Peñalver Núñez"));
        Assert.That(response.InResponseTo, Is.EqualTo("1810dd5a-96db-8d68-9059-f69c25f292b7"));
        Assert.That(response.Status, Is.EqualTo(ResponseStatus.Executed), "EJECUTADA is a synonym of CUMPLIMENTADA");
    }

    [Test]
    public void Each_response_keeps_its_original_text_and_traces_its_fields_to_their_lines()
    {
        var result = Spain.ReadResponses(Path.Combine(Paths.ResponseSamples, Sample))[2];

        Assert.That(result.OriginalText, Does.StartWith("<Respuesta referencia=\"CRI-RESP-2024-0103\"").And.EndWith("</Respuesta>"));
        var grounds = result.Lineage.Single(e => e.CanonicalPath == "/results/1/refusalGrounds/0/code").Sources[0];
        Assert.That((grounds.Path, grounds.Field, grounds.Line), Is.EqualTo(("/Respuestas/Respuesta[3]/Resultado[2]/Motivo[1]", "@codigo", (long?)25)));
    }

    [Test]
    public void A_refused_response_without_an_error_elsewhere_is_read_even_when_its_ground_has_no_explanation()
    {
        var ground = SampleResponses()[2].Results[1].RefusalGrounds[1];

        Assert.That(ground, Is.EqualTo(new RefusalGround { Code = RefusalGroundCode.Other }));
    }

    [Test]
    public void A_response_nested_too_deep_is_refused_and_the_next_one_still_read()
    {
        var deep = string.Concat(Enumerable.Repeat("<x>", 40)) + string.Concat(Enumerable.Repeat("</x>", 40));
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Respuestas xmlns="urn:es:fiscalia:fortuny:cooperacion:3" version="3.0" generada="2024-06-10T12:00:00+02:00">
              <Respuesta referencia="R-1" solicitud="1810dd5a-96db-8d68-9059-f69c25f292b7" estado="RECIBIDA" fecha="2024-06-10T10:00:00+02:00"><Autoridad>Fiscalía</Autoridad>{deep}</Respuesta>
              <Respuesta referencia="R-2" solicitud="1810dd5a-96db-8d68-9059-f69c25f292b7" estado="RECIBIDA" fecha="2024-06-10T10:00:00+02:00"><Autoridad>Fiscalía</Autoridad></Respuesta>
            </Respuestas>
            """;

        var results = Spain.ReadResponseText(xml);

        Assert.That(results.Select(r => (r.RecordId, r.IsAccepted)), Is.EqualTo(new[] { ("Respuesta[1]", false), ("R-2", true) }));
        Assert.That((results[0].Problems.Single().Rule, results[0].Problems.Single().Source!.Line), Is.EqualTo(("xml.depth", (long?)3)));
    }

    [Test]
    public void A_response_with_an_error_is_rejected_and_the_next_one_still_read()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Respuestas xmlns="urn:es:fiscalia:fortuny:cooperacion:3" version="3.0" generada="2024-06-10T12:00:00+02:00">
              <Respuesta referencia="R-1" solicitud="no-es-un-id" estado="RECIBIDA" fecha="2024-06-10T10:00:00+02:00"><Autoridad>Fiscalía</Autoridad></Respuesta>
              <Respuesta referencia="R-2" solicitud="1810dd5a-96db-8d68-9059-f69c25f292b7" estado="RECIBIDA" fecha="2024-06-10T10:00:00+02:00"><Autoridad>Fiscalía</Autoridad></Respuesta>
            </Respuestas>
            """;

        var results = Spain.ReadResponseText(xml);

        Assert.That(results.Select(r => (r.RecordId, r.IsAccepted)), Is.EqualTo(new[] { ("R-1", false), ("R-2", true) }));
        Assert.That(results[0].Problems.Single().Rule, Is.EqualTo("response.request-id"));
    }
}
