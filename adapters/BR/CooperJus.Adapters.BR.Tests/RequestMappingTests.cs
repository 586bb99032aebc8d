using System.Text.Json.Nodes;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using static CooperJus.Adapters.BR.Tests.Support.Results;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>The pedido's own properties: references, authorities, legal grounds, urgency, confidentiality, proceedings, facts.</summary>
public sealed class RequestMappingTests
{
    [Test]
    public void Maps_idPedido_to_request_reference_record_id_and_a_stable_request_id()
    {
        var result = ReadOne(PedidoFile.MinimalPedido("PGR-00018734/2024"));
        var request = Accepted(result);
        Assert.That(result.RecordId, Is.EqualTo("PGR-00018734/2024"));
        Assert.That(request.IssuingAuthority.RequestReference, Is.EqualTo("PGR-00018734/2024"));
        Assert.That(request.Provenance.RecordId, Is.EqualTo("PGR-00018734/2024"));
        Assert.That(request.RequestId, Is.EqualTo(RequestIds.FromNationalReference("BR", "UNICO", "PGR-00018734/2024")));
        Assert.That(result.Lineage.Single(l => l.CanonicalPath == "/requestId").Conversion, Is.EqualTo("request-id"));
    }

    [Test]
    public void Maps_the_header_to_createdAt_language_kind_and_provenance()
    {
        var request = Accepted(ReadOne(PedidoFile.MinimalPedido()));
        Assert.That(request.CreatedAt, Is.EqualTo(new DateTimeOffset(2024, 5, 20, 14, 32, 5, TimeSpan.FromHours(-3))));
        Assert.That(request.CreatedAt.Offset, Is.EqualTo(TimeSpan.FromHours(-3)));
        Assert.That(request.Language, Is.EqualTo("pt"));
        Assert.That(request.Kind, Is.EqualTo(RequestKind.MutualLegalAssistance));
        Assert.That(request.Provenance, Is.EqualTo(new Provenance
        {
            AdapterId = "BR", AdapterVersion = "1.0.0", SourceFormat = "unico-json", SourceFile = "pedidos_test.json", RecordId = "PGR-1/2024",
        }));
    }

    [Test]
    public void Maps_the_issuing_unit_and_member()
    {
        var issuing = Accepted(ReadOne(PedidoFile.FullPedido())).IssuingAuthority;
        Assert.That(issuing.Country, Is.EqualTo("BR"));
        Assert.That(issuing.Name, Is.EqualTo("Procuradoria da República no Paraná"));
        Assert.That(issuing.CaseReference, Is.EqualTo("1.25.000.004512/2023-17"));
        Assert.That(issuing.NationalSystem, Is.EqualTo("UNICO"));
        Assert.That(issuing.Officer, Is.EqualTo(new Officer { Name = "Luísa Helena Conceição Drummond", Role = "Procuradora da República" }));
        Assert.That(issuing.Contact, Is.EqualTo(new Contact { Email = "luisa@mpf.mp.br", Phone = "+55 41 3219-8700" }));
    }

    [Test]
    public void Rejects_a_member_with_a_post_but_no_name()
    {
        var result = ReadWith(PedidoFile.FullPedido(), "/membro/nome", null);
        var problem = Only(result, "required");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/membro"));
        Assert.That(problem.Source!.Field, Is.EqualTo("nome"));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/issuingAuthority/officer/name"));
    }

    [TestCase("idPedido", "/issuingAuthority/requestReference")]
    [TestCase("numeroProcedimento", "/issuingAuthority/caseReference")]
    [TestCase("unidade", "/issuingAuthority/name")]
    [TestCase("paisRequerido", "/requestedAuthority/country")]
    [TestCase("resumoFatos", "/facts/summary")]
    public void Rejects_a_pedido_without_a_required_property(string property, string canonicalPath)
    {
        var result = ReadWith(PedidoFile.MinimalPedido(), "/" + property, null);
        var problem = Only(result, "required");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0"), "the object the member is missing from");
        Assert.That(problem.Source.Field, Is.EqualTo(property));
        Assert.That(problem.Source.File, Is.EqualTo("pedidos_test.json"));
        Assert.That(problem.Source.Line, Is.EqualTo(6), "a missing property is located at its object");
        Assert.That(problem.CanonicalPath, Is.EqualTo(canonicalPath));
        Assert.That(result.IsAccepted, Is.False);
    }

