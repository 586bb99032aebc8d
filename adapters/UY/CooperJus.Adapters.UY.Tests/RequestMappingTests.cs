using System.Text.Json.Nodes;
using CooperJus.Adapters.UY.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.UY.Tests;

/// <summary>The mappings particular to the SIPPAU solicitud: names, domicilios, case numbers, ids, solicitudes pasivas.</summary>
public sealed class RequestMappingTests
{
    [Test]
    public void Joins_the_four_name_parts_and_keeps_accents()
    {
        var person = Read(Uruguay.Solicitud()).Request!.Persons[0];

        Assert.That(person.FullName, Is.EqualTo("María del Carmen Núñez Peña"));
        Assert.That(person.GivenNames, Is.EqualTo("María del Carmen"));
        Assert.That(person.FamilyNames, Is.EqualTo(new[] { "Núñez", "Peña" }));
        Assert.That(person.Role, Is.EqualTo(PersonRole.Accused));
    }

    [Test]
    public void Joins_the_domicilio_and_takes_Uruguay_as_its_country()
    {
        var address = Read(Uruguay.Solicitud()).Request!.Persons[0].Addresses[0];

        Assert.That(address, Is.EqualTo(new Address { Text = "Rincón 487, apto. 5, Montevideo", City = "Montevideo", Country = "UY" }));
    }

    [Test]
    public void A_domicilio_without_departamento_or_pais_names_no_country_rather_than_guessing_Uruguay()
    {
        var solicitud = Uruguay.Solicitud();
        solicitud["personas"]![0]!["domicilio"] = new JsonObject { ["calle"] = "Avenida Paulista 1578", ["localidad"] = "São Paulo" };

        var address = Read(solicitud).Request!.Persons[0].Addresses[0];

        Assert.That(address, Is.EqualTo(new Address { Text = "Avenida Paulista 1578", City = "São Paulo" }));
    }

    [TestCase("Paysandu")]
    [TestCase("TREINTA Y TRES")]
    [TestCase("Río Negro")]
    public void Accepts_the_departamentos_ignoring_case_and_accents(string departamento)
    {
        var solicitud = Uruguay.Solicitud();
        solicitud["personas"]![0]!["domicilio"]!["departamento"] = departamento;

        Assert.That(Read(solicitud).IsAccepted, Is.True);
    }

    [Test]
    public void Rejects_a_departamento_that_is_not_one_of_the_nineteen() =>
        Assert.That(Errors(With("personas", 0, "domicilio", "departamento", "Buenos Aires")), Is.EqualTo(new[] { "uy.departamento" }));

    [TestCase("40123/2024", true)]
    [TestCase("1/2025", true)]
    [TestCase("FGN-40123/2024", false)]
    [TestCase("40123-2024", false)]
    public void Checks_the_structure_of_the_SIPPAU_case_number(string numeroCaso, bool accepted)
    {
        var solicitud = Uruguay.Solicitud();
        solicitud["numeroCaso"] = numeroCaso;

        Assert.That(Errors(solicitud), accepted ? Is.Empty : Is.EqualTo(new[] { "uy.case-number" }));
    }

    [TestCase("2-12345/2024", true)]
    [TestCase("101-450/2025", true)]
    [TestCase("IUE 2-12345/2024", false)]
    public void Checks_the_structure_of_the_IUE(string iue, bool accepted)
    {
        var solicitud = Uruguay.Solicitud();
        solicitud["iue"] = iue;

        Assert.That(Errors(solicitud), accepted ? Is.Empty : Is.EqualTo(new[] { "uy.iue" }));
    }

    [Test]
    public void A_solicitud_pasiva_keeps_the_foreign_case_numbers_as_written_and_its_requesting_country()
    {
        var solicitud = Uruguay.Solicitud();
        solicitud["paisRequirente"] = "Argentina";
        solicitud["numeroCaso"] = "FSM 12034/2024";
        solicitud["iue"] = "CFP 4410/2023";

        var request = Read(solicitud).Request!;

        Assert.That(request.IssuingAuthority.Country, Is.EqualTo("AR"));
        Assert.That(request.IssuingAuthority.CaseReference, Is.EqualTo("FSM 12034/2024"));
        Assert.That(request.Proceedings!.CourtCaseNumber, Is.EqualTo("CFP 4410/2023"));
    }

