using CooperJus.Adapters.ES.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>The reading rules of the format, each shown on the minimal Solicitud changed in one place.</summary>
public sealed class ReadingRulesTests
{
    private static RecordResult ReadOne(string solicitud) => Spain.ReadText(FortunyXml.Document(solicitud)).Single();

    private static CooperationRequest Accepted(string solicitud)
    {
        var result = ReadOne(solicitud);
        Assert.That(result.IsAccepted, Is.True, string.Join("\n", result.Problems));
        return result.Request!;
    }

    private static string[] Rules(RecordResult result) => [.. result.Problems.Select(p => $"{(p.IsError ? "error" : "warning")} {p.Rule}")];

    [Test]
    public void Minimal_Solicitud_is_accepted_with_every_leaf_traced()
    {
        var result = ReadOne(FortunyXml.Minimal);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(LineageCoverage.UncoveredLeaves(CanonicalJson.Serialize(result.Request!), result.Lineage), Is.Empty);
    }

    [TestCase("INVESTIGADO", PersonRole.Suspect)]
    [TestCase("ACUSADO", PersonRole.Accused)]
    [TestCase("VICTIMA", PersonRole.Victim)]
    [TestCase("PERJUDICADO", PersonRole.Victim)]
    [TestCase("TESTIGO", PersonRole.Witness)]
    [TestCase("PERITO", PersonRole.Expert)]
    [TestCase("TERCERO", PersonRole.ThirdParty)]
    [TestCase("investigado", PersonRole.Suspect)]
    public void Condicion_of_a_natural_person_gives_its_role(string condicion, PersonRole role)
    {
        var request = Accepted(FortunyXml.With($"""<Interviniente condicion="{condicion}" tipo="FISICA"><Nombre>Ana</Nombre></Interviniente>"""));

        Assert.That(request.Persons[0].Role, Is.EqualTo(role));
    }

    [TestCase("INVESTIGADO", OrganisationRole.Investigated)]
    [TestCase("ACUSADO", OrganisationRole.Investigated)]
    [TestCase("PERJUDICADO", OrganisationRole.Victim)]
    [TestCase("TESTIGO", OrganisationRole.ThirdParty)]
    [TestCase("TERCERO", OrganisationRole.ThirdParty)]
    public void Condicion_of_a_legal_person_gives_its_role(string condicion, OrganisationRole role)
    {
        var request = Accepted(FortunyXml.With($"""<Interviniente condicion="{condicion}" tipo="JURIDICA"><RazonSocial>Naviera del Turia S.A.</RazonSocial></Interviniente>"""));

        Assert.That(request.Organisations[0].Role, Is.EqualTo(role));
    }

    [TestCase("<Nombre>Ana María</Nombre><Apellido1>Soler</Apellido1><Apellido2>Puig</Apellido2>", "Ana María Soler Puig", "Ana María", new[] { "Soler", "Puig" })]
    [TestCase("<Apellido1>Soler</Apellido1>", "Soler", null, new[] { "Soler" })]
    [TestCase("<Nombre>Ana</Nombre><Apellido2>Puig</Apellido2>", "Ana Puig", "Ana", new[] { "Puig" })]
    [TestCase("<Nombre>  Ana </Nombre><Apellido1> Soler</Apellido1>", "Ana Soler", "Ana", new[] { "Soler" })]
    public void Full_name_joins_the_parts_written(string names, string fullName, string? givenNames, string[] familyNames)
    {
        var person = Accepted(FortunyXml.With($"""<Interviniente condicion="TESTIGO" tipo="FISICA">{names}</Interviniente>""")).Persons[0];

        Assert.That((person.FullName, person.GivenNames, person.FamilyNames), Is.EqualTo((fullName, givenNames, familyNames)));
    }

    [TestCase("fisica")]
    [TestCase("Física")]
    public void Tipo_is_matched_ignoring_case_and_accents(string tipo)
    {
        Assert.That(Accepted(FortunyXml.With($"""<Interviniente condicion="TESTIGO" tipo="{tipo}"><Nombre>Ana</Nombre></Interviniente>""")).Persons, Has.Count.EqualTo(1));
    }