    [Test]
    public void Names_a_pedido_without_idPedido_by_its_place_in_the_file()
    {
        var result = ReadWith(PedidoFile.MinimalPedido(), "/idPedido", null);
        Assert.That(result.RecordId, Is.EqualTo("/pedidos/0"));
    }

    [TestCase("Peru", "PE")]
    [TestCase("PER", "PE")]
    [TestCase("Espanha", "ES")]
    [TestCase("ESP", "ES")]
    [TestCase("Uruguai", "UY")]
    [TestCase("URY", "UY")]
    [TestCase("Estados Unidos", "US")]
    public void Maps_paisRequerido_in_alpha3_or_Portuguese(string written, string alpha2)
    {
        var request = Accepted(ReadWith(PedidoFile.MinimalPedido(), "/paisRequerido", written));
        Assert.That(request.RequestedAuthority.Country, Is.EqualTo(alpha2));
    }

    [Test]
    public void Rejects_an_unknown_requested_country()
    {
        var problem = Only(ReadWith(PedidoFile.MinimalPedido(), "/paisRequerido", "Atlântida"), "country.unknown");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0"));
        Assert.That(problem.Source!.Field, Is.EqualTo("paisRequerido"));
        Assert.That(problem.Source.Value, Is.EqualTo("Atlântida"));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/requestedAuthority/country"));
    }

    [Test]
    public void Maps_autoridadeRequerida_to_the_requested_authority_name()
    {
        var request = Accepted(ReadOne(PedidoFile.FullPedido()));
        Assert.That(request.RequestedAuthority, Is.EqualTo(new RequestedAuthority { Country = "ES", Name = "Ministerio de Justicia" }));
    }

    [TestCase("CONVENCAO_PALERMO", "untoc-2000")]
    [TestCase("CONVENCAO_MERIDA", "uncac-2003")]
    [TestCase("CONVENCAO_VIENA", "vienna-1988")]
    [TestCase("CONVENCAO_INTERAMERICANA", "nassau-1992")]
    [TestCase("CONVENCAO_NASSAU", "nassau-1992")]
    [TestCase("PROTOCOLO_SAN_LUIS", "mercosur-san-luis-1996")]
    [TestCase("RECIPROCIDADE", "reciprocity")]
    public void Maps_a_multilateral_fundamento_to_its_instrument(string code, string instrument)
    {
        var request = Accepted(ReadWith(PedidoFile.MinimalPedido(), "/fundamentos", new JsonArray(code)));
        Assert.That(request.LegalBasis, Has.Count.EqualTo(1));
        Assert.That(request.LegalBasis[0].Instrument, Is.EqualTo(instrument));
        Assert.That(request.LegalBasis[0].Parties, Is.Empty);
    }

    [TestCase("MLAT_BR_PE", "PE")]
    [TestCase("MLAT_BR_ES", "ES")]
    [TestCase("MLAT_BR_US", "US")]
    public void Maps_a_bilateral_treaty_with_its_parties(string code, string partner)
    {
        var request = Accepted(ReadWith(PedidoFile.MinimalPedido(), "/fundamentos", new JsonArray(code)));
        Assert.That(request.LegalBasis[0].Instrument, Is.EqualTo("bilateral-treaty"));
        Assert.That(request.LegalBasis[0].Parties, Is.EqualTo(new[] { "BR", partner }));
    }

    [Test]
    public void Rejects_an_unknown_fundamento()
    {
        var problem = Only(ReadWith(PedidoFile.MinimalPedido(), "/fundamentos", new JsonArray("CONVENCAO_PALERMO", "TRATADO_INEXISTENTE")), "code-list.unknown");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/fundamentos/1"), "an item keeps its own pointer, which holds its index");
        Assert.That(problem.Source.Field, Is.EqualTo("fundamentos"), "the field names the array");
        Assert.That(problem.CanonicalPath, Is.EqualTo("/legalBasis/1/instrument"));
        Assert.That(problem.IsError, Is.True);
    }

