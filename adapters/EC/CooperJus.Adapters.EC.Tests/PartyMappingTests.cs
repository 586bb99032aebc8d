using System.Text.Json.Nodes;
using CooperJus.Adapters.EC.Tests.Support;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.EC.Tests;

/// <summary>Personas and empresas: Ecuadorian names, cédulas and RUCs, foreign documents, addresses, ids.</summary>
public sealed class PartyMappingTests
{
    [Test]
    public void Joins_nombres_and_the_two_surnames_into_the_full_name_and_keeps_the_parts()
    {
        var person = Read(Ecuador.Solicitud()).Persons.Single();

        Assert.That(person.FullName, Is.EqualTo("Juan Sebastián Peñafiel Guamán"));
        Assert.That(person.GivenNames, Is.EqualTo("Juan Sebastián"));
        Assert.That(person.FamilyNames, Is.EqualTo(new[] { "Peñafiel", "Guamán" }));
    }

    [Test]
    public void Takes_nombreCompleto_as_written_when_the_export_gives_it()
    {
        var person = Read(Ecuador.Solicitud().With(s => s["personas"]![0]!["nombreCompleto"] = "Patricia Carrión de Vélez")).Persons.Single();

        Assert.That(person.FullName, Is.EqualTo("Patricia Carrión de Vélez"));
        Assert.That(person.GivenNames, Is.EqualTo("Juan Sebastián"));
    }

    [Test]
    public void Rejects_a_persona_with_neither_nombres_nor_nombreCompleto()
    {
        var results = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud().With(s => ((JsonObject)s["personas"]![0]!).Remove("nombres"))));

        var problem = results.Single().Problems.Single(p => p.IsError);
        Assert.That(problem.Rule, Is.EqualTo("required"));
        Assert.That(problem.Source!.Path, Is.EqualTo("/solicitudes/0/personas/0"));
        Assert.That(problem.Source.Field, Is.EqualTo("nombres"));
    }

    [Test]
    public void A_cedula_is_an_Ecuadorian_national_id_checked_by_the_SDK_and_a_RUC_a_tax_id_checked_by_the_adapter()
    {
        var request = Read(Ecuador.Solicitud());

        Assert.That(request.Persons.Single().IdentityDocuments.Single(), Is.EqualTo(new IdentityDocument
        {
            Type = DocumentType.NationalId, NationalType = "Cédula", Number = "1712345675", IssuingCountry = "EC", CheckDigit = CheckDigitStatus.Valid,
        }));
        Assert.That(request.Organisations.Single().RegistrationNumbers.Single(), Is.EqualTo(new IdentityDocument
        {
            Type = DocumentType.TaxId, NationalType = "RUC", Number = "1791234561001", IssuingCountry = "EC", CheckDigit = CheckDigitStatus.Valid,
        }));
    }

    [Test]
    public void Records_which_rule_decided_a_document_in_lineage()
    {
        var result = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud())).Single();

        Assert.That(result.Lineage.Single(e => e.CanonicalPath == "/persons/0/identityDocuments/0/checkDigit").Conversion, Is.EqualTo("identity-rule:ec.cedula"));
        Assert.That(result.Lineage.Single(e => e.CanonicalPath == "/organisations/0/registrationNumbers/0/checkDigit").Conversion, Is.EqualTo("identity-rule:ec.ruc"));
    }

    [Test]
    public void Rejects_a_company_whose_RUC_check_digit_is_wrong()
    {
        var results = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud().With(s => s["empresas"]![0]!["documentos"]![0]!["numero"] = "1791234562001")));

        var problem = results.Single().Problems.Single(p => p.IsError);
        Assert.That(problem.Rule, Is.EqualTo("identity.check-digit"));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/organisations/0/registrationNumbers/0/number"));
        Assert.That(problem.Source!.Value, Is.EqualTo("1791234562001"));
    }

    [Test]
    public void A_foreign_document_keeps_its_own_name_and_country_and_is_checked_by_that_country_s_rule()
    {
        var solicitud = Ecuador.Solicitud().With(s => s["personas"]![0]!["documentos"] = JsonNode.Parse(
            """[ { "tipo": "CEDULA", "denominacion": "DNI", "paisEmision": "Perú", "numero": "10117410" } ]"""));

        var document = Read(solicitud).Persons.Single().IdentityDocuments.Single();

        Assert.That(document, Is.EqualTo(new IdentityDocument
        {
            Type = DocumentType.NationalId, NationalType = "DNI", Number = "10117410", IssuingCountry = "PE", CheckDigit = CheckDigitStatus.Valid,
        }));
    }

    [Test]
    public void Joins_an_Ecuadorian_address_street_number_corner_parroquia_and_provincia_with_the_canton_as_city()
    {
        var solicitud = Ecuador.Solicitud().With(s => s["personas"]![0]!["direccion"] = JsonNode.Parse("""
            { "callePrincipal": "Av. Amazonas", "numero": "N24-155", "calleSecundaria": "Av. Colón", "parroquia": "Mariscal Sucre",
              "canton": "Quito", "provincia": "Pichincha", "pais": "Ecuador" }
            """));

        var address = Read(solicitud).Persons.Single().Addresses.Single();

        Assert.That(address, Is.EqualTo(new Address { Text = "Av. Amazonas N24-155 y Av. Colón, Mariscal Sucre, Pichincha", City = "Quito", Country = "EC" }));
    }

    [Test]
    public void Rejects_a_diligencia_naming_an_id_the_solicitud_does_not_have()
    {
        var results = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud().With(s => s["diligencias"]![0]!["sujetos"] = new JsonArray("B9"))));

        var problem = results.Single().Problems.Single(p => p.IsError);
        Assert.That(problem.Rule, Is.EqualTo("ec.unknown-ref"));
        Assert.That(problem.Source!.Path, Is.EqualTo("/solicitudes/0/diligencias/0/sujetos/0"));
    }

    [Test]
    public void Rejects_an_id_used_twice_in_one_solicitud()
    {
        var results = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud().With(s => s["bienes"]![0]!["id"] = "P1")));

        Assert.That(Ecuador.ErrorRules(results), Does.Contain("ec.duplicate-id"));
    }

    [Test]
    public void A_titular_must_be_a_party_not_a_bien()
    {
        var results = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud().With(s => s["bienes"]![0]!["titulares"] = new JsonArray("B1"))));

        Assert.That(Ecuador.ErrorRules(results), Is.EqualTo(new[] { "ec.unknown-ref" }));
    }

    private static CooperationRequest Read(JsonObject solicitud)
    {
        var results = Ecuador.Read(Ecuador.Export(solicitud));
        Assert.That(Ecuador.ErrorRules(results), Is.Empty);
        return results.Single().Request!;
    }
}
