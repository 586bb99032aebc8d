using CooperJus.Adapters.PE.Tests.Support;
using CooperJus.Gateway.Sdk.Model;
using static CooperJus.Adapters.PE.Tests.Support.SgfCsv;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>The row-level columns: one person (PERSONA), organisation (EMPRESA) or cultural object (BIEN_CULTURAL) per row.</summary>
public sealed class PartyMappingTests
{
    [Test]
    public void Person_row_fills_names_birth_date_nationality_document_and_address()
    {
        var person = ReadOne.Request(Row(Request(), Person())).Persons.Single();

        Assert.That(person.Ref, Is.EqualTo("p1"));
        Assert.That(person.Role, Is.EqualTo(PersonRole.Suspect));
        Assert.That(person.FullName, Is.EqualTo("Juan Carlos Quispe Mamani"));
        Assert.That(person.GivenNames, Is.EqualTo("Juan Carlos"));
        Assert.That(person.FamilyNames, Is.EqualTo(new[] { "Quispe", "Mamani" }));
        Assert.That(person.BirthDate, Is.EqualTo(new DateOnly(1979, 7, 14)));
        Assert.That(person.Nationalities, Is.EqualTo(new[] { "PE" }));
        Assert.That(person.Addresses, Is.EqualTo(new[] { new Address { Text = "Jr. Túpac Amaru 245, Cusco" } }));
        Assert.That(person.IdentityDocuments.Single(), Is.EqualTo(new IdentityDocument
        {
            Type = DocumentType.NationalId, NationalType = "DNI", Number = "10117410", IssuingCountry = "PE", CheckDigit = CheckDigitStatus.Valid,
        }));
    }

    [Test]
    public void Full_name_is_composed_from_the_three_name_columns()
    {
        var result = ReadOne.Result(Row(Request(), Person()));
        var lineage = ReadOne.Lineage(result, "/persons/0/fullName");

        Assert.That(lineage.Conversion, Is.EqualTo("join-names"));
        Assert.That(lineage.Sources.Select(s => s.Field), Is.EqualTo(new[] { "NOMBRES", "APELLIDO_PATERNO", "APELLIDO_MATERNO" }));
        Assert.That(ReadOne.Lineage(result, "/persons/0/familyNames").Sources.Select(s => s.Value), Is.EqualTo(new[] { "Quispe", "Mamani" }));
    }

    [TestCase("Sebastián", "Fernández", "", "Sebastián Fernández")]
    [TestCase("", "Fernández", "Ríos", "Fernández Ríos")]
    [TestCase("Rosa", "", "", "Rosa")]
    public void Missing_name_parts_are_left_out_of_the_full_name(string given, string first, string second, string fullName)
    {
        var person = ReadOne.Request(Row(Request(), Person(), ("NOMBRES", given), ("APELLIDO_PATERNO", first), ("APELLIDO_MATERNO", second))).Persons.Single();

        Assert.That(person.FullName, Is.EqualTo(fullName));
        Assert.That(person.GivenNames, Is.EqualTo(given.Length == 0 ? null : given));
        Assert.That(person.FamilyNames, Is.EqualTo(new[] { first, second }.Where(n => n.Length > 0)));
    }

    [Test]
    public void Person_row_without_any_name_is_an_error()
    {
        var error = ReadOne.Error("required", Row(Request(), Person(), ("NOMBRES", ""), ("APELLIDO_PATERNO", ""), ("APELLIDO_MATERNO", "")));

        Assert.That(error.CanonicalPath, Is.EqualTo("/persons/0/fullName"));
    }

    [TestCase("INVESTIGADO", PersonRole.Suspect)]
    [TestCase("IMPUTADO", PersonRole.Suspect)]
    [TestCase("ACUSADO", PersonRole.Accused)]
    [TestCase("ACTOR_CIVIL", PersonRole.Victim)]
    [TestCase("TERCERO_CIVILMENTE_RESPONSABLE", PersonRole.ThirdParty)]
    [TestCase("AGRAVIADO", PersonRole.Victim)]
    [TestCase("TESTIGO", PersonRole.Witness)]
    [TestCase("TERCERO", PersonRole.ThirdParty)]
    [TestCase("PERITO", PersonRole.Expert)]
    [TestCase("testigo", PersonRole.Witness)]
    public void Condition_maps_to_person_role(string condition, PersonRole role)
    {
        Assert.That(ReadOne.Request(Row(Request(), Person(), ("CONDICION", condition))).Persons.Single().Role, Is.EqualTo(role));
    }

