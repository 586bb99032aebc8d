using System.Text.Json.Nodes;
using CooperJus.Adapters.EC.Tests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.EC.Tests;

/// <summary>The solicitud as a whole: ids, case numbers, terms, offences and measures.</summary>
public sealed class SolicitudMappingTests
{
    [Test]
    public void Derives_the_request_id_from_idSolicitud_and_the_SIAF_system()
    {
        var request = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud("SIAF-AI-2026-000900"))).Single().Request!;

        Assert.That(request.RequestId, Is.EqualTo(RequestIds.FromNationalReference("EC", "SIAF", "SIAF-AI-2026-000900")));
        Assert.That(request.IssuingAuthority.RequestReference, Is.EqualTo("SIAF-AI-2026-000900"));
        Assert.That(request.IssuingAuthority.NationalSystem, Is.EqualTo("SIAF"));
    }

    [Test]
    public void A_request_from_abroad_written_by_the_gateway_keeps_its_id_case_number_and_country()
    {
        var solicitud = Ecuador.Solicitud().With(s =>
        {
            s["idPasarela"] = "1810dd5a-96db-8d68-9059-f69c25f292b7";
            s.Remove("noticiaDelDelito");
            s["expedienteExterno"] = "2506015503-2024-203-0";
            s["fiscalia"]!["pais"] = "Perú";
        });

        var request = Ecuador.Read(Ecuador.Export(solicitud)).Single().Request!;

        Assert.That(request.RequestId, Is.EqualTo("1810dd5a-96db-8d68-9059-f69c25f292b7"));
        Assert.That(request.IssuingAuthority.CaseReference, Is.EqualTo("2506015503-2024-203-0"));
        Assert.That(request.IssuingAuthority.Country, Is.EqualTo("PE"));
    }

    [Test]
    public void Without_urgencia_or_reservada_a_solicitud_is_normal_and_not_confidential_by_default()
    {
        var result = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud())).Single();

        Assert.That(result.Request!.Urgency.Level, Is.EqualTo(UrgencyLevel.Normal));
        Assert.That(result.Request.Confidentiality.Confidential, Is.False);
        Assert.That(result.Lineage.Single(e => e.CanonicalPath == "/urgency/level").Conversion, Is.EqualTo("adapter-default"));
    }

    [Test]
    public void The_plazo_is_the_date_by_which_execution_is_asked()
    {
        var request = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud().With(s => s["plazo"] = "15/03/2027"))).Single().Request!;

        Assert.That(request.Urgency.Deadlines, Is.EqualTo(new[] { new Deadline { Kind = DeadlineKind.Execute, By = new DateOnly(2027, 3, 15) } }));
    }

    [Test]
    public void Maps_a_COIP_article_to_its_ICCS_code_and_provision()
    {
        var offence = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud())).Single().Request!.Offences.Single();

        Assert.That(offence.IccsCode, Is.EqualTo("07041"));
        Assert.That(offence.LegalProvision, Is.EqualTo("COIP, art. 317 (lavado de activos)"));
    }

    [Test]
    public void Keeps_an_article_the_code_list_lacks_unclassified_with_a_warning()
    {
        var result = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud().With(s => s["delitos"]![0]!["articulo"] = "COIP-999"))).Single();

        Assert.That(result.IsAccepted, Is.True);
        Assert.That(result.Request!.Offences.Single(), Is.EqualTo(new Offence { NationalCode = "COIP-999" }));
        Assert.That(result.Problems.Single().Rule, Is.EqualTo("code-list.unknown"));
    }

    [Test]
    public void Reads_the_judicial_order_behind_a_coercive_diligencia()
    {
        var solicitud = Ecuador.Solicitud().With(s => s["diligencias"]![0]!["orden"] = JsonNode.Parse(
            """{ "emisor": "JUEZ", "autoridad": "Unidad Judicial Penal de Cuenca", "numero": "01283-2026-01002", "fecha": "08/10/2026" }"""));

        var measure = Ecuador.Read(Ecuador.Export(solicitud)).Single().Request!.Measures.Single();

        Assert.That(measure.NationalOrder, Is.EqualTo(new NationalOrder
        {
            IssuedBy = OrderIssuer.Court, Authority = "Unidad Judicial Penal de Cuenca", Reference = "01283-2026-01002", Date = new DateOnly(2026, 10, 8),
        }));
    }

    [Test]
    public void One_bad_solicitud_does_not_stop_the_good_ones_around_it()
    {
        var bad = Ecuador.Solicitud("SIAF-AI-2026-000902").With(s => s["fechaRegistro"] = "05/10/2026");

        var results = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud("SIAF-AI-2026-000901"), bad, Ecuador.Solicitud("SIAF-AI-2026-000903")));

        Assert.That(results.Select(r => (r.RecordId, r.IsAccepted)), Is.EqualTo(new[]
        {
            ("SIAF-AI-2026-000901", true), ("SIAF-AI-2026-000902", false), ("SIAF-AI-2026-000903", true),
        }));
        Assert.That(results[1].Problems.Single(p => p.IsError).Source!.Path, Is.EqualTo("/solicitudes/1"));
    }

    [TestCase("versionFormato", "2.0", "ec.format-version")]
    [TestCase("sistema", "SATJE", "ec.system")]
    [TestCase("fechaGeneracion", "06/10/2026", "date.invalid")]
    public void A_header_that_cannot_be_read_stops_the_file_before_any_solicitud(string property, string value, string rule)
    {
        var export = JsonNode.Parse(Ecuador.Export(Ecuador.Solicitud()))!.AsObject();
        export[property] = value;

        var results = Ecuador.Read(export.ToJsonString());

        Assert.That(results.Select(r => r.RecordId), Is.All.Null);
        Assert.That(Ecuador.ErrorRules(results), Is.EqualTo(new[] { rule }));
        Assert.That(results.Single().Problems.Single().Source!.Field, Is.EqualTo(property));
    }
}