    [Test]
    public void Persons_and_organisations_are_numbered_apart_in_order_of_appearance()
    {
        var request = Accepted(FortunyXml.With("""
            <Interviniente condicion="INVESTIGADO" tipo="JURIDICA"><RazonSocial>Uno S.L.</RazonSocial></Interviniente>
                <Interviniente condicion="INVESTIGADO" tipo="FISICA"><Nombre>Ana</Nombre></Interviniente>
                <Interviniente condicion="TESTIGO" tipo="FISICA"><Nombre>Luis</Nombre></Interviniente>
                <Interviniente condicion="TERCERO" tipo="JURIDICA"><RazonSocial>Dos S.A.</RazonSocial></Interviniente>
            """));

        Assert.That(request.Persons.Select(p => (p.Ref, p.FullName)), Is.EqualTo(new[] { ("p1", "Ana"), ("p2", "Luis") }));
        Assert.That(request.Organisations.Select(o => (o.Ref, o.Name)), Is.EqualTo(new[] { ("o1", "Uno S.L."), ("o2", "Dos S.A.") }));
    }

    [TestCase("""<EstadoRequerido iso="PE"/>""", "PE")]
    [TestCase("""<EstadoRequerido iso="PER"/>""", "PE")]
    [TestCase("""<EstadoRequerido>República del Perú</EstadoRequerido>""", "PE")]
    [TestCase("""<EstadoRequerido>panama</EstadoRequerido>""", "PA")]
    [TestCase("""<EstadoRequerido iso="BR">Brasil</EstadoRequerido>""", "BR")]
    public void Requested_State_is_read_from_its_code_or_its_Spanish_name(string element, string country)
    {
        var request = Accepted(FortunyXml.Replacing("""<EstadoRequerido iso="PE"/>""", element));

        Assert.That(request.RequestedAuthority.Country, Is.EqualTo(country));
    }

    [TestCase("""<EstadoRequerido/>""", "required")]
    [TestCase("""<EstadoRequerido iso="XX"/>""", "country.unknown")]
    [TestCase("""<EstadoRequerido iso="PE">Chile</EstadoRequerido>""", "country.conflict")]
    [TestCase("", "required")]
    public void Requested_State_that_cannot_be_told_rejects_the_request(string element, string rule)
    {
        var result = ReadOne(FortunyXml.Replacing("""<EstadoRequerido iso="PE"/>""", element));

        Assert.That(Rules(result), Is.EqualTo(new[] { "error " + rule }));
        Assert.That(result.Problems[0].CanonicalPath, Is.EqualTo("/requestedAuthority/country"));
    }

    [TestCase("""<Procedimiento clase="DP" numero="1/2024"/>""", "DP 1/2024", "DP", ProceedingsType.CriminalInvestigation)]
    [TestCase("""<Procedimiento clase="PA" numero="88/2023" organo="Juzgado de lo Penal nº 2 de Valencia"/>""", "PA 88/2023", "PA", ProceedingsType.Trial)]
    [TestCase("""<Procedimiento clase="EJECUTORIA" numero="12/2022"/>""", "EJECUTORIA 12/2022", "EJECUTORIA", ProceedingsType.Enforcement)]
    [TestCase("""<Procedimiento numero="1/2024" organo="Juzgado Central de Instrucción nº 5"/>""", "1/2024", null, ProceedingsType.CriminalInvestigation)]
    public void Case_reference_is_the_class_then_the_number(string element, string caseReference, string? nationalType, ProceedingsType type)
    {
        var request = Accepted(FortunyXml.Replacing("""<Procedimiento clase="DP" numero="1/2024"/>""", element));

        Assert.That(request.IssuingAuthority.CaseReference, Is.EqualTo(caseReference));
        Assert.That((request.Proceedings!.NationalType, request.Proceedings.Type), Is.EqualTo((nationalType, type)));
    }

