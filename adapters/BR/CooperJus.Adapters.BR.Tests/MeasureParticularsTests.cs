using System.Text.Json.Nodes;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Sdk.Model;
using static CooperJus.Adapters.BR.Tests.Support.Results;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>What a diligência says beyond its tipo: subjects and their capacity, purpose, particulars, the order behind it.</summary>
public sealed class MeasureParticularsTests
{
    private static Measure ReadMeasure(Action<JsonObject> change)
    {
        var pedido = PedidoFile.FullPedido();
        change((JsonObject)pedido["diligencias"]![0]!);
        return Accepted(ReadOne(pedido)).Measures.Single();
    }

    [TestCase("QUEBRA_SIGILO_BANCARIO", "E1", SubjectCapacity.AccountHolder)]
    [TestCase("QUEBRA_SIGILO_BANCARIO", "PJ1", SubjectCapacity.AccountHolder)]
    [TestCase("QUEBRA_SIGILO_BANCARIO", "B1", SubjectCapacity.Object)]
    [TestCase("OITIVA_TESTEMUNHA", "E1", SubjectCapacity.PersonToHear)]
    [TestCase("BUSCA_E_APREENSAO", "PJ1", SubjectCapacity.PremisesHolder)]
    [TestCase("QUEBRA_SIGILO_TELEFONICO", "E1", SubjectCapacity.LineSubscriber)]
    [TestCase("REGISTROS_MIGRATORIOS", "E1", SubjectCapacity.RecordSubject)]
    [TestCase("INFORMACOES_SOCIETARIAS", "PJ1", SubjectCapacity.RecordSubject)]
    [TestCase("CITACAO", "E1", SubjectCapacity.PersonToServe)]
    [TestCase("BLOQUEIO_BENS", "B1", SubjectCapacity.Object)]
    public void Gives_each_alvo_the_capacity_its_kind_has_in_the_measure(string tipo, string alvo, SubjectCapacity capacity)
    {
        var measure = ReadMeasure(d => { d["tipo"] = tipo; d["alvos"] = new JsonArray(alvo); });
        Assert.That(measure.Subjects, Is.EqualTo(new[] { new MeasureSubject { Ref = alvo, Capacity = capacity } }));
    }

    [Test]
    public void Gives_the_company_alvo_of_an_asset_freezing_the_asset_holder_capacity()
    {
        var result = ReadOne(PedidoFile.FullPedido());
        Assert.That(Accepted(result).Measures.Single().Subjects, Is.EqualTo(new[]
        {
            new MeasureSubject { Ref = "B1", Capacity = SubjectCapacity.Object },
            new MeasureSubject { Ref = "E1", Capacity = SubjectCapacity.AssetHolder },
        }));
        var lineage = result.Lineage.Single(l => l.CanonicalPath == "/measures/0/subjects/0/capacity");
        Assert.That(lineage.Conversion, Is.EqualTo("code-list:subject-capacities"));
        Assert.That(lineage.Sources.Select(s => s.Field), Is.EqualTo(new[] { "tipo", "alvos" }));
    }

    [Test]
    public void Gives_no_capacity_to_an_alvo_that_names_nothing_and_leaves_it_to_core_validation()
    {
        var measure = ReadMeasure(d => { d["tipo"] = "QUEBRA_SIGILO_BANCARIO"; d["alvos"] = new JsonArray("E9"); });
        Assert.That(measure.Subjects, Is.EqualTo(new[] { new MeasureSubject { Ref = "E9" } }));
    }

    [Test]
    public void Maps_OITIVA_VIDEOCONFERENCIA_of_a_witness_to_a_witness_hearing_by_videoconference()
    {
        var pedido = PedidoFile.FullPedido();
        PedidoFile.Set(pedido, "/envolvidos/0/papel", "TESTEMUNHA");
        PedidoFile.Set(pedido, "/diligencias/0/tipo", "OITIVA_VIDEOCONFERENCIA");
        var result = ReadOne(pedido);
        var measure = Accepted(result).Measures.Single();
        Assert.That(measure.Type, Is.EqualTo(MeasureType.WitnessHearing));
        Assert.That(measure.NationalCode, Is.EqualTo("OITIVA_VIDEOCONFERENCIA"));
        Assert.That(measure.Hearing!.Modality, Is.EqualTo(HearingModality.Videoconference));
        Assert.That(result.Lineage.Single(l => l.CanonicalPath == "/measures/0/hearing/modality").Conversion, Is.EqualTo("code-list:measures"));
    }

    [Test]
    public void Maps_OITIVA_VIDEOCONFERENCIA_of_an_investigado_to_a_suspect_hearing_by_videoconference()
    {
        var result = ReadWith(PedidoFile.FullPedido(), "/diligencias/0", JsonNode.Parse("""{ "tipo": "OITIVA_VIDEOCONFERENCIA", "alvos": ["E1"] }"""));
        var measure = Accepted(result).Measures.Single();
        Assert.That(measure.Type, Is.EqualTo(MeasureType.SuspectHearing));
        Assert.That(measure.Hearing!.Modality, Is.EqualTo(HearingModality.Videoconference));
        Assert.That(result.Lineage.Where(l => l.CanonicalPath == "/measures/0/type").Select(l => l.Conversion), Is.EqualTo(new[] { "hearing-from-alvo-role" }));
    }

