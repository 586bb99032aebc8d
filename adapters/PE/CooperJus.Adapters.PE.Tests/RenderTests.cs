using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Adapters.PE.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>Canonical → SGF CSV: the layout, the code lists in reverse, and a warning for whatever the CSV cannot carry.</summary>
public sealed class RenderTests
{
    private static readonly PeruAdapter Adapter = Pe.Adapter();

    [Test]
    public void Writes_utf8_with_bom_semicolons_crlf_and_the_full_header()
    {
        var bytes = Render([Sample()], out _);

        Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.That(text.Split("\r\n")[0], Is.EqualTo(string.Join(';', SgfCsv.Columns)));
    }

    [Test]
    public void Writes_one_row_per_person_organisation_and_cultural_object()
    {
        var request = Sample();

        var rows = Rows(Render([request], out var report));

        Assert.That(report.RequestsWritten, Is.EqualTo(1));
        Assert.That(rows.Select(r => r["TIPO_FILA"]), Is.EqualTo(new[] { "PERSONA", "PERSONA", "PERSONA", "EMPRESA", "BIEN_CULTURAL", "BIEN_CULTURAL", "BIEN_CULTURAL" }));
        Assert.That(rows.Select(r => r["NRO_SOLICITUD"]).Distinct(), Is.EqualTo(new[] { "SGF-2024-000123" }));
    }