    [TestCase("INVESTIGADO", OrganisationRole.Investigated)]
    [TestCase("IMPUTADO", OrganisationRole.Investigated)]
    [TestCase("AGRAVIADO", OrganisationRole.Victim)]
    [TestCase("TERCERO", OrganisationRole.ThirdParty)]
    public void Condition_maps_to_organisation_role(string condition, OrganisationRole role)
    {
        Assert.That(ReadOne.Request(Row(Request(), Company(), ("CONDICION", condition))).Organisations.Single().Role, Is.EqualTo(role));
    }

    [TestCase("INVESTIGADO", LiabilityRegime.Administrative)]
    [TestCase("IMPUTADO", LiabilityRegime.Administrative)]
    [TestCase("AGRAVIADO", null)]
    [TestCase("TERCERO", null)]
    public void Investigated_company_answers_under_ley_30424_only_when_its_condition_says_so(string condition, LiabilityRegime? liability)
    {
        var result = ReadOne.Result(Row(Request(), Company(), ("CONDICION", condition)));

        Assert.That(result.Request!.Organisations.Single().Liability, Is.EqualTo(liability));
        Assert.That(result.Lineage.Any(e => e.CanonicalPath == "/organisations/0/liability"), Is.EqualTo(liability is not null));
    }

    [Test]
    public void Condition_that_only_a_person_can_have_is_an_error_on_a_company_row()
    {
        var error = ReadOne.Error("code-list.unknown", Row(Request(), Company(), ("CONDICION", "TESTIGO")));

        Assert.That(error.CanonicalPath, Is.EqualTo("/organisations/0/role"));
    }

    [TestCase("PERSONA")]
    [TestCase("EMPRESA")]
    public void Empty_condition_is_an_error(string rowType)
    {
        var party = rowType == "PERSONA" ? Person() : Company();

        Assert.That(ReadOne.Error("required", Row(Request(), party, ("CONDICION", ""))).Source!.Field, Is.EqualTo("CONDICION"));
    }

    [TestCase("DNI", "10117410", DocumentType.NationalId, "PE", CheckDigitStatus.Valid)]
    [TestCase("DNI", "10117410-2", DocumentType.NationalId, "PE", CheckDigitStatus.Valid)]
    [TestCase("DNI", "10117410-G", DocumentType.NationalId, "PE", CheckDigitStatus.Valid)]
    [TestCase("CE", "001234567", DocumentType.ForeignerId, "PE", CheckDigitStatus.Unverified)]
    [TestCase("PASAPORTE", "PAA123456", DocumentType.Passport, null, CheckDigitStatus.Unverified)]
    [TestCase("RUC", "10447182039", DocumentType.TaxId, "PE", CheckDigitStatus.Valid)]
    public void Document_type_and_number_give_an_identity_document(string type, string number, DocumentType canonical, string? issuing, CheckDigitStatus status)
    {
        var document = ReadOne.Request(Row(Request(), Person(), ("TIPO_DOC", type), ("NRO_DOC", number))).Persons.Single().IdentityDocuments.Single();

        Assert.That(document, Is.EqualTo(new IdentityDocument { Type = canonical, NationalType = type, Number = number, IssuingCountry = issuing, CheckDigit = status }));
    }

    [Test]
    public void Wrong_dni_check_digit_is_an_error_naming_the_row_and_number()
    {
        var error = ReadOne.Error("identity.check-digit", Row(Request(), Person()), Row(Request(), Person(), ("NRO_DOC", "10117410-3")));

        Assert.That(error.Source!.Row, Is.EqualTo(3));
        Assert.That(error.Source.Field, Is.EqualTo("NRO_DOC"));
        Assert.That(error.Source.Value, Is.EqualTo("10117410-3"));
        Assert.That(error.CanonicalPath, Is.EqualTo("/persons/1/identityDocuments/0/number"));
    }

    [Test]
    public void Wrong_ruc_check_digit_is_an_error()
    {
        var error = ReadOne.Error("identity.check-digit", Row(Request(), Company(), ("NRO_DOC", "20512333790")));

        Assert.That(error.CanonicalPath, Is.EqualTo("/organisations/0/registrationNumbers/0/number"));
    }

    [TestCase("", "10117410", "TIPO_DOC")]
    [TestCase("DNI", "", "NRO_DOC")]
    public void Document_type_and_number_go_together(string type, string number, string missing)
    {
        var error = ReadOne.Error("required", Row(Request(), Person(), ("TIPO_DOC", type), ("NRO_DOC", number)));

        Assert.That(error.Source!.Field, Is.EqualTo(missing));
    }

