using System.Text.Json.Nodes;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Sdk.Model;
using static CooperJus.Adapters.BR.Tests.Support.Results;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>envolvidos (persons) and empresas (organisations).</summary>
public sealed class PartyMappingTests
{
    [TestCase("INVESTIGADO", PersonRole.Suspect)]
    [TestCase("INDICIADO", PersonRole.Suspect)]
    [TestCase("SUSPEITO", PersonRole.Suspect)]
    [TestCase("REU", PersonRole.Accused)]
    [TestCase("ACUSADO", PersonRole.Accused)]
    [TestCase("INFORMANTE", PersonRole.Witness)]
    [TestCase("DENUNCIADO", PersonRole.Accused)]
    [TestCase("VITIMA", PersonRole.Victim)]
    [TestCase("Vítima", PersonRole.Victim)]
    [TestCase("TESTEMUNHA", PersonRole.Witness)]
    [TestCase("PERITO", PersonRole.Expert)]
    [TestCase("TERCEIRO", PersonRole.ThirdParty)]
    public void Maps_papel_to_the_person_role(string papel, PersonRole role)
    {
        var person = Accepted(ReadWith(PedidoFile.FullPedido(), "/envolvidos/0/papel", papel)).Persons[0];
        Assert.That(person.Role, Is.EqualTo(role));
    }

