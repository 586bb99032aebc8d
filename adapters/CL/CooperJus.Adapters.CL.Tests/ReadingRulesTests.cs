using CooperJus.Adapters.CL.Tests.Support;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.CL.Tests;

/// <summary>The rules and mappings particular to SAF: names, RUN and RUT, addresses, links, defaults, foreign requests.</summary>
public sealed class ReadingRulesTests
{
    private const string Person = """
        <Interviniente id="1" calidad="IMPUTADO">
              <Nombres>María José</Nombres>
              <ApellidoPaterno>Núñez</ApellidoPaterno>
              <ApellidoMaterno>Peñailillo</ApellidoMaterno>
              <RUN>13.456.783-K</RUN>
              <Domicilio pais="CL"><Calle>Pasaje Los Aromos</Calle><Numero>1450</Numero><Comuna>Ñuñoa</Comuna><Region>Región Metropolitana de Santiago</Region></Domicilio>
            </Interviniente>
        """;

    [Test]
    public void Joins_the_full_name_from_nombres_apellido_paterno_and_apellido_materno()
    {
        var person = Chile.Accepted(SafXml.With(Person)).Persons.Single();

        Assert.That(person.FullName, Is.EqualTo("María José Núñez Peñailillo"));
        Assert.That(person.GivenNames, Is.EqualTo("María José"));
        Assert.That(person.FamilyNames, Is.EqualTo(new[] { "Núñez", "Peñailillo" }));
    }

    [Test]
    public void A_RUN_with_check_character_K_is_a_valid_Chilean_national_id()
    {
        var document = Chile.Accepted(SafXml.With(Person)).Persons.Single().IdentityDocuments.Single();

        Assert.That(document, Is.EqualTo(new IdentityDocument
        {
            Type = DocumentType.NationalId, NationalType = "RUN", Number = "13.456.783-K", IssuingCountry = "CL", CheckDigit = CheckDigitStatus.Valid,
        }));
    }

    [Test]
    public void Rejects_a_RUN_whose_check_character_is_wrong()
    {
        Assert.That(Chile.ErrorRules(SafXml.With(Person.Replace("13.456.783-K", "13.456.783-9", StringComparison.Ordinal))), Is.EqualTo(new[] { "identity.check-digit" }));
    }

    [Test]
    public void A_company_RUT_is_a_checked_tax_id()
    {
        var organisation = Chile.Accepted(SafXml.With("""<Empresa calidad="IMPUTADA"><RazonSocial>Importadora Andes del Sur SpA</RazonSocial><RUT>76.543.219-7</RUT></Empresa>""")).Organisations.Single();

        Assert.That(organisation.RegistrationNumbers.Single().Type, Is.EqualTo(DocumentType.TaxId));
        Assert.That(organisation.RegistrationNumbers.Single().CheckDigit, Is.EqualTo(CheckDigitStatus.Valid));
        Assert.That(organisation.Role, Is.EqualTo(OrganisationRole.Investigated));
    }

    [Test]
    public void Joins_the_address_as_calle_numero_comuna_region_with_the_comuna_as_city()
    {
        var address = Chile.Accepted(SafXml.With(Person)).Persons.Single().Addresses.Single();

        Assert.That(address, Is.EqualTo(new Address { Text = "Pasaje Los Aromos 1450, Ñuñoa, Región Metropolitana de Santiago", City = "Ñuñoa", Country = "CL" }));
    }

    [Test]
    public void Refuses_a_witness_role_for_a_company()
    {
        Assert.That(Chile.ErrorRules(SafXml.With("""<Empresa calidad="TESTIGO"><RazonSocial>Transportes Elqui Ltda.</RazonSocial></Empresa>""")), Is.EqualTo(new[] { "code-list.unknown" }));
    }

    [Test]
    public void Afectados_and_titular_resolve_ids_to_refs_even_when_the_party_comes_later()
    {
        var request = Chile.Accepted(SafXml.Replacing(
            """<Diligencia tipo="ALZAMIENTO_SECRETO_BANCARIO">Cuentas del imputado.</Diligencia>""",
            """
            <CuentaBancaria id="7" titular="1 2"><NumeroCuenta>00-123</NumeroCuenta><Saldo>$ 1.000</Saldo></CuentaBancaria>
                <Diligencia tipo="ALZAMIENTO_SECRETO_BANCARIO" afectados="7 2">Cuentas.</Diligencia>
            """ + Person + """<Empresa id="2" calidad="IMPUTADA"><RazonSocial>Andes SpA</RazonSocial></Empresa>"""));

        Assert.That(request.Assets.Single().HolderRefs, Is.EqualTo(new[] { "p1", "o1" }));
        Assert.That(request.Measures.Single().Subjects.Select(s => s.Ref), Is.EqualTo(new[] { "a1", "o1" }));
    }

    [Test]
    public void Rejects_afectados_naming_an_id_nobody_has()
    {
        Assert.That(Chile.ErrorRules(SafXml.Replacing("""tipo="ALZAMIENTO_SECRETO_BANCARIO">""", """tipo="ALZAMIENTO_SECRETO_BANCARIO" afectados="9">""")),
            Is.EqualTo(new[] { "reference.unknown" }));
    }