    [Test]
    public void Unknown_document_type_is_an_error()
    {
        ReadOne.Error("code-list.unknown", Row(Request(), Person(), ("TIPO_DOC", "LIBRETA_MILITAR")));
    }

    [TestCase("PERUANA", "PE")]
    [TestCase("peruano", "PE")]
    [TestCase("CHILENA", "CL")]
    [TestCase("BRASILEÑA", "BR")]
    [TestCase("ESPAÑOLA", "ES")]
    [TestCase("Perú", "PE")]
    [TestCase("PER", "PE")]
    public void Nationality_is_read_as_demonym_name_or_code(string written, string alpha2)
    {
        Assert.That(ReadOne.Request(Row(Request(), Person(), ("NACIONALIDAD", written))).Persons.Single().Nationalities, Is.EqualTo(new[] { alpha2 }));
    }

    [Test]
    public void Unknown_nationality_is_an_error()
    {
        var error = ReadOne.Error("country.unknown", Row(Request(), Person(), ("NACIONALIDAD", "ATLANTE")));

        Assert.That(error.CanonicalPath, Is.EqualTo("/persons/0/nationalities"));
    }

    [Test]
    public void Repeated_nationalities_are_read_and_located_on_every_row()
    {
        var rows = new[] { "PERUANA", "ATLANTE", "PERUANA", "ATLANTE" }
            .Select((nationality, i) => Row(Request($"SGF-2024-00000{i / 2 + 1}"), Person(), ("NACIONALIDAD", nationality)))
            .ToArray();
        var results = Pe.Read(Build(rows));

        Assert.That(results.Select(r => r.Problems.Where(p => p.IsError).Select(p => (p.Rule, p.Source!.Row, p.CanonicalPath))), Is.EqualTo(new[]
        {
            new[] { ("country.unknown", (long?)3, (string?)"/persons/1/nationalities") },
            new[] { ("country.unknown", (long?)5, (string?)"/persons/1/nationalities") },
        }));
        Assert.That(results.Select(r => ReadOne.Lineage(r, "/persons/0/nationalities").Sources.Single().Row), Is.EqualTo(new long?[] { 2, 4 }));
    }

    [Test]
    public void Impossible_birth_date_is_an_error_naming_row_column_and_value()
    {
        var error = ReadOne.Error("date.invalid", Row(Request(), Person(), ("FECHA_NACIMIENTO", "31/02/1980")));

        Assert.That(error.Source, Is.EqualTo(new Gateway.Sdk.Diagnostics.SourceLocation { File = "solicitudes_test.csv", Row = 2, Line = 2, Field = "FECHA_NACIMIENTO", Value = "31/02/1980" }));
        Assert.That(error.CanonicalPath, Is.EqualTo("/persons/0/birthDate"));
    }

    [Test]
    public void Company_row_fills_name_ruc_country_and_address()
    {
        var organisation = ReadOne.Request(Row(Request(), Company())).Organisations.Single();

        Assert.That(organisation.Ref, Is.EqualTo("o1"));
        Assert.That(organisation.Name, Is.EqualTo("Inversiones Arte Andino S.A.C."));
        Assert.That(organisation.Role, Is.EqualTo(OrganisationRole.Investigated));
        Assert.That(organisation.Country, Is.EqualTo("PE"));
        Assert.That(organisation.Address, Is.EqualTo(new Address { Text = "Av. El Sol 820, Cusco" }));
        Assert.That(organisation.RegistrationNumbers.Single(), Is.EqualTo(new IdentityDocument
        {
            Type = DocumentType.TaxId, NationalType = "RUC", Number = "20512333797", IssuingCountry = "PE", CheckDigit = CheckDigitStatus.Valid,
        }));
    }

    [Test]
    public void Company_row_without_company_name_is_an_error()
    {
        Assert.That(ReadOne.Error("required", Row(Request(), Company(), ("RAZON_SOCIAL", ""))).CanonicalPath, Is.EqualTo("/organisations/0/name"));
    }