    [Test]
    public void Request_without_parties_gets_one_row()
    {
        var request = Sample() with { Persons = [], Organisations = [], Assets = [], Measures = [] };

        var rows = Rows(Render([request], out _));

        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0]["TIPO_FILA"], Is.Empty);
        Assert.That(rows[0]["HECHOS"], Is.EqualTo(request.Facts.Summary));
    }

    [Test]
    public void Writes_national_codes_from_the_code_lists_in_reverse()
    {
        var request = Sample() with
        {
            Urgency = new Urgency
            {
                Level = UrgencyLevel.VeryUrgent,
                Grounds = [UrgencyGround.AssetDissipation],
                Deadlines = [new Deadline { Kind = DeadlineKind.Execute, By = new DateOnly(2027, 6, 30) }],
            },
            Measures = [new Measure { Type = MeasureType.WitnessHearing, Subjects = [new MeasureSubject { Ref = "p3", Capacity = SubjectCapacity.PersonToHear }] }],
        };

        var row = Rows(Render([request], out _))[0];

        Assert.That(row["URGENCIA"], Is.EqualTo("MUY_URGENTE"));
        Assert.That(row["FECHA_LIMITE"], Is.EqualTo("30/06/2027"));
        Assert.That(row["CAUSAL_URGENCIA"], Is.EqualTo("RIESGO_DISIPACION_BIENES"));
        Assert.That(row["RESERVADO"], Is.EqualTo("SI"));
        Assert.That(row["BASE_LEGAL"], Is.EqualTo("CONVENCION_PALERMO|TRATADO_BILATERAL_PE_ES"));
        Assert.That(row["DILIGENCIAS"], Is.EqualTo("DECLARACION_TESTIGO"));
        Assert.That(row["CONDICION"], Is.EqualTo("INVESTIGADO"));
        Assert.That(row["TIPO_DOC"], Is.EqualTo("DNI"));
        Assert.That(row["PAIS_REQUERIDO"], Is.EqualTo("ES"));
        Assert.That(row["DELITOS"], Is.EqualTo("CP-228:Extracción ilegal de bienes culturales|CP-317:Organización criminal|DL-1106-1:Actos de conversión y transferencia"));
    }

    [Test]
    public void Writes_amounts_dates_and_names_the_sgf_way()
    {
        var rows = Rows(Render([Sample()], out _));

        Assert.That(rows[0]["FECHA_NACIMIENTO"], Is.EqualTo("14/07/1979"));
        Assert.That((rows[0]["NOMBRES"], rows[0]["APELLIDO_PATERNO"], rows[0]["APELLIDO_MATERNO"]), Is.EqualTo(("Juan Carlos", "Quispe", "Mamani")));
        Assert.That(rows[0]["FECHA_HECHOS"], Is.EqualTo("01/03/2024-30/09/2024"));
        Assert.That(rows[4]["BIEN_VALOR"], Is.EqualTo("USD 18.000"));
        Assert.That(rows[5]["BIEN_VALOR"], Is.EqualTo("S/ 52.500,00"));
        Assert.That(rows[4]["BIEN_MATERIAL"], Is.EqualTo("cerámica, engobe crema, pintura roja"));
    }

    [TestCase("solicitudes_2024_cusco.csv")]
    [TestCase("solicitudes_2024_lima_cp1252.csv")]
    public void Sample_rendered_and_read_again_gives_the_same_requests_without_warnings(string file)
    {
        var requests = Pe.ReadSample(file).Select(r => r.Request!).ToList();

        var bytes = Render(requests, out var report);
        var again = Pe.ReadBytes(bytes, file).Select(r => r.Request).ToList();

        Assert.That(report.Warnings.Select(w => w.ToString()), Is.Empty);
        Assert.That(again.Select(WithoutProvenance), Is.EqualTo(requests.Select(WithoutProvenance)));
    }

    [Test]
    public void Writes_the_v2_columns_the_sgf_export_has()
    {
        var sample = Sample();
        var request = sample with
        {
            IssuedOn = new DateOnly(2024, 10, 3),
            Urgency = sample.Urgency with { Reason = "Subasta anunciada." },
            Offences = [sample.Offences[0] with { MaximumPenalty = "8 años" }, .. sample.Offences.Skip(1)],
            Persons = [sample.Persons[0] with { Sex = Sex.Male, Languages = ["qu", "es"], InterpreterNeeded = false, Custody = CustodyStatus.PreTrialDetention }, .. sample.Persons.Skip(1)],
        };

        var rows = Rows(Render([request], out var report));

        Assert.That(report.Warnings.Select(w => w.ToString()), Is.Empty);
        Assert.That(rows[0]["FECHA_SOLICITUD"], Is.EqualTo("03/10/2024"));
        Assert.That(rows[0]["MOTIVO_URGENCIA"], Is.EqualTo("Subasta anunciada."));
        Assert.That(rows[0]["PENAS_MAXIMAS"], Does.StartWith("CP-228:8 años"));
        Assert.That((rows[0]["SEXO"], rows[0]["IDIOMA"], rows[0]["INTERPRETE"], rows[0]["SITUACION_JURIDICA"]), Is.EqualTo(("M", "QUECHUA|CASTELLANO", "NO", "DETENCION_PRELIMINAR")));
        Assert.That(rows.Select(r => r["DILIGENCIAS_VINCULADAS"]), Is.EqualTo(request.Persons.Concat<object>(request.Organisations).Concat(request.Assets)
            .Select((_, i) => string.Join('|', request.Measures.Where(m => m.Subjects.Any(s => s.Ref == RefAt(request, i))).Select(m => m.NationalCode)))));
    }

    private static string RefAt(CooperationRequest request, int row) =>
        request.Persons.Select(p => p.Ref).Concat(request.Organisations.Select(o => o.Ref)).Concat(request.Assets.Select(a => a.Ref)).ElementAt(row);

    [TestCaseSource(nameof(NotCarried))]
    public void Warns_about_what_the_csv_cannot_carry_naming_the_canonical_path(Func<CooperationRequest, CooperationRequest> change, string canonicalPath, string rule)
    {
        Render([change(Sample())], out var report);

        // The path itself, or the fields under it when the render scope reports them one by one.
        Assert.That(report.Warnings, Has.Some.Matches<Problem>(w => w.Rule == rule && (w.CanonicalPath == canonicalPath || w.CanonicalPath!.StartsWith(canonicalPath + "/", StringComparison.Ordinal))),
            string.Join(Environment.NewLine, report.Warnings));
        Assert.That(report.Warnings, Has.All.Matches<Problem>(w => RenderRules.All.Contains(w.Rule) && !w.IsError));
    }

    [Test]
    public void A_field_without_a_column_is_reported_by_the_render_scope_with_its_value()
    {
        var request = Sample() with { Proceedings = new Proceedings { CourtCaseNumber = "00123-2024-0-1001-JR-PE-01" } };

        Render([request], out var report);

        var warning = report.Warnings.Single(w => w.CanonicalPath == "/proceedings/courtCaseNumber");
        Assert.That(warning.Rule, Is.EqualTo(RenderRules.NotCarried));
        Assert.That(warning.Message, Is.EqualTo($"Request 1 ({request.RequestId}): /proceedings/courtCaseNumber (\"00123-2024-0-1001-JR-PE-01\") is not carried: the SGF CSV has no place for it; it is left out."));
    }

    [Test]
    public void Export_of_a_request_from_abroad_carries_its_request_id_and_reading_it_back_keeps_it()
    {
        var request = FromBrazil();

        var bytes = Render([request], out _);
        var again = Pe.ReadBytes(bytes, "solicitudes_pasarela.csv").Single();

        Assert.That(Rows(bytes).Select(r => r["ID_PASARELA"]).Distinct(), Is.EqualTo(new[] { request.RequestId }));
        Assert.That(again.Request!.RequestId, Is.EqualTo(request.RequestId));
        Assert.That(again.Lineage.Single(l => l.CanonicalPath == "/requestId").Conversion, Is.EqualTo("copy"));
        Assert.That(again.Lineage.Single(l => l.CanonicalPath == "/requestId").Sources.Single().Field, Is.EqualTo("ID_PASARELA"));
    }

    [Test]
    public void Export_of_sgf_requests_has_no_gateway_id_column()
    {
        var text = Encoding.UTF8.GetString(Render([Sample()], out _));

        Assert.That(text, Does.Not.Contain("ID_PASARELA"));
    }

    [Test]
    public void A_gateway_id_that_is_not_a_request_id_is_refused()
    {
        var bytes = Render([FromBrazil()], out _);
        var text = Encoding.UTF8.GetString(bytes).Replace(FromBrazil().RequestId, "PED-2024-77", StringComparison.Ordinal);

        var result = Pe.ReadBytes(Encoding.UTF8.GetBytes(text), "solicitudes_pasarela.csv").Single();

        Assert.That(result.Request, Is.Null);
        Assert.That(result.Problems.Where(p => p.IsError).Select(p => (p.Rule, p.Source!.Field)), Is.EqualTo(new[] { ("request-id.invalid", "ID_PASARELA") }));
    }

    private static CooperationRequest FromBrazil() => Sample() with
    {
        RequestId = RequestIds.FromNationalReference("BR", "UNICO", "PED-2024-77"),
        IssuingAuthority = Sample().IssuingAuthority with { Country = "BR", NationalSystem = "UNICO", RequestReference = "PED-2024-77" },
    };

    [Test]
    public void Foreign_national_id_is_left_out_and_a_passport_loses_its_issuing_country_and_national_type()
    {
        var person = Sample().Persons[0] with
        {
            IdentityDocuments =
            [
                new IdentityDocument { Type = DocumentType.NationalId, NationalType = "CPF", Number = "390.533.447-05", IssuingCountry = "BR" },
                new IdentityDocument { Type = DocumentType.Passport, NationalType = "PASSAPORTE", Number = "FX482917", IssuingCountry = "BR" },
            ],
        };

        var row = Rows(Render([Sample() with { Persons = [person, .. Sample().Persons.Skip(1)] }], out var report))[0];

        Assert.That((row["TIPO_DOC"], row["NRO_DOC"]), Is.EqualTo(("PASAPORTE", "FX482917")));
        Assert.That(report.Warnings.Select(w => w.CanonicalPath), Is.EquivalentTo(new[] { "/persons/0/identityDocuments/0", "/persons/0/identityDocuments/1/nationalType", "/persons/0/identityDocuments/1/issuingCountry" }));
    }

    [Test]
    public void Name_not_split_in_the_request_is_written_whole_in_nombres()
    {
        var person = Sample().Persons[0] with { FullName = "João Pereira da Silva", GivenNames = null, FamilyNames = [] };

        var row = Rows(Render([Sample() with { Persons = [person, .. Sample().Persons.Skip(1)] }], out var report))[0];

        Assert.That((row["NOMBRES"], row["APELLIDO_PATERNO"]), Is.EqualTo(("João Pereira da Silva", "")));
        // The full name reads back the same; what reading adds is the given names.
        Assert.That(report.Warnings.Single().CanonicalPath, Is.EqualTo("/persons/0/givenNames"));
    }

    [Test]
    public void Request_from_abroad_keeps_its_national_number_and_warns_about_its_issuing_country_and_creation_time()
    {
        var request = FromBrazil();

        var row = Rows(Render([request], out var report))[0];

        Assert.That(row["NRO_SOLICITUD"], Is.EqualTo("PED-2024-77"));
        Assert.That(report.Warnings.Select(w => w.CanonicalPath), Is.EquivalentTo(new[] { "/issuingAuthority/country", "/issuingAuthority/nationalSystem", "/createdAt" }));
    }

    [Test]
    public void List_separators_inside_an_offence_are_replaced_with_a_warning()
    {
        var request = Sample() with { Offences = [new Offence { NationalCode = "Lei 9.613/1998: art. 1º", NationalWording = "Lavagem | ocultação" }] };

        var row = Rows(Render([request], out var report))[0];

        Assert.That(row["DELITOS"], Is.EqualTo("Lei 9.613/1998/ art. 1º:Lavagem / ocultação"));
        Assert.That(report.Warnings.Select(w => w.CanonicalPath), Is.EquivalentTo(new[] { "/offences/0/nationalCode", "/offences/0/nationalWording" }));
    }

    [Test]
    public void Differing_measure_descriptions_are_joined_in_the_detail_with_a_warning()
    {
        var request = Sample() with
        {
            Measures =
            [
                new Measure { Type = MeasureType.BankInformation, Description = "Cuentas.", Subjects = [Subject("p1", SubjectCapacity.AccountHolder), Subject("o1", SubjectCapacity.AccountHolder)] },
                new Measure { Type = MeasureType.CulturalPropertyLocation, Description = "Piezas.", Subjects = [Subject("a1", SubjectCapacity.Object), Subject("a2", SubjectCapacity.Object), Subject("a3", SubjectCapacity.Object)] },
            ],
        };

        var row = Rows(Render([request], out var report))[0];

        Assert.That(row["DETALLE_DILIGENCIAS"], Is.EqualTo("Cuentas.\nPiezas."));
        Assert.That(report.Warnings.Select(w => w.CanonicalPath), Is.EquivalentTo(new[] { "/measures/0/description", "/measures/1/description" }));
    }

    private static IEnumerable<TestCaseData> NotCarried()
    {
        yield return Case("confidentiality reason", r => r with { Confidentiality = r.Confidentiality with { Reason = "Reserva de la investigación (art. 324 CPP)." } }, "/confidentiality/reason");
        yield return Case("bank account", r => r with { Assets = [.. r.Assets, new Asset { Ref = "a9", Type = AssetType.BankAccount, BankAccount = new BankAccount { AccountNumber = "ES91 2100 0418 4502 0005 1332" } }] }, "/assets/3");
        yield return Case("vehicle", r => r with { Assets = [new Asset { Ref = "a9", Type = AssetType.Vehicle, RegisteredProperty = new RegisteredProperty { RegistryNumber = "ABC-123" } }, .. r.Assets] }, "/assets/0");
        yield return Case("alias", r => r with { Persons = [r.Persons[0] with { Aliases = ["El Huaquero"] }, .. r.Persons.Skip(1)] }, "/persons/0/aliases/0");
        yield return Case("second nationality", r => r with { Persons = [r.Persons[0] with { Nationalities = ["PE", "ES"] }, .. r.Persons.Skip(1)] }, "/persons/0/nationalities/1");
        yield return Case("second address", r => r with { Persons = [r.Persons[0] with { Addresses = [new Address { Text = "a" }, new Address { Text = "b" }] }, .. r.Persons.Skip(1)] }, "/persons/0/addresses/1");
        yield return Case("address city", r => r with { Persons = [r.Persons[0] with { Addresses = [new Address { Text = "a", City = "Cusco" }] }, .. r.Persons.Skip(1)] }, "/persons/0/addresses/0/city");
        yield return Case("passport issuing country", r => r with { Persons = [.. r.Persons.Take(2), r.Persons[2] with { IdentityDocuments = [r.Persons[2].IdentityDocuments[0] with { IssuingCountry = "ES" }] }] }, "/persons/2/identityDocuments/0/issuingCountry");
        yield return Case("second document", r => r with { Persons = [r.Persons[0] with { IdentityDocuments = [.. r.Persons[0].IdentityDocuments, r.Persons[1].IdentityDocuments[0]] }, .. r.Persons.Skip(1)] }, "/persons/0/identityDocuments/1");
        yield return Case("third family name", r => r with { Persons = [r.Persons[0] with { FamilyNames = ["Quispe", "Mamani", "Huamán"], FullName = "Juan Carlos Quispe Mamani Huamán" }, .. r.Persons.Skip(1)] }, "/persons/0/familyNames", RenderRules.Altered);
        yield return Case("subject not written as a row", r => r with { Measures = [r.Measures[0] with { Subjects = [Subject("a9", SubjectCapacity.Object)] }, .. r.Measures.Skip(1)] }, "/measures/0/subjects/0");
        yield return Case("subject capacity the code does not give", r => r with { Measures = [r.Measures[0] with { Subjects = [Subject("p1", SubjectCapacity.RecordSubject)] }, .. r.Measures.Skip(1)] }, "/measures/0/subjects/0/capacity", RenderRules.Altered);
        yield return Case("subjects out of row order", r => r with { Measures = [r.Measures[0] with { Subjects = [Subject("o1", SubjectCapacity.AccountHolder), Subject("p1", SubjectCapacity.AccountHolder)] }, .. r.Measures.Skip(1)] }, "/measures/0/subjects", RenderRules.Altered);
        yield return Case("no subjects where the code implies some", r => r with { Measures = [.. r.Measures.Take(1), r.Measures[1] with { Subjects = [] }, .. r.Measures.Skip(2)] }, "/measures/1/subjects", RenderRules.Altered);
        yield return Case("two measures with one code and different subjects", r => r with { Measures = [r.Measures[0], r.Measures[0] with { Subjects = [Subject("p2", SubjectCapacity.AccountHolder)] }] }, "/measures/1/subjects", RenderRules.Altered);
        yield return Case("banking particulars", r => r with { Measures = [r.Measures[0] with { Banking = new BankingParticulars { DocumentTypes = [BankDocumentType.Statements] } }, .. r.Measures.Skip(1)] }, "/measures/0/banking");
        yield return Case("telecom particulars", r => r with { Measures = [r.Measures[0] with { Telecom = new TelecomParticulars { Identifiers = [new TelecomIdentifier { Type = TelecomIdentifierType.Msisdn, Value = "+5568999123456" }] } }, .. r.Measures.Skip(1)] }, "/measures/0/telecom");
        yield return Case("hearing questions", r => r with { Measures = [new Measure { Type = MeasureType.WitnessHearing, Hearing = new HearingParticulars { Questions = ["¿Conoce al investigado?"] } }] }, "/measures/0/hearing/questions/0");
        yield return Case("hearing under oath", r => r with { Measures = [new Measure { Type = MeasureType.WitnessHearing, Hearing = new HearingParticulars { UnderOath = true } }] }, "/measures/0/hearing/underOath");
        yield return Case("telephone hearing", r => r with { Measures = [new Measure { Type = MeasureType.WitnessHearing, Hearing = new HearingParticulars { Modality = HearingModality.Telephone } }] }, "/measures/0/hearing/modality");
        yield return Case("hearing capacity the conditions do not give", r => r with { Measures = [new Measure { Type = MeasureType.WitnessHearing, Subjects = [Subject("p1", SubjectCapacity.PersonToHear)], Hearing = new HearingParticulars { Capacity = HearingCapacity.Expert } }] }, "/measures/0/hearing/capacity", RenderRules.Altered);
        yield return Case("differing purposes", r => r with { Measures = [r.Measures[0] with { Purpose = "Acreditar el pago." }, .. r.Measures.Skip(1)] }, "/measures/1/purpose", RenderRules.Altered);
        yield return Case("differing national orders", r => r with { Measures = [r.Measures[0] with { NationalOrder = new NationalOrder { IssuedBy = OrderIssuer.Court, Reference = "Res. 9" } }, .. r.Measures.Skip(1)] }, "/measures/1/nationalOrder", RenderRules.Altered);
        yield return Case("order file", r => r with { Measures = [.. r.Measures.Select(m => m with { NationalOrder = new NationalOrder { IssuedBy = OrderIssuer.Prosecutor, AttachmentFileName = "disposicion.pdf" } })] }, "/measures/0/nationalOrder/attachmentFileName");
        yield return Case("channel", r => r with { Channel = new TransmissionChannel { Kind = ChannelKind.CentralAuthority } }, "/channel");
        yield return Case("data protection", r => r with { DataProtection = new DataProtection { TransferBasis = "Ley 29733" } }, "/dataProtection");
        yield return Case("execution conditions", r => r with { ExecutionConditions = new ExecutionConditions { PresenceOfRequestingOfficials = true } }, "/executionConditions");
        yield return Case("dual criminality", r => r with { DualCriminality = new DualCriminality { Statement = "Delito también en España." } }, "/dualCriminality");
        yield return Case("acknowledge deadline", r => r with { Urgency = r.Urgency with { Deadlines = [.. r.Urgency.Deadlines, new Deadline { Kind = DeadlineKind.Acknowledge, By = new DateOnly(2031, 1, 10) }] } }, "/urgency/deadlines/1");
        yield return Case("deadline reason", r => r with { Urgency = r.Urgency with { Deadlines = [r.Urgency.Deadlines[0] with { Reason = "Audiencia" }] } }, "/urgency/deadlines/0/reason");
        yield return Case("maximum custodial months", r => r with { Offences = [r.Offences[0] with { MaximumCustodialMonths = 96 }] }, "/offences/0/maximumCustodialMonths");
        yield return Case("country of birth", r => r with { Persons = [r.Persons[0] with { PlaceOfBirth = new PlaceOfBirth { Country = "PE" } }, .. r.Persons.Skip(1)] }, "/persons/0/placeOfBirth/country");
        yield return Case("language without a code", r => r with { Persons = [r.Persons[0] with { Languages = ["ja"] }, .. r.Persons.Skip(1)] }, "/persons/0/languages/0");
        yield return Case("criminal liability", r => r with { Organisations = [r.Organisations[0] with { Liability = LiabilityRegime.Criminal }] }, "/organisations/0/liability");
        yield return Case("object owner", r => r with { Assets = [r.Assets[0] with { OwnerRefs = ["o1"] }, .. r.Assets.Skip(1)] }, "/assets/0/ownerRefs/0");
        yield return Case("object location", r => r with { Assets = [r.Assets[0] with { CurrentLocation = "Madrid" }, .. r.Assets.Skip(1)] }, "/assets/0/currentLocation");
        yield return Case("related objects", r => r with { Assets = [r.Assets[0] with { CulturalObject = r.Assets[0].CulturalObject! with { RelatedObjectRefs = ["a2"] } }, .. r.Assets.Skip(1)] }, "/assets/0/culturalObject/relatedObjectRefs/0");
        yield return Case("interpol register", r => r with { Assets = [r.Assets[0] with { CulturalObject = r.Assets[0].CulturalObject! with { RegisterReferences = [.. r.Assets[0].CulturalObject!.RegisterReferences, new RegisterReference { Register = "INTERPOL Stolen Works of Art", Reference = "2024/55123" }] } }, .. r.Assets.Skip(1)] }, "/assets/0/culturalObject/registerReferences/1");
        yield return Case("measure formalities", r => r with { Measures = [r.Measures[0] with { Formalities = "Ante notario" }, .. r.Measures.Skip(1)] }, "/measures/0/formalities");
        yield return Case("measure deadline", r => r with { Measures = [r.Measures[0] with { RespondBy = new DateOnly(2027, 1, 1) }, .. r.Measures.Skip(1)] }, "/measures/0/respondBy");
        yield return Case("foreign measure code", r => r with { Measures = [r.Measures[0] with { NationalCode = "QUEBRA_SIGILO_BANCARIO" }, .. r.Measures.Skip(1)] }, "/measures/0/nationalCode", RenderRules.Altered);
        yield return Case("issuing country", r => r with { IssuingAuthority = r.IssuingAuthority with { Country = "BR" } }, "/issuingAuthority/country");
        yield return Case("issuing unit", r => r with { IssuingAuthority = r.IssuingAuthority with { Unit = "Despacho 3" } }, "/issuingAuthority/unit");
        yield return Case("officer role", r => r with { IssuingAuthority = r.IssuingAuthority with { Officer = new Officer { Name = "X", Role = "Fiscal Provincial" } } }, "/issuingAuthority/officer/role");
        yield return Case("validating authority", r => r with { ValidatingAuthority = new Authority { Country = "PE", Name = "Juzgado" } }, "/validatingAuthority");
        yield return Case("requested unit", r => r with { RequestedAuthority = r.RequestedAuthority with { Unit = "SGCJI" } }, "/requestedAuthority/unit");
        yield return Case("legal basis articles", r => r with { LegalBasis = [r.LegalBasis[0] with { Articles = ["18"] }] }, "/legalBasis/0/articles");
        yield return Case("unknown treaty", r => r with { LegalBasis = [new LegalBasis { Instrument = "bilateral-treaty", Parties = ["PE", "JP"] }] }, "/legalBasis/0");
        yield return Case("proceedings", r => r with { Proceedings = new Proceedings { CourtCaseNumber = "123-2024" } }, "/proceedings");
        yield return Case("facts place", r => r with { Facts = r.Facts with { Place = "Madrid" } }, "/facts/place");
        yield return Case("open-ended period", r => r with { Facts = r.Facts with { Period = new DateRange { Start = new DateOnly(2024, 3, 1) } } }, "/facts/period/end", RenderRules.Altered);
        yield return Case("attachment", r => r with { Attachments = [new Attachment { FileName = "foto.jpg", MediaType = "image/jpeg", Sha256 = new string('a', 64), Size = 10 }] }, "/attachments/0");
        yield return Case("kind", r => r with { Kind = RequestKind.AssetRecovery }, "/kind");
        yield return Case("language", r => r with { Language = "pt" }, "/language");
        yield return Case("list separator in a maximum penalty", r => r with { Offences = [r.Offences[0] with { MaximumPenalty = "8 | 10 años" }] }, "/offences/0/maximumPenalty", RenderRules.Altered);
        yield return Case("foreign iccs code", r => r with { Offences = [new Offence { NationalCode = "Lei 9.613/1998 art. 1º", IccsCode = "07041" }] }, "/offences/0/iccsCode");
        yield return Case("object holder", r => r with { Assets = [r.Assets[0] with { HolderRefs = ["p3"] }, .. r.Assets.Skip(1)] }, "/assets/0/holderRefs/0");
        yield return Case("object title", r => r with { Assets = [r.Assets[0] with { CulturalObject = r.Assets[0].CulturalObject! with { Title = "El dignatario" } }, .. r.Assets.Skip(1)] }, "/assets/0/culturalObject/title");
        yield return Case("object photographs", r => r with { Assets = [r.Assets[0] with { CulturalObject = r.Assets[0].CulturalObject! with { Photographs = ["a1.jpg"] } }, .. r.Assets.Skip(1)] }, "/assets/0/culturalObject/photographs/0");
        yield return Case("organisation address country", r => r with { Organisations = [r.Organisations[0] with { Address = new Address { Text = "x", Country = "PE" } }] }, "/organisations/0/address/country");
        yield return Case("company registered abroad", r => r with { Organisations = [r.Organisations[0] with { RegistrationNumbers = [new IdentityDocument { Type = DocumentType.TaxId, NationalType = "CIF", Number = "B12345678", IssuingCountry = "ES" }] }] }, "/organisations/0/registrationNumbers/0");
    }

    private static MeasureSubject Subject(string reference, SubjectCapacity capacity) => new() { Ref = reference, Capacity = capacity };

    private static TestCaseData Case(string name, Func<CooperationRequest, CooperationRequest> change, string path, string rule = RenderRules.NotCarried) =>
        new TestCaseData(change, path, rule).SetArgDisplayNames(name);

    private static CooperationRequest Sample() => Pe.ReadSample("solicitudes_2024_cusco.csv")[0].Request!;

    private static byte[] Render(IReadOnlyList<CooperationRequest> requests, out RenderReport report)
    {
        using var output = new MemoryStream();
        report = Adapter.Render(requests, output);
        return output.ToArray();
    }

    /// <summary>The rendered rows as column → value, read with CsvHelper as any SGF consumer would.</summary>
    private static List<Dictionary<string, string>> Rows(byte[] csv)
    {
        using var reader = new StreamReader(new MemoryStream(csv), Encoding.UTF8);
        using var parser = new CsvHelper.CsvParser(reader, new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture) { Delimiter = ";" });
        parser.Read();
        var header = parser.Record!;
        var rows = new List<Dictionary<string, string>>();
        while (parser.Read()) rows.Add(header.Zip(parser.Record!).ToDictionary(p => p.First, p => p.Second));
        return rows;
    }

    private static string WithoutProvenance(CooperationRequest? request)
    {
        if (request is null) return "(rejected)";
        var json = JsonNode.Parse(CanonicalJson.Serialize(request))!.AsObject();
        json.Remove("provenance");
        return json.ToJsonString();
    }
}
