using System.Text.Json.Nodes;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Sdk.Model;
using static CooperJus.Adapters.BR.Tests.Support.Results;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>The pedido, envolvido, empresa and anexo properties the layout gained with the canonical model v2.</summary>
public sealed class V2PropertyMappingTests
{
    [Test]
    public void Maps_the_date_of_signature_the_channel_and_the_dual_criminality_statement()
    {
        var request = Accepted(ReadOne(PedidoFile.FullPedido()));
        Assert.That(request.IssuedOn, Is.EqualTo(new DateOnly(2024, 5, 17)));
        Assert.That(request.Channel, Is.EqualTo(new TransmissionChannel { Kind = ChannelKind.CentralAuthority, Instrument = "Convênio Brasil-Espanha (Decreto 6.681/2008), por meio do DRCI/MJSP" }));
        Assert.That(request.DualCriminality!.Statement, Does.StartWith("A lavagem de dinheiro é crime na Espanha"));
        Assert.That(request.Confidentiality.Reason, Is.EqualTo("Segredo de justiça decretado nos autos."));
        Assert.That(request.Offences.Single().MaximumPenalty, Is.EqualTo("reclusão de 3 a 10 anos e multa"));
    }

    [TestCase("AUTORIDADE_CENTRAL", ChannelKind.CentralAuthority)]
    [TestCase("DIRETA", ChannelKind.Direct)]
    [TestCase("REDE", ChannelKind.ProsecutorNetwork)]
    [TestCase("IBERAT", ChannelKind.IberAt)]
    public void Maps_the_canal(string tipo, ChannelKind kind)
    {
        Assert.That(Accepted(ReadWith(PedidoFile.FullPedido(), "/canal/tipo", tipo)).Channel!.Kind, Is.EqualTo(kind));
    }