    [Test]
    public void Procedimiento_with_a_number_only_gives_no_proceedings()
    {
        var request = Accepted(FortunyXml.Replacing("""<Procedimiento clase="DP" numero="1/2024"/>""", """<Procedimiento numero="1/2024"/>"""));

        Assert.That((request.IssuingAuthority.CaseReference, request.Proceedings), Is.EqualTo(("1/2024", (Proceedings?)null)));
    }

    [TestCase("""<Procedimiento clase="DP"/>""", "required")]
    [TestCase("""<Procedimiento clase="XYZ" numero="1/2024"/>""", "code-list.unknown")]
    [TestCase("", "required")]
    public void Procedimiento_without_a_readable_case_number_rejects_the_request(string element, string rule)
    {
        var result = ReadOne(FortunyXml.Replacing("""<Procedimiento clase="DP" numero="1/2024"/>""", element));

        Assert.That(Rules(result), Is.EqualTo(new[] { "error " + rule }));
    }

    [TestCase("0", UrgencyLevel.Normal)]
    [TestCase("1", UrgencyLevel.Urgent)]
    [TestCase("2", UrgencyLevel.VeryUrgent)]
    public void Urgencia_grado_gives_the_level_and_its_text_the_reason(string grado, UrgencyLevel level)
    {
        var request = Accepted(FortunyXml.With($"""<Urgencia grado="{grado}">Detenido en espera.</Urgencia>"""));

        Assert.That((request.Urgency.Level, request.Urgency.Reason), Is.EqualTo((level, "Detenido en espera.")));
    }

    [Test]
    public void Request_without_Urgencia_is_normal_by_default()
    {
        var result = ReadOne(FortunyXml.Minimal);

        Assert.That(Json.At(result.Request!, "/urgency"), Is.EqualTo("""{"level":"normal","grounds":[],"deadlines":[]}"""));
        Assert.That(result.Lineage.Single(e => e.CanonicalPath == "/urgency/level").Conversion, Is.EqualTo("adapter-default"));
    }

    [TestCase("""<Urgencia grado="3"/>""", "code-list.unknown")]
    [TestCase("""<Urgencia>Muy urgente</Urgencia>""", "required")]
    [TestCase("""<FechaLimite>2024-06-30</FechaLimite>""", "date.invalid")]
    [TestCase("""<FechaLimite>31/06/2024</FechaLimite>""", "date.invalid")]
    public void Unreadable_urgency_rejects_the_request(string element, string rule)
    {
        Assert.That(Rules(ReadOne(FortunyXml.With(element))), Is.EqualTo(new[] { "error " + rule }));
    }

    [TestCase("true", true)]
    [TestCase("false", false)]
    [TestCase("1", true)]
    [TestCase("0", false)]
    [TestCase(" TRUE ", true)]
    public void Reservada_is_an_xml_boolean(string text, bool confidential)
    {
        Assert.That(Accepted(FortunyXml.With($"<Reservada>{text}</Reservada>")).Confidentiality.Confidential, Is.EqualTo(confidential));
    }

    [Test]
    public void Instrumento_codes_give_instruments_and_treaty_parties()
    {
        var request = Accepted(FortunyXml.With("<Instrumento>CONVENCION_PALERMO</Instrumento><Instrumento>TRATADO_BILATERAL_ES_UY</Instrumento><Instrumento>RECIPROCIDAD</Instrumento>"));

        Assert.That(request.LegalBasis.Select(b => (b.Instrument, string.Join("|", b.Parties))),
            Is.EqualTo(new[] { ("untoc-2000", ""), ("bilateral-treaty", "ES|UY"), ("reciprocity", "") }));
    }

    [TestCase("TRATADO_MEDELLIN")]
    [TestCase("CONVENIO_IBEROAMERICANO")]
    public void Medellin_Treaty_is_the_Iber_at_channel_not_a_legal_basis(string code)
    {
        var request = Accepted(FortunyXml.With($"<Instrumento>CONVENCION_PALERMO</Instrumento><Instrumento>{code}</Instrumento>"));

        Assert.That(request.LegalBasis.Select(b => b.Instrument), Is.EqualTo(new[] { "untoc-2000" }));
        Assert.That(request.Channel, Is.EqualTo(new TransmissionChannel { Kind = ChannelKind.IberAt, Instrument = "medellin-2019" }));
    }