    [Test]
    public void Refuses_a_day_first_date_rather_than_guessing_it() =>
        Assert.That(Errors(With("personas", 0, "fechaNacimiento", "14/08/1971")), Is.EqualTo(new[] { "date.invalid" }));

    [Test]
    public void Rejects_an_afectado_that_names_nothing_in_the_solicitud()
    {
        var solicitud = Uruguay.Solicitud();
        solicitud["medidas"]![0]!["afectados"] = new JsonArray("C9");

        Assert.That(Errors(solicitud), Is.EqualTo(new[] { "uy.id-unknown" }));
    }

    [Test]
    public void Links_cuentas_to_their_titulares_and_medidas_to_their_afectados_by_id()
    {
        var request = Read(Uruguay.Solicitud()).Request!;

        Assert.That(request.Assets[0].HolderRefs, Is.EqualTo(new[] { "E1" }));
        Assert.That(request.Assets[0].Value, Is.EqualTo(new MonetaryAmount { Amount = "25000", Currency = "USD" }));
        Assert.That(request.Measures[0].Subjects.Select(s => s.Ref), Is.EqualTo(new[] { "C1" }));
    }

    [Test]
    public void Keeps_an_unknown_delito_as_written_with_a_warning()
    {
        var solicitud = Uruguay.Solicitud();
        solicitud["delitos"] = new JsonArray(new JsonObject { ["codigo"] = "CP-999" });

        var result = Read(solicitud);

        Assert.That(result.Request!.Offences.Single(), Is.EqualTo(new Offence { NationalCode = "CP-999" }));
        Assert.That(result.Problems.Single().Rule, Is.EqualTo("code-list.unknown"));
        Assert.That(result.Problems.Single().IsError, Is.False);
    }

    [Test]
    public void A_delito_that_classifies_itself_keeps_its_ICCS_code_and_provision()
    {
        var solicitud = Uruguay.Solicitud();
        solicitud["delitos"] = new JsonArray(
            new JsonObject { ["codigo"] = "CP-153" },
            new JsonObject { ["codigo"] = "L23737-5C", ["descripcion"] = "Comercio de estupefacientes", ["iccs"] = "06012", ["norma"] = "Ley 23.737 (Argentina), art. 5 inc. c" });

        var result = Read(solicitud);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Request!.Offences, Is.EqualTo(new[]
        {
            new Offence { NationalCode = "CP-153", IccsCode = "07032", LegalProvision = "Código Penal, art. 153 (peculado, unconfirmed ICCS)" },
            new Offence { NationalCode = "L23737-5C", NationalWording = "Comercio de estupefacientes", IccsCode = "06012", LegalProvision = "Ley 23.737 (Argentina), art. 5 inc. c" },
        }));
    }

    [Test]
    public void A_foreign_document_is_checked_by_the_rule_of_its_denominacion_and_country()
    {
        var solicitud = Uruguay.Solicitud();
        solicitud["personas"]![0]!["documento"] = new JsonObject { ["tipo"] = "DOC_EXTRANJERO", ["denominacion"] = "CPF", ["numero"] = "390.533.447-06", ["paisEmisor"] = "Brasil" };

        Assert.That(Errors(solicitud), Is.EqualTo(new[] { "identity.check-digit" }));
    }

    private static RecordResult Read(JsonObject solicitud) => Uruguay.ReadLines(Uruguay.Line(solicitud)).Single();

    private static string[] Errors(JsonObject solicitud) => [.. Read(solicitud).Problems.Where(p => p.IsError).Select(p => p.Rule)];

    private static JsonObject With(string array, int index, string property, string value)
    {
        var solicitud = Uruguay.Solicitud();
        solicitud[array]![index]![property] = value;
        return solicitud;
    }

    private static JsonObject With(string array, int index, string child, string property, string value)
    {
        var solicitud = Uruguay.Solicitud();
        solicitud[array]![index]![child]![property] = value;
        return solicitud;
    }
}
