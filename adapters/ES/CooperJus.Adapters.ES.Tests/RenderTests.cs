using System.Text;
using System.Xml.Linq;
using CooperJus.Adapters.ES.Tests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>Canonical → Fortuny: what is written, and the warnings for what the format cannot carry.</summary>
public sealed class RenderTests
{
    private static readonly XNamespace Fortuny = "urn:es:fiscalia:fortuny:cooperacion:3";

    private static List<CooperationRequest> SampleRequests(string file = "fortuny_2024_audiencia.xml") =>
        [.. Spain.ReadFile(Paths.Sample(file)).Select(r => r.Request!)];

    private static (byte[] Bytes, RenderReport Report) Render(params CooperationRequest[] requests)
    {
        using var output = new MemoryStream();
        var report = Spain.Adapter.Render(requests, output);
        return (output.ToArray(), report);
    }

    private static CooperationRequest Foreign => SampleRequests()[0] with
    {
        RequestId = "8f0c6b7e-3f0a-4c8e-9a65-4b5d0e6b1d11",
        Kind = RequestKind.AssetRecovery,
        Language = "pt",
        IssuingAuthority = new IssuingAuthority
        {
            Country = "BR",
            Name = "Procuradoria da República no Rio de Janeiro",
            Unit = "Núcleo de Combate à Corrupção",
            Officer = new Officer { Name = "Ana Beatriz Costa", Role = "Procuradora da República" },
            CaseReference = "1.30.001.000123/2024-11",
            RequestReference = "PR-RJ-2024-77",
            NationalSystem = "UNICO",
        },
        ValidatingAuthority = new Authority { Country = "BR", Name = "Secretaria de Cooperação Internacional" },
        RequestedAuthority = new RequestedAuthority { Country = "ES", Name = "Fiscalía General del Estado" },
        LegalBasis = [new LegalBasis { Instrument = "uncac-2003", Articles = ["46"] }, new LegalBasis { Instrument = "bilateral-treaty", Parties = ["BR", "ES"] }, new LegalBasis { Instrument = "eu-mla-2000" }],
        Channel = new TransmissionChannel { Kind = ChannelKind.Direct, Instrument = "cplp-2005" },
        Urgency = new Urgency { Deadlines = [new Deadline { Kind = DeadlineKind.Acknowledge, By = new DateOnly(2024, 8, 1) }, new Deadline { Kind = DeadlineKind.Execute, By = new DateOnly(2024, 9, 1) }] },
        Confidentiality = new Confidentiality { Confidential = true, Reason = "Secreto de las actuaciones." },
        ExecutionConditions = new ExecutionConditions { Officials = [new Officer { Name = "Ana Beatriz Costa" }] },
        Proceedings = new Proceedings { Type = ProceedingsType.Trial, NationalType = "Ação penal", CourtCaseNumber = "0058967-77.2016.8.19.0000", RelatedRequests = ["PR-RJ-2023-12"] },
        Facts = new Facts { Summary = "Lavagem de dinheiro.", Period = new DateRange { Start = new DateOnly(2022, 1, 1), End = new DateOnly(2023, 12, 31) }, Place = "Rio de Janeiro" },
        Offences = [new Offence { IccsCode = "07041", NationalCode = "Lei 9.613/1998 art. 1º", NationalWording = "Lavagem de dinheiro", LegalProvision = "Lei 9.613/1998", MaximumPenalty = "10 anos" }],
        Persons =
        [
            new Person
            {
                Ref = "envolvido-7", Role = PersonRole.Accused, FullName = "João Carlos da Silva", Aliases = ["Joca"], Languages = ["pt", "tpw"],
                IdentityDocuments = [new IdentityDocument { Type = DocumentType.NationalId, NationalType = "CPF", Number = "390.533.447-05", IssuingCountry = "BR", CheckDigit = CheckDigitStatus.Valid }, new IdentityDocument { Type = DocumentType.Passport, NationalType = "PASSAPORTE", Number = "FZ123456", IssuingCountry = "BR" }],
                Addresses = [new Address { Text = "Rua do Ouvidor 50", City = "Rio de Janeiro", Country = "BR" }],
            },
        ],
        Organisations = [new Organisation { Ref = "empresa-1", Name = "Construtora Alfa Ltda.", Liability = LiabilityRegime.Administrative, RegistrationNumbers = [new IdentityDocument { Type = DocumentType.TaxId, NationalType = "CNPJ", Number = "16.727.230/0001-97", IssuingCountry = "BR" }] }],
        Assets =
        [
            new Asset { Ref = "conta-1", Type = AssetType.BankAccount, BankAccount = new BankAccount { AccountNumber = "ES91 2100 0418 4502 0005 1332" }, HolderRefs = ["envolvido-7"] },
            new Asset { Ref = "carro-1", Type = AssetType.Vehicle, RegisteredProperty = new RegisteredProperty { RegistryNumber = "1234-BCD" } },
            new Asset
            {
                Ref = "obra-1", Type = AssetType.CulturalObject, Description = "Tela", HolderRefs = ["envolvido-7"], OwnerRefs = ["empresa-1"], CurrentLocation = "Madrid",
                CulturalObject = new CulturalObject { ObjectType = "Pintura", Photographs = ["obra.jpg"], Materials = ["óleo; tela"], Incident = new CulturalIncident { Type = IncidentType.Theft }, ProtectedStatus = "Tombado pelo IPHAN" },
            },
        ],
        Measures =
        [
            new Measure
            {
                Type = MeasureType.BankInformation, NationalCode = "QUEBRA_SIGILO_BANCARIO", Subjects = [new MeasureSubject { Ref = "conta-1" }], Formalities = "Certidão autenticada", RespondBy = new DateOnly(2024, 9, 1),
                Banking = new BankingParticulars { AccountRefs = ["conta-1"] }, Telecom = new TelecomParticulars { Period = new DateRange { Start = new DateOnly(2023, 1, 1) } },
            },
            new Measure
            {
                Type = MeasureType.WitnessHearing, Subjects = [new MeasureSubject { Ref = "envolvido-7", Capacity = SubjectCapacity.PersonToHear }],
                Hearing = new HearingParticulars { Capacity = HearingCapacity.Witness, Questions = ["Onde estava?"], UnderOath = true },
            },
        ],
        Attachments = [new Attachment { FileName = "oficio.pdf", MediaType = "application/pdf", Sha256 = new string('a', 64), Size = 10, DocumentType = AttachmentType.Other, Language = "pt" }],
    };