    [TestCase("AUTORIDAD_CENTRAL", ChannelKind.CentralAuthority)]
    [TestCase("directa", ChannelKind.Direct)]
    [TestCase("RED_FISCALES", ChannelKind.ProsecutorNetwork)]
    [TestCase("IBERAT", ChannelKind.IberAt)]
    public void Maps_the_channel_kind_from_Canal(string canal, ChannelKind kind)
    {
        Assert.That(Accepted(FortunyXml.With($"<Canal>{canal}</Canal>")).Channel, Is.EqualTo(new TransmissionChannel { Kind = kind }));
    }

    [Test]
    public void Canal_agreeing_with_the_Medellin_Treaty_gives_one_channel_traced_to_both()
    {
        var result = ReadOne(FortunyXml.With("<Instrumento>TRATADO_MEDELLIN</Instrumento><Canal>IBERAT</Canal>"));

        Assert.That(result.Request!.Channel, Is.EqualTo(new TransmissionChannel { Kind = ChannelKind.IberAt, Instrument = "medellin-2019" }));
        Assert.That(result.Lineage.Single(e => e.CanonicalPath == "/channel/kind").Sources.Select(s => s.Field), Is.EqualTo(new[] { "Instrumento", "Canal" }));
    }

    [TestCase("<Instrumento>TRATADO_MEDELLIN</Instrumento><Canal>DIRECTA</Canal>", "channel.conflict")]
    [TestCase("<Canal>PALOMA_MENSAJERA</Canal>", "code-list.unknown")]
    public void Unreadable_channel_rejects_the_request(string elements, string rule)
    {
        Assert.That(Rules(ReadOne(FortunyXml.With(elements))), Is.EqualTo(new[] { "error " + rule }));
    }

    [TestCase("<Instrumento>TRATADO_DE_TORDESILLAS</Instrumento>", "code-list.unknown")]
    [TestCase("<Instrumento/>", "required")]
    public void Unknown_or_empty_Instrumento_rejects_the_request(string element, string rule)
    {
        Assert.That(Rules(ReadOne(FortunyXml.With(element))), Is.EqualTo(new[] { "error " + rule }));
    }

    [Test]
    public void Offence_code_missing_from_the_table_is_kept_unclassified_with_a_warning()
    {
        var result = ReadOne(FortunyXml.With("""<Delito codigo="CP-999">Delito imaginario</Delito>"""));

        Assert.That(result.IsAccepted, Is.True);
        Assert.That(Rules(result), Is.EqualTo(new[] { "warning code-list.unknown" }));
        Assert.That(result.Request!.Offences[1], Is.EqualTo(new Offence { NationalCode = "CP-999", NationalWording = "Delito imaginario" }));
        Assert.That(result.Problems[0].CanonicalPath, Is.EqualTo("/offences/1/iccsCode"));
    }

    [TestCase("CP-138", "0101")]
    [TestCase("CP-177bis", "0204")]
    [TestCase("CP-248", "0701")]
    [TestCase("CP-301", "07041")]
    [TestCase("CP-323", "07042")]
    [TestCase("CP-368", "06012")]
    [TestCase("CP-419", "07031")]
    [TestCase("CP-420", "07031")]
    [TestCase("CP-428", "07034")]
    [TestCase("CP-432", "07032")]
    [TestCase("CP-570bis", "09051")]
    [TestCase("cp-570BIS", "09051")]
    public void Penal_code_article_gives_its_ICCS_code(string code, string iccs)
    {
        var request = Accepted(FortunyXml.Replacing("""<Delito codigo="CP-301">""", $"""<Delito codigo="{code}">"""));

        Assert.That((request.Offences[0].IccsCode, request.Offences[0].NationalCode), Is.EqualTo((iccs, code)));
    }