    [Test]
    public void Cultural_object_row_fills_every_object_id_field()
    {
        var asset = ReadOne.Request(Row(Request(), CulturalObject())).Assets.Single();

        Assert.That(asset.Ref, Is.EqualTo("a1"));
        Assert.That(asset.Type, Is.EqualTo(AssetType.CulturalObject));
        Assert.That(asset.Value, Is.EqualTo(new MonetaryAmount { Amount = "12500.50", Currency = "PEN" }));
        var culturalObject = asset.CulturalObject!;
        Assert.That(culturalObject.ObjectType, Is.EqualTo("Huaco retrato"));
        Assert.That(culturalObject.Description, Is.EqualTo("Rostro de dignatario con tocado"));
        Assert.That(culturalObject.Materials, Is.EqualTo(new[] { "cerámica", "engobe", "pintura roja" }));
        Assert.That(culturalObject.Measurements, Is.EqualTo("24 x 18 cm"));
        Assert.That(culturalObject.DateOrPeriod, Is.EqualTo("100-700 d.C."));
        Assert.That(culturalObject.Maker, Is.EqualTo("Moche"));
        Assert.That(culturalObject.Inscriptions, Is.EqualTo("HCV-2019-0457 en la base"));
        Assert.That(culturalObject.DistinguishingFeatures, Is.EqualTo("Asa estribo restaurada"));
        Assert.That(culturalObject.InventoryNumber, Is.EqualTo("0000184532"));
    }

    [TestCase("S/ 12.500,50", "12500.50", "PEN")]
    [TestCase("S/. 800", "800", "PEN")]
    [TestCase("USD 3.000", "3000", "USD")]
    [TestCase("EUR 45.000,00", "45000.00", "EUR")]
    public void Object_value_is_an_amount_with_currency(string written, string amount, string currency)
    {
        var value = ReadOne.Request(Row(Request(), CulturalObject(), ("BIEN_VALOR", written))).Assets.Single().Value;

        Assert.That(value, Is.EqualTo(new MonetaryAmount { Amount = amount, Currency = currency }));
    }

    [TestCase("dieciocho mil")]
    [TestCase("12.500,50")]
    [TestCase("XYZ 100")]
    public void Unreadable_object_value_is_an_amount_error(string written)
    {
        Assert.That(ReadOne.Error("amount.invalid", Row(Request(), CulturalObject(), ("BIEN_VALOR", written))).CanonicalPath, Is.EqualTo("/assets/0/value"));
    }

    [Test]
    public void Cultural_object_row_without_object_type_is_an_error()
    {
        Assert.That(ReadOne.Error("required", Row(Request(), CulturalObject(), ("BIEN_TIPO", ""))).CanonicalPath, Is.EqualTo("/assets/0/culturalObject/objectType"));
    }

    [Test]
    public void Refs_number_each_kind_in_order_of_appearance()
    {
        var request = ReadOne.Request(
            Row(Request(), CulturalObject()), Row(Request(), Person()), Row(Request(), Company()), Row(Request(), Person(), ("NOMBRES", "Ana")), Row(Request(), CulturalObject()));

        Assert.That(request.Persons.Select(p => (p.Ref, p.GivenNames)), Is.EqualTo(new[] { ("p1", "Juan Carlos"), ("p2", "Ana") }));
        Assert.That(request.Organisations.Select(o => o.Ref), Is.EqualTo(new[] { "o1" }));
        Assert.That(request.Assets.Select(a => a.Ref), Is.EqualTo(new[] { "a1", "a2" }));
    }

    [Test]
    public void Unknown_row_type_is_an_error()
    {
        Assert.That(ReadOne.Error("code-list.unknown", Row(Request(), Person(), ("TIPO_FILA", "VEHICULO"))).Source!.Field, Is.EqualTo("TIPO_FILA"));
    }

    [Test]
    public void Party_data_without_a_row_type_is_an_error()
    {
        Assert.That(ReadOne.Error("csv.row-type", Row(Request(), Person(), ("TIPO_FILA", ""))).Source!.Row, Is.EqualTo(2));
    }

    [Test]
    public void Column_that_does_not_apply_to_the_row_is_ignored_with_a_warning()
    {
        var result = ReadOne.Result(Row(Request(), Person(), ("RAZON_SOCIAL", "Galería Inka S.A.C."), ("BIEN_TIPO", "Huaco")));

        Assert.That(result.IsAccepted, Is.True);
        Assert.That(result.Problems.Select(p => (p.Rule, p.Source!.Field)), Is.EqualTo(new[] { ("csv.ignored-value", "RAZON_SOCIAL"), ("csv.ignored-value", "BIEN_TIPO") }));
    }