    [Test]
    public void Rejects_an_unknown_person_role()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/envolvidos/0/papel", "CUMPLICE"), "code-list.unknown");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/envolvidos/0"));
        Assert.That(problem.Source!.Field, Is.EqualTo("papel"));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/persons/0/role"));
    }

    [TestCase("Maria da Conceição dos Santos Neto")]
    [TestCase("José Carlos de Oliveira Filho")]
    [TestCase("João")]
    public void Keeps_nomeCompleto_whole_without_guessing_a_split(string name)
    {
        var person = Accepted(ReadWith(PedidoFile.FullPedido(), "/envolvidos/0/nomeCompleto", name)).Persons[0];
        Assert.That(person.FullName, Is.EqualTo(name));
        Assert.That(person.GivenNames, Is.Null);
        Assert.That(person.FamilyNames, Is.Empty);
    }

    [Test]
    public void Keeps_the_envolvido_id_as_the_person_ref()
    {
        Assert.That(Accepted(ReadOne(PedidoFile.FullPedido())).Persons[0].Ref, Is.EqualTo("E1"));
    }

    [TestCase("631.749.285-91")]
    [TestCase("63174928591")]
    [TestCase("390.533.447-05")]
    public void Maps_a_valid_cpf_with_or_without_punctuation(string cpf)
    {
        var document = Accepted(ReadWith(PedidoFile.FullPedido(), "/envolvidos/0/cpf", cpf)).Persons[0].IdentityDocuments[0];
        Assert.That(document, Is.EqualTo(new IdentityDocument
        {
            Type = DocumentType.NationalId, NationalType = "CPF", Number = cpf, IssuingCountry = "BR", CheckDigit = CheckDigitStatus.Valid,
        }));
    }

    [TestCase("631.749.285-90")]
    [TestCase("63174928581")]
    [TestCase("631.749.285")]
    public void Rejects_an_invalid_cpf_naming_field_and_source(string cpf)
    {
        var result = ReadWith(PedidoFile.FullPedido(), "/envolvidos/0/cpf", cpf);
        var problem = Only(result, "identity.check-digit");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/envolvidos/0"));
        Assert.That(problem.Source.Field, Is.EqualTo("cpf"));
        Assert.That(problem.Source.Value, Is.EqualTo(cpf));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/persons/0/identityDocuments/0/number"));
        Assert.That(result.Request!.Persons[0].IdentityDocuments[0].Number, Is.EqualTo(cpf), "never corrected");
    }

    [Test]
    public void Rejects_a_cpf_written_as_a_number()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/envolvidos/0/cpf", 63174928591L), "json.type");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/envolvidos/0"));
        Assert.That(problem.Source!.Field, Is.EqualTo("cpf"));
    }

    [Test]
    public void Maps_the_passport_unverified_after_the_cpf()
    {
        var documents = Accepted(ReadOne(PedidoFile.FullPedido())).Persons[0].IdentityDocuments;
        Assert.That(documents, Has.Count.EqualTo(2));
        Assert.That(documents[1], Is.EqualTo(new IdentityDocument
        {
            Type = DocumentType.Passport, NationalType = "PASSAPORTE", Number = "GB731408", IssuingCountry = "BR", CheckDigit = CheckDigitStatus.Unverified,
        }));
    }

    [Test]
    public void Maps_a_passport_alone_as_the_first_document()
    {
        var document = Accepted(ReadWith(PedidoFile.FullPedido(), "/envolvidos/0/cpf", null)).Persons[0].IdentityDocuments.Single();
        Assert.That(document.Type, Is.EqualTo(DocumentType.Passport));
    }

    [Test]
    public void Maps_birth_date_and_nationality_demonym()
    {
        var person = Accepted(ReadOne(PedidoFile.FullPedido())).Persons[0];
        Assert.That(person.BirthDate, Is.EqualTo(new DateOnly(1971, 12, 22)));
        Assert.That(person.Nationalities, Is.EqualTo(new[] { "BR" }));
    }

    [Test]
    public void Rejects_an_unknown_nationality()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/envolvidos/0/nacionalidade", "marciana"), "country.unknown");
        Assert.That(problem.CanonicalPath, Is.EqualTo("/persons/0/nationalities"));
    }

    [Test]
    public void Joins_the_address_parts_keeping_city_and_country_apart()
    {
        var result = ReadOne(PedidoFile.FullPedido());
        var address = Accepted(result).Persons[0].Addresses.Single();
        Assert.That(address, Is.EqualTo(new Address { Text = "Calle de Serrano, 84, 4º B - Salamanca, Madrid, CEP 28006", City = "Madrid", Country = "ES" }));
        var lineage = result.Lineage.Single(l => l.CanonicalPath == "/persons/0/addresses/0/text");
        Assert.That(lineage.Conversion, Is.EqualTo("join-address"));
        Assert.That(lineage.Sources.Select(s => s.Field), Is.EqualTo(new[] { "logradouro", "numero", "complemento", "bairro", "cidade", "cep" }));
    }

    [Test]
    public void Writes_a_Brazilian_address_the_Brazilian_way()
    {
        var endereco = new JsonObject
        {
            ["logradouro"] = "Rua Augusta", ["numero"] = "1500", ["complemento"] = "conj. 12", ["bairro"] = "Consolação",
            ["cidade"] = "São Paulo", ["uf"] = "SP", ["cep"] = "01304-001", ["pais"] = "Brasil",
        };
        var address = Accepted(ReadWith(PedidoFile.FullPedido(), "/envolvidos/0/endereco", endereco)).Persons[0].Addresses[0];
        Assert.That(address.Text, Is.EqualTo("Rua Augusta, 1500, conj. 12 - Consolação, São Paulo - SP, CEP 01304-001"));
        Assert.That(address.Country, Is.EqualTo("BR"));
    }

    [Test]
    public void Rejects_an_address_with_no_part_to_write()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/envolvidos/0/endereco", new JsonObject { ["pais"] = "Peru" }), "required");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/envolvidos/0/endereco"));
        Assert.That(problem.Source!.Field, Is.EqualTo("logradouro"));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/persons/0/addresses/0/text"));
    }

    [TestCase("INVESTIGADO", OrganisationRole.Investigated)]
    [TestCase("DENUNCIADO", OrganisationRole.Investigated)]
    [TestCase("REU", OrganisationRole.Investigated)]
    [TestCase("VITIMA", OrganisationRole.Victim)]
    [TestCase("TERCEIRO", OrganisationRole.ThirdParty)]
    public void Maps_papel_to_the_organisation_role(string papel, OrganisationRole role)
    {
        var organisation = Accepted(ReadWith(PedidoFile.FullPedido(), "/empresas/0/papel", papel)).Organisations[0];
        Assert.That(organisation.Role, Is.EqualTo(role));
    }

    [Test]
    public void Takes_a_company_without_papel_as_a_third_party()
    {
        Assert.That(Accepted(ReadWith(PedidoFile.FullPedido(), "/empresas/0/papel", null)).Organisations[0].Role, Is.EqualTo(OrganisationRole.ThirdParty));
    }

    [Test]
    public void Rejects_a_role_a_company_cannot_have()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/empresas/0/papel", "TESTEMUNHA"), "code-list.unknown");
        Assert.That(problem.CanonicalPath, Is.EqualTo("/organisations/0/role"));
    }

    [Test]
    public void Maps_a_company_with_its_cnpj_as_Brazilian()
    {
        var organisation = Accepted(ReadOne(PedidoFile.FullPedido())).Organisations.Single();
        Assert.That(organisation.Ref, Is.EqualTo("PJ1"));
        Assert.That(organisation.Name, Is.EqualTo("Vale Azul Consultoria Ltda."));
        Assert.That(organisation.Country, Is.EqualTo("BR"));
        Assert.That(organisation.RegistrationNumbers.Single(), Is.EqualTo(new IdentityDocument
        {
            Type = DocumentType.TaxId, NationalType = "CNPJ", Number = "34.567.891/0001-84", IssuingCountry = "BR", CheckDigit = CheckDigitStatus.Valid,
        }));
    }

    [Test]
    public void Leaves_the_country_of_a_company_without_cnpj_unknown()
    {
        var organisation = Accepted(ReadWith(PedidoFile.FullPedido(), "/empresas/0/cnpj", null)).Organisations.Single();
        Assert.That(organisation.Country, Is.Null);
        Assert.That(organisation.RegistrationNumbers, Is.Empty);
    }

    [Test]
    public void Rejects_an_invalid_cnpj()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/empresas/0/cnpj", "34.567.891/0001-85"), "identity.check-digit");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/empresas/0"));
        Assert.That(problem.Source!.Field, Is.EqualTo("cnpj"));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/organisations/0/registrationNumbers/0/number"));
    }

    [Test]
    public void Rejects_an_id_used_twice_in_a_pedido()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/empresas/0/id", "E1"), "br.duplicate-id");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/empresas/0"));
        Assert.That(problem.Source!.Field, Is.EqualTo("id"));
        Assert.That(problem.Message, Does.Contain("already used at /pedidos/0/envolvidos/0:"), "names the object that has it first");
    }

    [Test]
    public void Rejects_an_id_the_canonical_ref_cannot_hold()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/envolvidos/0/id", "E 1"), "br.invalid-id");
        Assert.That(problem.CanonicalPath, Is.EqualTo("/persons/0/ref"));
    }

    [Test]
    public void Rejects_an_envolvido_without_id()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/envolvidos/0/id", null), "required");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/envolvidos/0"));
        Assert.That(problem.Source!.Field, Is.EqualTo("id"));
    }

    [Test]
    public void Rejects_an_envolvido_that_is_not_an_object()
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/envolvidos/0", "Helena"), "json.type");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/envolvidos/0"));
    }
}