    [TestCase("""<Delito codigo="CP-301">Blanqueo de capitales</Delito>""", "/offences")]
    [TestCase("""<Diligencia tipo="INFORMACION_BANCARIA">Cuentas del investigado.</Diligencia>""", "/measures")]
    [TestCase("<Hechos>Hechos de prueba.</Hechos>", "/facts/summary")]
    [TestCase("<Fiscalia>Fiscalía Provincial de Valencia</Fiscalia>", "/issuingAuthority/name")]
    public void Request_missing_a_required_part_is_rejected_naming_it(string element, string pointer)
    {
        var result = ReadOne(FortunyXml.Replacing(element, ""));

        Assert.That(Rules(result), Is.EqualTo(new[] { "error required" }));
        Assert.That(result.Problems[0].CanonicalPath, Is.EqualTo(pointer));
    }

    [Test]
    public void Solicitud_without_referencia_is_rejected_and_named_by_its_position()
    {
        var result = ReadOne(FortunyXml.Replacing(""" referencia="T-1" """.TrimEnd(), ""));

        Assert.That((result.RecordId, result.IsAccepted), Is.EqualTo(("Solicitud[1]", false)));
        Assert.That(Rules(result), Is.EqualTo(new[] { "error required" }));
    }

    [TestCase("DNI", "24561837E", DocumentType.NationalId, "ES", CheckDigitStatus.Valid)]
    [TestCase("DNI", "24.561.837-e", DocumentType.NationalId, "ES", CheckDigitStatus.Valid)]
    [TestCase("NIE", "Y3054812N", DocumentType.ForeignerId, "ES", CheckDigitStatus.Valid)]
    [TestCase("PASAPORTE", "AAB123456", DocumentType.Passport, null, CheckDigitStatus.Unverified)]
    public void Documento_of_a_person_is_typed_and_checked(string type, string number, DocumentType documentType, string? country, CheckDigitStatus status)
    {
        var document = Accepted(FortunyXml.With($"""<Interviniente condicion="INVESTIGADO" tipo="FISICA"><Nombre>Ana</Nombre><Documento tipo="{type}">{number}</Documento></Interviniente>""")).Persons[0].IdentityDocuments[0];

        Assert.That(document, Is.EqualTo(new IdentityDocument { Type = documentType, NationalType = type, Number = number, IssuingCountry = country, CheckDigit = status }));
    }

    [TestCase("B46123873")]
    [TestCase("B4612387C")]
    [TestCase("Q2826000H")]
    public void CIF_of_a_company_is_checked_by_the_adapter(string number)
    {
        var document = Accepted(FortunyXml.With($"""<Interviniente condicion="TERCERO" tipo="JURIDICA"><RazonSocial>Uno S.L.</RazonSocial><Documento tipo="CIF">{number}</Documento></Interviniente>""")).Organisations[0].RegistrationNumbers[0];

        Assert.That((document.Type, document.CheckDigit), Is.EqualTo((DocumentType.TaxId, CheckDigitStatus.Valid)));
    }

    [TestCase("""<Documento tipo="CARNET">123</Documento>""", "code-list.unknown")]
    [TestCase("""<Documento tipo="DNI"/>""", "required")]
    [TestCase("""<Documento>24561837E</Documento>""", "required")]
    [TestCase("""<Documento tipo="NIE">X4821937Q</Documento>""", "identity.check-digit")]
    public void Unusable_Documento_rejects_the_request(string element, string rule)
    {
        var result = ReadOne(FortunyXml.With($"""<Interviniente condicion="INVESTIGADO" tipo="FISICA"><Nombre>Ana</Nombre>{element}</Interviniente>"""));

        Assert.That(Rules(result), Is.EqualTo(new[] { "error " + rule }));
    }