    [Test]
    public void Person_row_fills_sex_place_of_birth_languages_interpreter_minor_and_custody()
    {
        var result = ReadOne.Result(Row(Request(), Person(),
            ("SEXO", "F"), ("LUGAR_NACIMIENTO", "Ocongate, Quispicanchi, Cusco"), ("IDIOMA", "QUECHUA|Castellano"),
            ("INTERPRETE", "SI"), ("MENOR_EDAD", "no"), ("SITUACION_JURIDICA", "PRISION_PREVENTIVA")));
        var person = result.Request!.Persons.Single();

        Assert.That(person.Sex, Is.EqualTo(Sex.Female));
        Assert.That(person.PlaceOfBirth, Is.EqualTo(new PlaceOfBirth { Place = "Ocongate, Quispicanchi, Cusco" }));
        Assert.That(person.Languages, Is.EqualTo(new[] { "qu", "es" }));
        Assert.That(person.InterpreterNeeded, Is.True);
        Assert.That(person.Minor, Is.False);
        Assert.That(person.Custody, Is.EqualTo(CustodyStatus.PreTrialDetention));
        Assert.That(ReadOne.Lineage(result, "/persons/0/languages").Conversion, Is.EqualTo("code-list:languages"));
        Assert.That(ReadOne.Lineage(result, "/persons/0/custody").Conversion, Is.EqualTo("code-list:custody"));
    }

    [TestCase("LIBRE", CustodyStatus.Free)]
    [TestCase("COMPARECENCIA_RESTRINGIDA", CustodyStatus.Free)]
    [TestCase("DETENCION_PRELIMINAR", CustodyStatus.PreTrialDetention)]
    [TestCase("CONDENADO_INTERNO", CustodyStatus.ServingSentence)]
    public void Situacion_juridica_maps_to_custody(string code, CustodyStatus custody)
    {
        Assert.That(ReadOne.Request(Row(Request(), Person(), ("SITUACION_JURIDICA", code))).Persons.Single().Custody, Is.EqualTo(custody));
    }

    [TestCase("SEXO", "Z")]
    [TestCase("IDIOMA", "QUECHUA|KLINGON")]
    [TestCase("INTERPRETE", "QUIZAS")]
    [TestCase("SITUACION_JURIDICA", "PROFUGO")]
    public void Unknown_person_code_is_an_error(string column, string value)
    {
        var error = ReadOne.Error("code-list.unknown", Row(Request(), Person(), (column, value)));

        Assert.That(error.Source!.Field, Is.EqualTo(column));
    }

    [Test]
    public void Person_columns_on_a_company_row_are_ignored_with_a_warning()
    {
        var result = ReadOne.Result(Row(Request(), Company(), ("SEXO", "M"), ("DILIGENCIAS", "INFORMACION_BANCARIA")));

        Assert.That(result.Problems.Single().Rule, Is.EqualTo("csv.ignored-value"));
        Assert.That(result.Request, Is.Not.Null);
    }

    [Test]
    public void Cultural_object_row_fills_the_incident_protected_status_and_national_register()
    {
        var result = ReadOne.Result(Row(Request(), CulturalObject(),
            ("BIEN_INCIDENTE", "HUAQUEO"), ("BIEN_FECHA_INCIDENTE", "12/04/2024"), ("BIEN_LUGAR_INCIDENTE", "Huaca Cao Viejo, Magdalena de Cao"),
            ("BIEN_TIPO_SITIO", "SITIO_ARQUEOLOGICO"), ("BIEN_CONDICION_LEGAL", "Patrimonio Cultural de la Nación (Ley 28296)")));
        var culturalObject = result.Request!.Assets.Single().CulturalObject!;

        Assert.That(culturalObject.Incident, Is.EqualTo(new CulturalIncident
        {
            Type = IncidentType.Looting, Date = new DateOnly(2024, 4, 12), Place = "Huaca Cao Viejo, Magdalena de Cao", SiteType = SiteType.ArchaeologicalSite,
        }));
        Assert.That(culturalObject.ProtectedStatus, Is.EqualTo("Patrimonio Cultural de la Nación (Ley 28296)"));
        Assert.That(culturalObject.RegisterReferences.Single(), Is.EqualTo(new RegisterReference
        {
            Register = "Registro Nacional de Bienes Muebles Integrantes del Patrimonio Cultural de la Nación", Reference = "0000184532",
        }));
        Assert.That(ReadOne.Lineage(result, "/assets/0/culturalObject/registerReferences/0/register").Conversion, Is.EqualTo("adapter-default"));
    }

    [Test]
    public void Incident_details_without_the_incident_type_are_an_error()
    {
        var error = ReadOne.Error("required", Row(Request(), CulturalObject(), ("BIEN_FECHA_INCIDENTE", "12/04/2024")));

        Assert.That(error.Source!.Field, Is.EqualTo("BIEN_INCIDENTE"));
        Assert.That(error.CanonicalPath, Is.EqualTo("/assets/0/culturalObject/incident/type"));
    }
}