    [TestCase("NORMAL", UrgencyLevel.Normal)]
    [TestCase("URGENTE", UrgencyLevel.Urgent)]
    [TestCase("urgente", UrgencyLevel.Urgent)]
    public void Maps_urgencia(string written, UrgencyLevel level)
    {
        var request = Accepted(ReadWith(PedidoFile.FullPedido(), "/urgencia", written));
        Assert.That(request.Urgency.Level, Is.EqualTo(level));
    }

    [Test]
    public void Maps_urgency_reason_and_deadline()
    {
        var urgency = Accepted(ReadOne(PedidoFile.FullPedido())).Urgency;
        Assert.That(urgency.Level, Is.EqualTo(UrgencyLevel.Urgent));
        Assert.That(urgency.Reason, Is.EqualTo("Risco de dissipação."));
        Assert.That(urgency.Deadlines, Is.EqualTo(new[] { new Deadline { Kind = DeadlineKind.Execute, By = new DateOnly(2024, 7, 1), Reason = "Audiência de instrução designada para julho." } }));
        Assert.That(urgency.Grounds, Is.EqualTo(new[] { UrgencyGround.AssetDissipation, UrgencyGround.EvidenceAtRisk }));
    }

    [Test]
    public void Takes_a_pedido_without_urgencia_as_normal_by_adapter_default()
    {
        var result = ReadOne(PedidoFile.MinimalPedido());
        Assert.That(Accepted(result).Urgency.Level, Is.EqualTo(UrgencyLevel.Normal));
        Assert.That(result.Lineage.Single(l => l.CanonicalPath == "/urgency/level").Conversion, Is.EqualTo("adapter-default"));
    }

    [Test]
    public void Warns_about_an_urgent_pedido_without_a_reason()
    {
        var result = ReadWith(PedidoFile.FullPedido(), "/urgenciaMotivo", null);
        Assert.That(result.IsAccepted, Is.True);
        Assert.That(Only(result, "br.urgency-without-reason").IsError, Is.False);
    }