    [TestCase("""tipo="MORAL" condicion="INVESTIGADO" """, "xml.invalid-value")]
    [TestCase("""condicion="INVESTIGADO" """, "required")]
    [TestCase("""tipo="FISICA" condicion="SOSPECHOSO" """, "code-list.unknown")]
    [TestCase("""tipo="FISICA" """, "required")]
    public void Interviniente_of_unknown_kind_or_condition_rejects_the_request(string attributes, string rule)
    {
        Assert.That(Rules(ReadOne(FortunyXml.With($"<Interviniente {attributes}><Nombre>Ana</Nombre></Interviniente>"))), Is.EqualTo(new[] { "error " + rule }));
    }

    [Test]
    public void Natural_person_without_any_name_is_rejected()
    {
        var result = ReadOne(FortunyXml.With("""<Interviniente condicion="TESTIGO" tipo="FISICA"><FechaNacimiento>01/01/1990</FechaNacimiento></Interviniente>"""));

        Assert.That(Rules(result), Is.EqualTo(new[] { "error required" }));
        Assert.That(result.Problems[0].CanonicalPath, Is.EqualTo("/persons/0/fullName"));
    }

    [Test]
    public void Elements_that_do_not_apply_to_a_legal_person_are_ignored_with_a_warning()
    {
        var result = ReadOne(FortunyXml.With("""<Interviniente condicion="INVESTIGADO" tipo="JURIDICA"><RazonSocial>Uno S.L.</RazonSocial><Nombre>Ana</Nombre><FechaNacimiento>01/01/1990</FechaNacimiento><Domicilio>Valencia</Domicilio><Domicilio>Madrid</Domicilio></Interviniente>"""));

        Assert.That(result.IsAccepted, Is.True);
        Assert.That(Rules(result), Is.EqualTo(new[] { "warning xml.not-applicable", "warning xml.not-applicable", "warning xml.not-applicable" }));
        Assert.That(result.Request!.Organisations[0].Address, Is.EqualTo(new Address { Text = "Valencia" }));
    }

    [Test]
    public void Unknown_elements_and_attributes_are_ignored_with_a_located_warning()
    {
        var result = ReadOne(FortunyXml.Replacing("""<Fiscalia>""", """<Fiscalia planta="3">""").Replace("<Hechos>", "<Observaciones>Sin observaciones.</Observaciones>\n    <Hechos>", StringComparison.Ordinal));

        Assert.That(result.IsAccepted, Is.True);
        Assert.That(result.Problems.Select(p => (p.Rule, p.Source!.Path, p.Source.Field, p.Source.Line)), Is.EqualTo(new[]
        {
            ("xml.unknown-element", "/Exportacion/Solicitud[1]/Fiscalia", "@planta", (long?)5),
            ("xml.unknown-element", "/Exportacion/Solicitud[1]/Observaciones", (string?)null, (long?)8),
        }));
    }

    [Test]
    public void Unknown_elements_between_Solicitudes_are_reported_once_for_the_file()
    {
        var results = Spain.ReadText(FortunyXml.Document(FortunyXml.Minimal, "  <Resumen total=\"2\"/>", FortunyXml.Numbered("T-2")));

        Assert.That(results.Select(r => r.RecordId), Is.EqualTo(new[] { "T-1", null, "T-2" }));
        Assert.That(results[1].Problems.Single().Rule, Is.EqualTo("xml.unknown-element"));
        Assert.That(results[1].Problems.Single().IsError, Is.False);
    }

    [Test]
    public void Element_of_another_namespace_is_unknown()
    {
        var result = ReadOne(FortunyXml.With("""<x:Nota xmlns:x="urn:otro">Nota</x:Nota>"""));

        Assert.That(Rules(result), Is.EqualTo(new[] { "warning xml.unknown-element" }));
    }