    [Test]
    public void Without_Urgencia_Reservada_and_Tribunal_the_request_is_normal_not_confidential_and_has_no_proceedings()
    {
        var request = Chile.Accepted(SafXml.Minimal);

        Assert.That(request.Urgency.Level, Is.EqualTo(UrgencyLevel.Normal));
        Assert.That(request.Confidentiality.Confidential, Is.False);
        Assert.That(request.Proceedings, Is.Null);
        Assert.That(request.IssuingAuthority.Country, Is.EqualTo("CL"));
    }

    [Test]
    public void A_Tribunal_without_etapa_is_an_investigation_and_its_RIT_the_court_case_number()
    {
        var proceedings = Chile.Accepted(SafXml.With("""<Tribunal rit="O-4512-2026">7º Juzgado de Garantía de Santiago</Tribunal>""")).Proceedings!;

        Assert.That((proceedings.Type, proceedings.NationalType, proceedings.CourtCaseNumber), Is.EqualTo((ProceedingsType.CriminalInvestigation, (string?)null, (string?)"O-4512-2026")));
    }

    [Test]
    public void An_offence_code_not_in_the_list_is_kept_unclassified_with_a_warning()
    {
        var result = Chile.ReadText(SafXml.Document(SafXml.With("""<Delito codigo="CP-456bisA">Receptación</Delito>"""))).Single();

        Assert.That(result.Request!.Offences.Single(), Is.EqualTo(new Offence { NationalCode = "CP-456bisA", NationalWording = "Receptación" }));
        Assert.That(result.Problems.Single().Rule, Is.EqualTo("code-list.unknown"));
        Assert.That(result.Problems.Single().IsError, Is.False);
    }

    [Test]
    public void A_request_from_abroad_keeps_its_gateway_id_its_country_and_its_own_case_reference()
    {
        var request = Chile.Accepted(SafXml.Replacing("""<RUC>2600412378-5</RUC>""", """
            <PaisRequirente>Perú</PaisRequirente>
                <CausaOrigen>Carpeta Fiscal 506-2026-118</CausaOrigen>
            """).Replace("""folio="T-1" """, """folio="T-1" idPasarela="1810dd5a-96db-8d68-9059-f69c25f292b7" """, StringComparison.Ordinal));

        Assert.That(request.RequestId, Is.EqualTo("1810dd5a-96db-8d68-9059-f69c25f292b7"));
        Assert.That(request.IssuingAuthority.Country, Is.EqualTo("PE"));
        Assert.That(request.IssuingAuthority.CaseReference, Is.EqualTo("Carpeta Fiscal 506-2026-118"));
    }

    [Test]
    public void Rejects_a_request_with_neither_RUC_nor_CausaOrigen()
    {
        Assert.That(Chile.ErrorRules(SafXml.Replacing("<RUC>2600412378-5</RUC>", "")), Is.EqualTo(new[] { "required" }));
    }

    [Test]
    public void Rejects_an_ingreso_without_UTC_offset()
    {
        Assert.That(Chile.ErrorRules(SafXml.Replacing("2026-10-05T10:42:00-03:00", "2026-10-05T10:42:00")), Is.EqualTo(new[] { "date.invalid" }));
    }

    [Test]
    public void Reads_dd_MM_yyyy_dates_and_the_period_of_the_facts()
    {
        var request = Chile.Accepted(SafXml.With("""<PeriodoHechos desde="01-01-2025" hasta="30-06-2026"/><Plazo motivo="Audiencia">15-03-2027</Plazo>"""));

        Assert.That(request.Facts.Period, Is.EqualTo(new DateRange { Start = new DateOnly(2025, 1, 1), End = new DateOnly(2026, 6, 30) }));
        Assert.That(request.Urgency.Deadlines.Single(), Is.EqualTo(new Deadline { Kind = DeadlineKind.Execute, By = new DateOnly(2027, 3, 15), Reason = "Audiencia" }));
    }

    [Test]
    public void An_unknown_element_is_a_warning_and_the_request_goes_through()
    {
        var result = Chile.ReadText(SafXml.Document(SafXml.With("<Observaciones>nota interna</Observaciones>"))).Single();

        Assert.That(result.IsAccepted, Is.True);
        Assert.That(result.Problems.Select(p => (p.Rule, p.IsError)), Is.EqualTo(new[] { ("xml.unknown-element", false) }));
    }

    [Test]
    public void One_bad_request_never_stops_the_good_ones()
    {
        var results = Chile.ReadText(SafXml.Document(SafXml.Numbered("A-1"), SafXml.Numbered("A-2").Replace("2600412378-5", "2600412378-4", StringComparison.Ordinal), SafXml.Numbered("A-3")));

        Assert.That(results.Select(r => (r.RecordId, r.IsAccepted)), Is.EqualTo(new[] { ("A-1", true), ("A-2", false), ("A-3", true) }));
        Assert.That(results[1].Problems.Single().Source!.Path, Is.EqualTo("/ExportacionSAF/Solicitud[2]"));
        Assert.That(results[1].Problems.Single().Source!.Field, Is.EqualTo("RUC"));
    }
}