    [Test]
    public void Maps_the_oitiva()
    {
        var measure = ReadMeasure(d =>
        {
            d["tipo"] = "OITIVA_TESTEMUNHA";
            d["oitiva"] = JsonNode.Parse("""{ "modalidade": "TELEFONE", "perguntas": ["Quem pagou?", "Quando?"], "compromisso": true, "consentimento": false }""");
        });
        Assert.That(measure.Hearing!.Modality, Is.EqualTo(HearingModality.Telephone));
        Assert.That(measure.Hearing.Questions, Is.EqualTo(new[] { "Quem pagou?", "Quando?" }));
        Assert.That(measure.Hearing.UnderOath, Is.True);
        Assert.That(measure.Hearing.SuspectConsent, Is.False);
    }

    [Test]
    public void Rejects_an_oitiva_modality_the_tipo_contradicts()
    {
        var pedido = PedidoFile.FullPedido();
        PedidoFile.Set(pedido, "/diligencias/0/tipo", "OITIVA_VIDEOCONFERENCIA");
        PedidoFile.Set(pedido, "/diligencias/0/oitiva", JsonNode.Parse("""{ "modalidade": "PRESENCIAL" }"""));
        var problem = Only(ReadOne(pedido), "br.hearing-modality-conflict");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/diligencias/0/oitiva"));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/measures/0/hearing/modality"));
    }

    [Test]
    public void Maps_the_bank_particulars()
    {
        var measure = ReadMeasure(d =>
        {
            d["tipo"] = "QUEBRA_SIGILO_BANCARIO";
            d["bancario"] = JsonNode.Parse("""{ "contas": ["B1"], "periodo": { "inicio": "2019-03-01", "fim": "2023-11-30" }, "documentos": ["EXTRATOS", "FICHA_CADASTRAL", "REMESSAS_EXTERIOR"] }""");
        });
        Assert.That(measure.Banking!.AccountRefs, Is.EqualTo(new[] { "B1" }));
        Assert.That(measure.Banking.Period, Is.EqualTo(new DateRange { Start = new DateOnly(2019, 3, 1), End = new DateOnly(2023, 11, 30) }));
        Assert.That(measure.Banking.DocumentTypes, Is.EqualTo(new[] { BankDocumentType.Statements, BankDocumentType.AccountOpening, BankDocumentType.Transfers }));
    }

    [Test]
    public void Rejects_an_unknown_bank_document()
    {
        var pedido = PedidoFile.FullPedido();
        PedidoFile.Set(pedido, "/diligencias/0/bancario", JsonNode.Parse("""{ "documentos": ["BALANCETE"] }"""));
        Assert.That(Only(ReadOne(pedido), "code-list.unknown").CanonicalPath, Is.EqualTo("/measures/0/banking/documentTypes"));
    }

    [Test]
    public void Maps_the_telephone_particulars()
    {
        var measure = ReadMeasure(d =>
        {
            d["tipo"] = "QUEBRA_SIGILO_TELEFONICO";
            d["telefonia"] = JsonNode.Parse("""{ "identificadores": [ { "tipo": "TELEFONE", "valor": "+51 987 654 321" }, { "tipo": "IMEI", "valor": "356938035643809" } ], "periodo": { "inicio": "2023-01-01" } }""");
        });
        Assert.That(measure.Telecom!.Identifiers, Is.EqualTo(new[]
        {
            new TelecomIdentifier { Type = TelecomIdentifierType.Msisdn, Value = "+51 987 654 321" },
            new TelecomIdentifier { Type = TelecomIdentifierType.Imei, Value = "356938035643809" },
        }));
        Assert.That(measure.Telecom.Period, Is.EqualTo(new DateRange { Start = new DateOnly(2023, 1, 1) }));
    }

    [Test]
    public void Rejects_a_period_of_a_diligencia_that_ends_before_it_starts()
    {
        var pedido = PedidoFile.FullPedido();
        PedidoFile.Set(pedido, "/diligencias/0/telefonia", JsonNode.Parse("""{ "periodo": { "inicio": "2023-01-01", "fim": "2022-01-01" } }"""));
        Assert.That(Only(ReadOne(pedido), "date.invalid").CanonicalPath, Is.EqualTo("/measures/0/telecom/period/end"));
    }

    [Test]
    public void Maps_purpose_order_formalities_and_deadline_of_a_diligencia()
    {
        var measure = Accepted(ReadOne(PedidoFile.FullPedido())).Measures.Single();
        Assert.That(measure.Purpose, Is.EqualTo("Assegurar o futuro confisco."));
        Assert.That(measure.NationalOrder, Is.EqualTo(new NationalOrder
        {
            IssuedBy = OrderIssuer.Court, Authority = "13ª Vara Federal de Curitiba", Reference = "5012345-07.2023.4.04.7000",
            Date = new DateOnly(2024, 4, 30), AttachmentFileName = "decisao_bloqueio.pdf",
        }));
        Assert.That(measure.Formalities, Is.EqualTo("Comunicar o bloqueio ao registro de imóveis."));
        Assert.That(measure.RespondBy, Is.EqualTo(new DateOnly(2024, 6, 28)));
    }

    [Test]
    public void Rejects_an_ordem_without_tipo()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/diligencias/0/ordem/tipo", null), "required");
        Assert.That(problem.CanonicalPath, Is.EqualTo("/measures/0/nationalOrder/issuedBy"));
    }
}