    [TestCase("1.000,00 €", "1000.00", "EUR")]
    [TestCase("EUR 1.000", "1000", "EUR")]
    [TestCase("USD 25.000,50", "25000.50", "USD")]
    [TestCase("1.500", "1500", "EUR")]
    public void Valor_of_a_cultural_object_is_an_amount_in_euros_unless_it_says_otherwise(string written, string amount, string currency)
    {
        var result = ReadOne(FortunyXml.With($"<BienCultural><TipoObjeto>Moneda</TipoObjeto><Valor>{written}</Valor></BienCultural>"));

        Assert.That(result.Request!.Assets[0].Value, Is.EqualTo(new MonetaryAmount { Amount = amount, Currency = currency }));
        Assert.That(result.Lineage.Single(e => e.CanonicalPath == "/assets/0/value/currency").Conversion, Is.EqualTo(currency == "EUR" && !written.Contains("EUR", StringComparison.Ordinal) && !written.Contains('€', StringComparison.Ordinal) ? "adapter-default" : "decimal-comma-amount"));
    }

    [TestCase("<BienCultural><Valor>mil euros</Valor><TipoObjeto>Moneda</TipoObjeto></BienCultural>", "amount.invalid")]
    [TestCase("<BienCultural><Titulo>Sin tipo</Titulo></BienCultural>", "required")]
    [TestCase("""<Anexo nombre="a.pdf" tipo="application/pdf" sha256="6cd27b499b10b97556e24b3668bb87516ecb022cc371a67532689131206b45bd" bytes="-1"/>""", "attachment.invalid-size")]
    [TestCase("""<Anexo nombre="carpeta/a.pdf" tipo="application/pdf" sha256="6cd27b499b10b97556e24b3668bb87516ecb022cc371a67532689131206b45bd" bytes="1"/>""", "attachment.invalid-file-name")]
    [TestCase("""<Anexo nombre="a.pdf" tipo="pdf" sha256="6cd27b499b10b97556e24b3668bb87516ecb022cc371a67532689131206b45bd" bytes="1"/>""", "attachment.invalid-media-type")]
    [TestCase("""<Anexo nombre="a.pdf" tipo="application/pdf" bytes="1"/>""", "required")]
    public void Unusable_object_or_annex_rejects_the_request(string element, string rule)
    {
        Assert.That(Rules(ReadOne(FortunyXml.With(element))), Is.EqualTo(new[] { "error " + rule }));
    }

    [Test]
    public void Each_Solicitud_of_a_file_gets_the_creation_time_of_the_export()
    {
        var results = Spain.ReadText(FortunyXml.Document(FortunyXml.Minimal, FortunyXml.Numbered("T-2")));

        Assert.That(results.Select(r => r.Request!.CreatedAt), Is.All.EqualTo(new DateTimeOffset(2024, 5, 14, 10, 15, 0, TimeSpan.FromHours(2))));
    }

    [TestCase("generada=\"2024-05-14T10:15:00Z\"", true)]
    [TestCase("generada=\"2024-05-14T10:15:00.1234567-05:00\"", true)]
    [TestCase("generada=\"2024-05-14T10:15:00\"", false)]
    [TestCase("generada=\"2024-05-14\"", false)]
    [TestCase("", false)]
    public void Generada_must_be_an_instant_with_its_offset(string attribute, bool accepted)
    {
        var xml = FortunyXml.Document().Replace("generada=\"2024-05-14T10:15:00+02:00\"", attribute, StringComparison.Ordinal);

        var result = Spain.ReadText(xml).Single();

        Assert.That(result.IsAccepted, Is.EqualTo(accepted));
        if (!accepted) Assert.That(result.Problems.Single().CanonicalPath, Is.EqualTo("/createdAt"));
    }

    [Test]
    public void Other_major_version_is_read_with_a_file_warning()
    {
        var results = Spain.ReadText(FortunyXml.Document().Replace("version=\"3.1\"", "version=\"4.0\"", StringComparison.Ordinal));

        Assert.That(results.Select(r => r.RecordId), Is.EqualTo(new[] { null, "T-1" }));
        Assert.That(results[0].Problems.Single().Rule, Is.EqualTo("fortuny.version"));
        Assert.That(results[1].IsAccepted, Is.True);
    }

    [Test]
    public void Export_without_any_Solicitud_gives_no_result()
    {
        Assert.That(Spain.ReadText(FortunyXml.Declaration + "\n" + FortunyXml.RootStart.Replace(">", "/>", StringComparison.Ordinal)), Is.Empty);
    }
}