    [Test]
    public void Rejects_a_deadline_reason_without_a_deadline()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/prazoResposta", null), "required");
        Assert.That(problem.CanonicalPath, Is.EqualTo("/urgency/deadlines/0/by"));
    }

    [Test]
    public void Rejects_an_unknown_urgency_ground()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/motivosUrgencia", new JsonArray("PRESSA")), "code-list.unknown");
        Assert.That(problem.CanonicalPath, Is.EqualTo("/urgency/grounds"));
    }

    [Test]
    public void Maps_the_particulars_of_an_envolvido()
    {
        var person = Accepted(ReadOne(PedidoFile.FullPedido())).Persons.Single();
        Assert.That(person.Sex, Is.EqualTo(Sex.Female));
        Assert.That(person.PlaceOfBirth, Is.EqualTo(new PlaceOfBirth { Place = "Curitiba/PR", Country = "BR" }));
        Assert.That(person.Languages, Is.EqualTo(new[] { "pt", "es" }));
        Assert.That(person.InterpreterNeeded, Is.False);
        Assert.That(person.Minor, Is.False);
        Assert.That(person.Custody, Is.EqualTo(CustodyStatus.Free));
    }

    [TestCase("SOLTO", CustodyStatus.Free)]
    [TestCase("PRESO_PREVENTIVAMENTE", CustodyStatus.PreTrialDetention)]
    [TestCase("PRESO_TEMPORARIAMENTE", CustodyStatus.PreTrialDetention)]
    [TestCase("CUMPRINDO_PENA", CustodyStatus.ServingSentence)]
    public void Maps_situacaoPrisional(string written, CustodyStatus custody)
    {
        Assert.That(Accepted(ReadWith(PedidoFile.FullPedido(), "/envolvidos/0/situacaoPrisional", written)).Persons[0].Custody, Is.EqualTo(custody));
    }

    [Test]
    public void Rejects_a_language_not_in_the_code_list()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/envolvidos/0/idiomas", new JsonArray("klingon")), "code-list.unknown");
        Assert.That(problem.CanonicalPath, Is.EqualTo("/persons/0/languages"));
    }

    [TestCase("ADMINISTRATIVA", LiabilityRegime.Administrative)]
    [TestCase("NENHUMA", LiabilityRegime.None)]
    public void Maps_the_liability_of_a_company_as_the_pedido_says_it(string written, LiabilityRegime liability)
    {
        Assert.That(Accepted(ReadWith(PedidoFile.FullPedido(), "/empresas/0/responsabilidade", written)).Organisations[0].Liability, Is.EqualTo(liability));
    }

    [Test]
    public void Leaves_the_liability_of_a_company_unsaid_when_the_pedido_does_not_say_it()
    {
        Assert.That(Accepted(ReadWith(PedidoFile.FullPedido(), "/empresas/0/responsabilidade", null)).Organisations[0].Liability, Is.Null);
    }

    [Test]
    public void Accepts_criminal_liability_of_a_company_for_an_environmental_crime()
    {
        var pedido = PedidoFile.FullPedido();
        PedidoFile.Set(pedido, "/empresas/0/responsabilidade", "PENAL");
        ((JsonArray)pedido["crimes"]!).Add(JsonNode.Parse("""{ "diploma": "Lei nº 9.605/1998", "artigo": "54", "descricao": "Poluição" }"""));
        Assert.That(Accepted(ReadOne(pedido)).Organisations[0].Liability, Is.EqualTo(LiabilityRegime.Criminal));
    }

    [Test]
    public void Rejects_criminal_liability_of_a_company_without_an_environmental_crime()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/empresas/0/responsabilidade", "PENAL"), "br.corporate-criminal-liability");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/empresas/0"));
        Assert.That(problem.Source!.Field, Is.EqualTo("responsabilidade"));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/organisations/0/liability"));
    }

    [Test]
    public void Maps_the_anexos()
    {
        var attachments = Accepted(ReadOne(PedidoFile.FullPedido())).Attachments;
        Assert.That(attachments, Has.Count.EqualTo(2));
        var order = attachments[0];
        Assert.That(order.FileName, Is.EqualTo("decisao_bloqueio.pdf"));
        Assert.That(order.Sha256, Is.EqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"), "carried in lowercase");
        Assert.That(order.Size, Is.EqualTo(48213));
        Assert.That(order.DocumentType, Is.EqualTo(AttachmentType.CourtOrder));
        Assert.That(order.Language, Is.EqualTo("pt"));
        Assert.That(order.Obtained, Is.EqualTo(new Obtained { On = new DateOnly(2024, 4, 30), By = "13ª Vara Federal de Curitiba" }));
        Assert.That(order.CopyKind, Is.EqualTo(CopyKind.CertifiedCopy));
        Assert.That(order.SealNumber, Is.EqualTo("MPF-PR 0042"));
        Assert.That(order.ChainOfCustody, Is.EqualTo(new[] { new CustodyEvent { On = new DateOnly(2024, 5, 2), Holder = "Secretaria da FT", Action = "recebido" } }));
        Assert.That(order.ReturnBy, Is.EqualTo(new DateOnly(2024, 12, 31)));
        Assert.That(attachments[1].TranslationOf, Is.EqualTo("decisao_bloqueio.pdf"));
        Assert.That(attachments[1].Language, Is.EqualTo("es"));
    }

    [TestCase("abc")]
    [TestCase("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A0G")]
    public void Rejects_an_anexo_hash_that_is_not_SHA_256(string written)
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/anexos/0/sha256", written), "br.attachment-hash");
        Assert.That(problem.CanonicalPath, Is.EqualTo("/attachments/0/sha256"));
    }

    [TestCase("-1")]
    [TestCase("1.5")]
    [TestCase("\"48213\"")]
    public void Rejects_an_anexo_size_that_is_not_a_whole_number(string written)
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/anexos/0/tamanho", JsonNode.Parse(written)), "json.type");
        Assert.That(problem.CanonicalPath, Is.EqualTo("/attachments/0/size"));
    }
}