    [Test]
    public void Rejects_an_unknown_urgencia()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/urgencia", "URGENTISSIMO"), "code-list.unknown");
        Assert.That(problem.CanonicalPath, Is.EqualTo("/urgency/level"));
    }

    [TestCase(true, true)]
    [TestCase(false, false)]
    [TestCase(null, false)]
    public void Maps_sigilo_to_confidentiality(bool? sigilo, bool confidential)
    {
        var request = Accepted(ReadWith(PedidoFile.MinimalPedido(), "/sigilo", sigilo is null ? null : JsonValue.Create(sigilo.Value)));
        Assert.That(request.Confidentiality.Confidential, Is.EqualTo(confidential));
    }

    [Test]
    public void Rejects_sigilo_written_as_text()
    {
        var problem = Only(ReadWith(PedidoFile.MinimalPedido(), "/sigilo", "sim"), "json.type");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0"));
        Assert.That(problem.Source!.Field, Is.EqualTo("sigilo"));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/confidentiality/confidential"));
    }

    [TestCase("5012345-07.2023.4.04.7000")]
    [TestCase("0058967-77.2016.8.19.0000")]
    [TestCase("00589677720168190000")]
    public void Maps_a_valid_CNJ_number_to_the_court_case_number(string number)
    {
        var proceedings = Accepted(ReadWith(PedidoFile.MinimalPedido(), "/numeroProcessoJudicial", number)).Proceedings;
        Assert.That(proceedings, Is.Not.Null);
        Assert.That(proceedings!.CourtCaseNumber, Is.EqualTo(number));
        Assert.That(proceedings.Type, Is.EqualTo(ProceedingsType.CriminalInvestigation));
    }

    [Test]
    public void Leaves_out_proceedings_when_there_is_no_court_case()
    {
        Assert.That(Accepted(ReadOne(PedidoFile.MinimalPedido())).Proceedings, Is.Null);
    }

    [TestCase("5012345-08.2023.4.04.7000", "br.cnj-check-digit")]
    [TestCase("0058967-76.2016.8.19.0000", "br.cnj-check-digit")]
    [TestCase("5012345/2023", "br.cnj-format")]
    public void Rejects_an_invalid_CNJ_number(string number, string rule)
    {
        var problem = Only(ReadWith(PedidoFile.MinimalPedido(), "/numeroProcessoJudicial", number), rule);
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0"));
        Assert.That(problem.Source!.Field, Is.EqualTo("numeroProcessoJudicial"));
        Assert.That(problem.Source.Value, Is.EqualTo(number));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/proceedings/courtCaseNumber"));
    }

    [Test]
    public void Maps_resumoFatos_and_periodoFatos_to_the_facts()
    {
        var facts = Accepted(ReadOne(PedidoFile.FullPedido())).Facts;
        Assert.That(facts.Summary, Is.EqualTo("Compra de imóvel em Madri com recursos de propina."));
        Assert.That(facts.Period, Is.EqualTo(new DateRange { Start = new DateOnly(2021, 1, 15), End = new DateOnly(2021, 6, 30) }));
    }

    [Test]
    public void Reads_an_open_ended_period()
    {
        var facts = Accepted(ReadWith(PedidoFile.FullPedido(), "/periodoFatos/fim", null)).Facts;
        Assert.That(facts.Period, Is.EqualTo(new DateRange { Start = new DateOnly(2021, 1, 15) }));
    }

    [TestCase("/periodoFatos/inicio", "2024-02-31", "/facts/period/start")]
    [TestCase("/periodoFatos/fim", "2023-13-01", "/facts/period/end")]
    [TestCase("/prazoResposta", "31/07/2024", "/urgency/deadlines/0/by")]
    [TestCase("/envolvidos/0/dataNascimento", "1971-02-29", "/persons/0/birthDate")]
    public void Rejects_an_impossible_or_non_ISO_date(string pointer, string written, string canonicalPath)
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), pointer, written), "date.invalid");
        var (parent, field) = (pointer[..pointer.LastIndexOf('/')], pointer[(pointer.LastIndexOf('/') + 1)..]);
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0" + parent), "the member's object");
        Assert.That(problem.Source.Field, Is.EqualTo(field));
        Assert.That(problem.Source.Value, Is.EqualTo(written));
        Assert.That(problem.CanonicalPath, Is.EqualTo(canonicalPath));
    }

    [Test]
    public void Rejects_a_period_that_ends_before_it_starts()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/periodoFatos/fim", "2020-12-31"), "date.invalid");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/periodoFatos"));
        Assert.That(problem.Source!.Field, Is.EqualTo("fim"));
    }

    [Test]
    public void Records_lineage_with_pointer_line_field_and_value_as_written()
    {
        var result = ReadOne(PedidoFile.FullPedido());
        var source = result.Lineage.Single(l => l.CanonicalPath == "/urgency/deadlines/0/by").Sources.Single();
        Assert.That(source, Is.EqualTo(new Gateway.Sdk.Diagnostics.SourceLocation
        {
            File = "pedidos_test.json", Path = "/pedidos/0", Line = 25, Field = "prazoResposta", Value = "2024-07-01",
        }));
        Assert.That(result.Lineage.Single(l => l.CanonicalPath == "/urgency/deadlines/0/by").Conversion, Is.EqualTo("iso-date"));
    }

    [Test]
    public void Covers_every_canonical_leaf_with_lineage()
    {
        Assert.That(LineageCoverage.Uncovered(ReadOne(PedidoFile.FullPedido())), Is.Empty);
        Assert.That(LineageCoverage.Uncovered(ReadOne(PedidoFile.MinimalPedido())), Is.Empty);
    }

    [Test]
    public void Keeps_the_pedido_exactly_as_written_as_original_text()
    {
        var json = new PedidoFile().Add(PedidoFile.MinimalPedido()).ToJson();
        var result = Import.Text(json).Single();
        Assert.That(json, Does.Contain(result.OriginalText));
        Assert.That(result.OriginalText, Does.StartWith("{").And.EndWith("}"));
        Assert.That(JsonNode.Parse(result.OriginalText!)!["idPedido"]!.GetValue<string>(), Is.EqualTo("PGR-1/2024"));
        Assert.That(result.Location, Is.EqualTo(new Gateway.Sdk.Diagnostics.SourceLocation { File = "pedidos_test.json", Path = "/pedidos/0", Line = 6 }));
    }
}
