using System.Text.Json.Nodes;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;
using static CooperJus.Adapters.BR.Tests.Support.Results;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>crimes (offences, ICCS) and diligencias (measures, subjects, and the request's kind).</summary>
public sealed class OffenceAndMeasureMappingTests
{
    private static RecordResult ReadCrime(string diploma, string? artigo, string? descricao = "descrição")
    {
        var crime = new JsonObject { ["diploma"] = diploma, ["artigo"] = artigo, ["descricao"] = descricao };
        return ReadWith(PedidoFile.FullPedido(), "/crimes", new JsonArray(crime));
    }

    [TestCase("Lei 9.613/1998", "1º", "07041")]
    [TestCase("Lei nº 9.613/1998", "1º, § 1º, II", "07041")]
    [TestCase("Lei 9.613/98", "art. 1", "07041")]
    [TestCase("Código Penal", "317", "07031")]
    [TestCase("CP", "333", "07031")]
    [TestCase("Decreto-Lei 2.848/1940", "171", "0701")]
    [TestCase("Código Penal", "312", "07032")]
    [TestCase("Código Penal", "149-A", "0204")]
    [TestCase("Lei 12.850/2013", "2º", "09051")]
    [TestCase("Lei 11.343/2006", "33, caput", "06012")]
    [TestCase("Lei 7.492/1986", "22", "0804")]
    [TestCase("Lei 8.137/1990", "1º", "08041")]
    public void Classifies_a_crime_with_ICCS(string diploma, string artigo, string iccs)
    {
        var result = ReadCrime(diploma, artigo);
        Assert.That(Accepted(result).Offences.Single().IccsCode, Is.EqualTo(iccs));
        Assert.That(result.Lineage.Single(l => l.CanonicalPath == "/offences/0/iccsCode").Conversion, Is.EqualTo("code-list:offences"));
    }

    [Test]
    public void Keeps_statute_and_article_as_written_in_the_national_code()
    {
        var offence = Accepted(ReadCrime("Lei 9.613/1998", "1º", "Lavagem de dinheiro")).Offences.Single();
        Assert.That(offence, Is.EqualTo(new Offence
        {
            IccsCode = "07041", NationalCode = "Lei 9.613/1998 art. 1º", LegalProvision = "Lei 9.613/1998 art. 1º", NationalWording = "Lavagem de dinheiro",
        }));
    }

    [Test]
    public void Keeps_an_unknown_offence_unclassified_with_a_warning()
    {
        var result = ReadCrime("Lei 9.605/1998", "62", "Destruir bem especialmente protegido");
        var offence = Accepted(result).Offences.Single();
        Assert.That(offence.IccsCode, Is.Null);
        Assert.That(offence.NationalCode, Is.EqualTo("Lei 9.605/1998 art. 62"));
        var warning = Only(result, "code-list.unknown");
        Assert.That(warning.IsError, Is.False);
        Assert.That(warning.CanonicalPath, Is.EqualTo("/offences/0/iccsCode"));
    }

    [Test]
    public void Reads_a_crime_without_article_as_the_statute_alone()
    {
        Assert.That(Accepted(ReadCrime("Lei 12.850/2013", null)).Offences.Single().NationalCode, Is.EqualTo("Lei 12.850/2013"));
    }

    [Test]
    public void Rejects_a_crime_without_diploma()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/crimes", new JsonArray(new JsonObject { ["artigo"] = "1º" })), "required");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/crimes/0"));
        Assert.That(problem.Source!.Field, Is.EqualTo("diploma"));
    }

    [Test]
    public void Every_canonical_measure_type_has_a_national_code()
    {
        var measures = new CodeListSource(TestAdapter.CodeListDirectory).Load("measures");
        var reachable = measures.Entries.Select(e => e["measure"]).ToHashSet();
        Assert.That(CanonicalCodes.All<MeasureType>(), Is.SubsetOf(reachable));
    }

    [TestCase("QUEBRA_SIGILO_BANCARIO", MeasureType.BankInformation)]
    [TestCase("MONITORAMENTO_CONTA_BANCARIA", MeasureType.BankingOperationsMonitoring)]
    [TestCase("DADOS_CADASTRAIS_TELEFONICOS", MeasureType.TelecomSubscriber)]
    [TestCase("QUEBRA_SIGILO_TELEMATICO", MeasureType.TelecomTrafficData)]
    [TestCase("INTERCEPTACAO_TELEFONICA", MeasureType.Interception)]
    [TestCase("OITIVA_TESTEMUNHA", MeasureType.WitnessHearing)]
    [TestCase("INTERROGATORIO_INVESTIGADO", MeasureType.SuspectHearing)]
    [TestCase("OITIVA_VIDEOCONFERENCIA", MeasureType.WitnessHearing)]
    [TestCase("PERICIA", MeasureType.ExpertOpinion)]
    [TestCase("BUSCA_E_APREENSAO", MeasureType.SearchAndSeizure)]
    [TestCase("BLOQUEIO_BENS", MeasureType.AssetFreezing)]
    [TestCase("CONFISCO_BENS", MeasureType.AssetConfiscation)]
    [TestCase("OBTENCAO_DOCUMENTOS", MeasureType.DocumentProduction)]
    [TestCase("PRESERVACAO_DADOS", MeasureType.DataPreservation)]
    [TestCase("FORNECIMENTO_CONTEUDO_ARMAZENADO", MeasureType.StoredContentProduction)]
    [TestCase("TRANSFERENCIA_TEMPORARIA_PRESO", MeasureType.TemporaryTransferOfDetainedPerson)]
    [TestCase("LOCALIZACAO_PESSOAS", MeasureType.LocationOfPersons)]
    [TestCase("RASTREAMENTO_ATIVOS", MeasureType.AssetTracing)]
    [TestCase("REPATRIACAO_ATIVOS", MeasureType.AssetReturn)]
    [TestCase("INSPECAO", MeasureType.Inspection)]
    [TestCase("INFORMACOES_SOCIETARIAS", MeasureType.CompanyRegistry)]
    [TestCase("REGISTRO_IMOVEIS", MeasureType.PropertyRegistry)]
    [TestCase("REGISTRO_VEICULOS", MeasureType.VehicleRegistry)]
    [TestCase("REGISTROS_MIGRATORIOS", MeasureType.MigrationRecords)]
    [TestCase("ANTECEDENTES_CRIMINAIS", MeasureType.CriminalRecords)]
    [TestCase("LOCALIZACAO_BEM_CULTURAL", MeasureType.CulturalPropertyLocation)]
    [TestCase("APREENSAO_BEM_CULTURAL", MeasureType.CulturalPropertySeizure)]
    [TestCase("RESTITUICAO_BEM_CULTURAL", MeasureType.CulturalPropertyReturn)]
    [TestCase("COMUNICACAO_ATOS_PROCESSUAIS", MeasureType.ServiceOfDocuments)]
    [TestCase("ENTREGA_VIGIADA", MeasureType.ControlledDelivery)]
    [TestCase("EQUIPE_CONJUNTA_INVESTIGACAO", MeasureType.JointInvestigationTeam)]
    [TestCase("OUTRA", MeasureType.Other)]
    public void Maps_a_diligencia_to_its_measure_type(string tipo, MeasureType type)
    {
        var measure = Accepted(ReadWith(PedidoFile.FullPedido(), "/diligencias/0/tipo", tipo)).Measures.Single();
        Assert.That(measure.Type, Is.EqualTo(type));
        Assert.That(measure.NationalCode, Is.EqualTo(tipo));
    }

    [Test]
    public void Maps_the_description_and_keeps_the_alvos_as_subjects()
    {
        var measure = Accepted(ReadOne(PedidoFile.FullPedido())).Measures.Single();
        Assert.That(measure.Description, Is.EqualTo("Bloqueio do imóvel."));
        Assert.That(measure.Subjects.Select(s => s.Ref), Is.EqualTo(new[] { "B1", "E1" }));
    }

    [Test]
    public void Leaves_a_target_that_does_not_exist_to_core_validation()
    {
        var result = ReadWith(PedidoFile.FullPedido(), "/diligencias/0/alvos", new JsonArray("E9"));
        Assert.That(Accepted(result).Measures.Single().Subjects.Select(s => s.Ref), Is.EqualTo(new[] { "E9" }));
    }

    [Test]
    public void Rejects_an_unknown_diligencia()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/diligencias/0/tipo", "GRAMPO"), "code-list.unknown");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/diligencias/0"));
        Assert.That(problem.Source!.Field, Is.EqualTo("tipo"));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/measures/0/type"));
    }

    [TestCase("BLOQUEIO_BENS", RequestKind.AssetRecovery)]
    [TestCase("SEQUESTRO_BENS", RequestKind.AssetRecovery)]
    [TestCase("PERDIMENTO_BENS", RequestKind.AssetRecovery)]
    [TestCase("QUEBRA_SIGILO_BANCARIO", RequestKind.MutualLegalAssistance)]
    [TestCase("OITIVA_TESTEMUNHA", RequestKind.MutualLegalAssistance)]
    public void Decides_the_kind_from_the_measures(string tipo, RequestKind kind)
    {
        var result = ReadWith(PedidoFile.FullPedido(), "/diligencias/0/tipo", tipo);
        Assert.That(Accepted(result).Kind, Is.EqualTo(kind));
        var lineage = result.Lineage.Single(l => l.CanonicalPath == "/kind");
        Assert.That(lineage.Conversion, Is.EqualTo(kind == RequestKind.AssetRecovery ? "kind-from-measures" : "adapter-default"));
    }
}