    [Test]
    public void Good_sample_renders_and_reads_back_the_same_requests_without_any_warning()
    {
        foreach (var file in new[] { "fortuny_2024_audiencia.xml", "fortuny_2024_latin1.xml" })
        {
            var requests = SampleRequests(file);

            var (bytes, report) = Render([.. requests]);
            var reread = Spain.ReadBytes(bytes, "fortuny_roundtrip.xml");

            Assert.That(report.Warnings.Select(w => w.ToString()), Is.Empty, file);
            Assert.That(report.RequestsWritten, Is.EqualTo(requests.Count));
            Assert.That(reread.SelectMany(r => r.Problems).Select(p => p.ToString()), Is.Empty);
            Assert.That(reread.Select(r => Json.WithoutProvenance(r.Request!)), Is.EqualTo(requests.Select(Json.WithoutProvenance)), file);
        }
    }

    [Test]
    public void Export_is_utf8_without_byte_order_mark_in_the_version_3_namespace()
    {
        var requests = SampleRequests();
        var (bytes, _) = Render([.. requests]);

        var text = Encoding.UTF8.GetString(bytes);
        Assert.That(text, Does.StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Exportacion xmlns=\"urn:es:fiscalia:fortuny:cooperacion:3\" version=\"3.0\" generada=\"2024-05-14T10:15:00+02:00\">"));
        var root = XDocument.Parse(text).Root!;
        Assert.That(root.Elements(Fortuny + "Solicitud").Select(s => s.Attribute("referencia")!.Value), Is.EqualTo(requests.Select(r => r.IssuingAuthority.RequestReference)));
    }

    [Test]
    public void Solicitud_is_written_with_the_codes_of_the_national_lists()
    {
        var (bytes, _) = Render(SampleRequests()[3]);

        var solicitud = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Element(Fortuny + "Solicitud")!;
        Assert.That(solicitud.Element(Fortuny + "Procedimiento")!.Attributes().Select(a => $"{a.Name}={a.Value}"), Is.EqualTo(new[] { "clase=DP", "numero=123/2024", "organo=Juzgado Central de Instrucción nº 3 de la Audiencia Nacional" }));
        Assert.That(solicitud.Element(Fortuny + "EstadoRequerido")!.ToString(), Is.EqualTo("<EstadoRequerido iso=\"PE\" xmlns=\"urn:es:fiscalia:fortuny:cooperacion:3\">Perú</EstadoRequerido>"));
        Assert.That(solicitud.Elements(Fortuny + "Instrumento").Select(e => e.Value), Is.EqualTo(new[] { "TRATADO_BILATERAL_ES_PE", "TRATADO_MEDELLIN" }));
        Assert.That(solicitud.Element(Fortuny + "Reservada")!.Value, Is.EqualTo("false"));
        Assert.That(solicitud.Element(Fortuny + "BienCultural")!.Element(Fortuny + "Valor")!.Value, Is.EqualTo("EUR 18.000,00"));
        Assert.That(solicitud.Element(Fortuny + "Interviniente")!.Attribute("condicion")!.Value, Is.EqualTo("VICTIMA"), "PERJUDICADO reads as victim, which is written VICTIMA");
    }

    [Test]
    public void Iber_at_channel_is_written_as_the_Medellin_Treaty_and_Canal()
    {
        var request = SampleRequests()[3];

        var (bytes, report) = Render(request);
        var solicitud = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Element(Fortuny + "Solicitud")!;

        Assert.That(report.Warnings, Is.Empty);
        Assert.That(solicitud.Elements(Fortuny + "Instrumento").Select(e => e.Value), Is.EqualTo(new[] { "TRATADO_BILATERAL_ES_PE", "TRATADO_MEDELLIN" }));
        Assert.That(solicitud.Element(Fortuny + "Canal")!.Value, Is.EqualTo("IBERAT"));
    }

    [Test]
    public void Medellin_Treaty_given_as_a_legal_basis_is_reported_as_a_channel_instrument()
    {
        var request = SampleRequests()[0] with { LegalBasis = [new LegalBasis { Instrument = "medellin-2019" }] };

        var warning = Render(request).Report.Warnings.Single();

        Assert.That((warning.Rule, warning.CanonicalPath), Is.EqualTo(("render.not-carried", "/legalBasis/0")));
        Assert.That(warning.Message, Does.Contain("iber-at channel"));
    }

    [Test]
    public void Videoconference_hearing_of_a_partner_is_written_as_a_declaration_with_modalidad()
    {
        var sample = SampleRequests()[2];
        var request = sample with
        {
            Measures = [new Measure { Type = MeasureType.WitnessHearing, Subjects = [new MeasureSubject { Ref = "p1", Capacity = SubjectCapacity.PersonToHear }], Hearing = new HearingParticulars { Capacity = HearingCapacity.Witness, Modality = HearingModality.Videoconference } }],
        };

        var (bytes, report) = Render(request);
        var solicitud = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Element(Fortuny + "Solicitud")!;
        var diligencia = solicitud.Element(Fortuny + "Diligencia")!;

        Assert.That(report.Warnings.Select(w => w.CanonicalPath), Is.EqualTo(new[] { "/measures/0/nationalCode" }));
        Assert.That((diligencia.Attribute("tipo")!.Value, diligencia.Attribute("modalidad")!.Value), Is.EqualTo(("DECLARACION_TESTIGO", "VIDEOCONFERENCIA")));
        Assert.That(diligencia.Element(Fortuny + "Afectado")!.Attributes().Select(a => $"{a.Name}={a.Value}"), Is.EqualTo(new[] { "interviniente=p1", "calidad=DECLARANTE" }));
        Assert.That(solicitud.Elements(Fortuny + "Interviniente").Select(e => e.Attribute("id")?.Value), Is.EqualTo(new[] { "p1", null }), "only a party a measure names gets an id");
        var reread = Spain.ReadBytes(bytes).Single().Request!.Measures.Single();
        Assert.That((reread.Type, reread.Hearing!.Capacity, reread.Hearing.Modality), Is.EqualTo((MeasureType.WitnessHearing, (HearingCapacity?)HearingCapacity.Witness, (HearingModality?)HearingModality.Videoconference)));
    }

    [Test]
    public void Investigated_legal_person_without_liability_is_reported_as_read_back_criminal()
    {
        var sample = SampleRequests()[0];
        var request = sample with { Organisations = [sample.Organisations[0] with { Liability = null }] };

        var warning = Render(request).Report.Warnings.Single();

        Assert.That((warning.Rule, warning.CanonicalPath), Is.EqualTo(("render.altered", "/organisations/0/liability")));
    }

    [TestCase("/issuingAuthority/unit")]
    [TestCase("/issuingAuthority/officer/role")]
    [TestCase("/validatingAuthority")]
    [TestCase("/requestedAuthority/name")]
    [TestCase("/legalBasis/0/articles")]
    [TestCase("/legalBasis/2")]
    [TestCase("/channel/instrument")]
    [TestCase("/urgency/deadlines/0")]
    [TestCase("/executionConditions/officials")]
    [TestCase("/proceedings/courtCaseNumber")]
    [TestCase("/proceedings/relatedRequests")]
    [TestCase("/facts/period")]
    [TestCase("/facts/place")]
    [TestCase("/offences/0/legalProvision")]
    [TestCase("/persons/0/aliases")]
    [TestCase("/persons/0/languages/1")]
    [TestCase("/organisations/0/liability")]
    [TestCase("/persons/0/identityDocuments/0")]
    [TestCase("/persons/0/identityDocuments/1/issuingCountry")]
    [TestCase("/persons/0/addresses/0/city")]
    [TestCase("/persons/0/addresses/0/country")]
    [TestCase("/organisations/0/registrationNumbers/0")]
    [TestCase("/assets/0")]
    [TestCase("/assets/1")]
    [TestCase("/assets/2/description")]
    [TestCase("/assets/2/holderRefs")]
    [TestCase("/assets/2/culturalObject/photographs")]
    [TestCase("/assets/2/ownerRefs")]
    [TestCase("/assets/2/currentLocation")]
    [TestCase("/assets/2/culturalObject/incident")]
    [TestCase("/assets/2/culturalObject/protectedStatus")]
    [TestCase("/measures/0/subjects/0")]
    [TestCase("/measures/0/banking")]
    [TestCase("/measures/0/telecom")]
    [TestCase("/measures/1/hearing/capacity")]
    [TestCase("/measures/1/hearing/questions")]
    [TestCase("/measures/1/hearing/underOath")]
    [TestCase("/attachments/0/documentType")]
    [TestCase("/attachments/0/language")]
    [TestCase("/measures/0/formalities")]
    [TestCase("/measures/0/respondBy")]
    [TestCase("/confidentiality/reason")]
    [TestCase("/kind")]
    [TestCase("/language")]
    [TestCase("/issuingAuthority/country")]
    [TestCase("/issuingAuthority/nationalSystem")]
    public void Content_the_format_cannot_carry_is_reported_by_its_canonical_path(string pointer)
    {
        var report = Render(Foreign).Report;

        Assert.That(report.Warnings.Where(w => w.Rule == "render.not-carried").Select(w => w.CanonicalPath), Does.Contain(pointer));
    }

    [TestCase("/issuingAuthority/caseReference")]
    [TestCase("/proceedings/nationalType")]
    [TestCase("/legalBasis/1/parties")]
    [TestCase("/persons/0/givenNames")]
    [TestCase("/persons/0/ref")]
    [TestCase("/persons/0/identityDocuments/1/nationalType")]
    [TestCase("/organisations/0/ref")]
    [TestCase("/assets/2/ref")]
    [TestCase("/assets/2/culturalObject/materials")]
    [TestCase("/measures/0/nationalCode")]
    [TestCase("/measures/1/nationalCode")]
    [TestCase("/urgency/deadlines/1")]
    public void Content_carried_differently_is_reported_as_altered(string pointer)
    {
        var report = Render(Foreign).Report;

        Assert.That(report.Warnings.Where(w => w.Rule == "render.altered").Select(w => w.CanonicalPath), Does.Contain(pointer));
    }

    [Test]
    public void Every_warning_names_the_request_and_is_not_an_error()
    {
        var report = Render(SampleRequests()[0], Foreign).Report;

        Assert.That(report.Warnings, Is.Not.Empty);
        Assert.That(report.Warnings, Has.All.Matches<Gateway.Sdk.Diagnostics.Problem>(w => !w.IsError && w.Message.StartsWith("Request 2 (8f0c6b7e-3f0a-4c8e-9a65-4b5d0e6b1d11): /", StringComparison.Ordinal)));
    }

    [Test]
    public void Export_of_a_request_from_abroad_carries_its_request_id_and_reading_it_back_keeps_it()
    {
        var (bytes, report) = Render(Foreign);

        var solicitud = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Element(Fortuny + "Solicitud")!;
        var result = Spain.ReadBytes(bytes).Single();

        Assert.That(solicitud.Attribute("idPasarela")!.Value, Is.EqualTo(Foreign.RequestId));
        Assert.That(result.Request!.RequestId, Is.EqualTo(Foreign.RequestId));
        Assert.That(result.Lineage.Single(l => l.CanonicalPath == "/requestId").Conversion, Is.EqualTo("copy"));
        Assert.That(report.Warnings.Select(w => w.CanonicalPath), Has.None.EqualTo("/requestId"));
    }

    [Test]
    public void Export_of_fortunys_own_requests_has_no_gateway_id()
    {
        var (bytes, _) = Render([.. SampleRequests()]);

        Assert.That(Encoding.UTF8.GetString(bytes), Does.Not.Contain("idPasarela"));
    }

    [Test]
    public void A_field_fortuny_has_no_place_for_is_reported_as_not_carried_with_its_value()
    {
        var request = SampleRequests()[0] with { Facts = SampleRequests()[0].Facts with { Place = "Cádiz" } };

        var warning = Render(request).Report.Warnings.Single();

        Assert.That((warning.Rule, warning.CanonicalPath), Is.EqualTo(("render.not-carried", "/facts/place")));
        Assert.That(warning.Message, Does.StartWith($"Request 1 ({request.RequestId}): /facts/place (\"Cádiz\") is not carried: "));
    }

    [Test]
    public void Request_created_at_another_time_than_the_first_is_reported()
    {
        var requests = SampleRequests();
        var later = requests[1] with { CreatedAt = requests[1].CreatedAt.AddHours(1) };

        var report = Render(requests[0], later).Report;

        Assert.That(report.Warnings.Select(w => (w.Rule, w.CanonicalPath)), Is.EqualTo(new[] { ("render.altered", "/createdAt") }));
    }

    [Test]
    public void Foreign_request_still_renders_a_file_that_reads()
    {
        var (bytes, _) = Render(Foreign);

        var result = Spain.ReadBytes(bytes).Single();

        Assert.That(result.IsAccepted, Is.True, string.Join("\n", result.Problems));
        Assert.That(result.Request!.IssuingAuthority.CaseReference, Is.EqualTo("PA 1.30.001.000123/2024-11"));
        Assert.That(result.Request.Persons[0].GivenNames, Is.EqualTo("João Carlos da Silva"));
        Assert.That(result.Request.Measures[0].NationalCode, Is.EqualTo("INFORMACION_BANCARIA"));
    }

    [Test]
    public void Characters_XML_cannot_hold_are_replaced_and_reported()
    {
        var request = SampleRequests()[0] with { Facts = new Facts { Summary = "Pagos\u0001 en efectivo ]]> y \uD800 más" } };

        var (bytes, report) = Render(request);
        var summary = Spain.ReadBytes(bytes).Single().Request!.Facts.Summary;

        Assert.That(summary, Is.EqualTo("Pagos\uFFFD en efectivo ]]> y \uFFFD más"));
        Assert.That(report.Warnings.Select(w => (w.Rule, w.CanonicalPath)), Is.EqualTo(new[] { ("render.altered", "/facts/summary") }));
    }

    [Test]
    public void Proceedings_without_class_or_court_are_reported_as_lost()
    {
        var request = SampleRequests()[0] with { Proceedings = new Proceedings() };

        var report = Render(request).Report;

        Assert.That(report.Warnings.Select(w => w.CanonicalPath), Is.EqualTo(new[] { "/proceedings" }));
    }

    [Test]
    public void Nothing_to_render_gives_an_empty_export_dated_now()
    {
        var (bytes, report) = Render();

        Assert.That(report.RequestsWritten, Is.Zero);
        Assert.That(XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Attribute("generada")!.Value, Is.EqualTo("2024-06-01T08:00:00+00:00"));
        Assert.That(Spain.ReadBytes(bytes), Is.Empty);
    }

    [Test]
    public void Output_stream_is_left_open()
    {
        using var output = new MemoryStream();

        Spain.Adapter.Render(SampleRequests(), output);

        Assert.That(output.CanWrite, Is.True);
    }
}
