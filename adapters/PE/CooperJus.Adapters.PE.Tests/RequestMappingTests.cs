using CooperJus.Adapters.PE.Tests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using static CooperJus.Adapters.PE.Tests.Support.SgfCsv;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>The request-level columns, repeated on every row of a request, and what they become in the canonical request.</summary>
public sealed class RequestMappingTests
{
    [Test]
    public void Request_number_becomes_request_reference_request_id_and_record_id()
    {
        var result = ReadOne.Result(Row(Request("SGF-2024-000123"), Person()));

        Assert.That(result.RecordId, Is.EqualTo("SGF-2024-000123"));
        Assert.That(result.Request!.IssuingAuthority.RequestReference, Is.EqualTo("SGF-2024-000123"));
        Assert.That(result.Request.RequestId, Is.EqualTo(RequestIds.FromNationalReference("PE", "SGF", "SGF-2024-000123")));
        Assert.That(result.Request.Provenance.RecordId, Is.EqualTo("SGF-2024-000123"));
        Assert.That(ReadOne.Lineage(result, "/requestId").Conversion, Is.EqualTo("request-id"));
    }

    [Test]
    public void Provenance_names_the_adapter_format_and_file()
    {
        var provenance = ReadOne.Request(Row(Request(), Person())).Provenance;

        Assert.That(provenance, Is.EqualTo(new Provenance
        {
            AdapterId = "PE", AdapterVersion = "2.0.0", SourceFormat = "sgf-csv", SourceFile = "solicitudes_test.csv", RecordId = "SGF-2024-000001",
        }));
    }

    [Test]
    public void Case_file_office_prosecutor_and_contact_fill_the_issuing_authority()
    {
        var issuing = ReadOne.Request(Row(Request(), Person())).IssuingAuthority;

        Assert.That(issuing.CaseReference, Is.EqualTo("2506015500-2024-45-0"));
        Assert.That(issuing.Name, Is.EqualTo("Fiscalía Provincial Penal Corporativa de Cusco"));
        Assert.That(issuing.Officer, Is.EqualTo(new Officer { Name = "Rosa Elvira Huamán Quispe" }));
        Assert.That(issuing.Contact, Is.EqualTo(new Contact { Email = "rhuamanq@mpfn.gob.pe", Phone = "+51 84 582030" }));
        Assert.That(issuing.Country, Is.EqualTo("PE"));
        Assert.That(issuing.NationalSystem, Is.EqualTo("SGF"));
    }

    [Test]
    public void Empty_prosecutor_and_contact_leave_officer_and_contact_out()
    {
        var issuing = ReadOne.Request(Row(Request(), Person(), ("FISCAL", ""), ("CORREO", " "), ("TELEFONO", ""))).IssuingAuthority;

        Assert.That(issuing.Officer, Is.Null);
        Assert.That(issuing.Contact, Is.Null);
    }

    [TestCase("ESPAÑA", "ES")]
    [TestCase("Espana", "ES")]
    [TestCase("españa ", "ES")]
    [TestCase("ES", "ES")]
    [TestCase("ESP", "ES")]
    [TestCase("Brasil", "BR")]
    [TestCase("CHILE", "CL")]
    public void Requested_country_is_read_as_name_or_iso_code(string written, string alpha2)
    {
        var request = ReadOne.Request(Row(Request(), Person(), ("PAIS_REQUERIDO", written)));

        Assert.That(request.RequestedAuthority.Country, Is.EqualTo(alpha2));
    }

    [Test]
    public void Unknown_requested_country_is_an_error_naming_the_row_and_column()
    {
        var error = ReadOne.Error("country.unknown", Row(Request(), Person(), ("PAIS_REQUERIDO", "Narnia")));

        Assert.That(error.Source, Is.EqualTo(new Gateway.Sdk.Diagnostics.SourceLocation { File = "solicitudes_test.csv", Row = 2, Line = 2, Field = "PAIS_REQUERIDO", Value = "Narnia" }));
        Assert.That(error.CanonicalPath, Is.EqualTo("/requestedAuthority/country"));
    }

    [Test]
    public void Requested_authority_name_is_optional()
    {
        Assert.That(ReadOne.Request(Row(Request(), Person())).RequestedAuthority.Name, Is.EqualTo("Ministerio de Justicia"));
        Assert.That(ReadOne.Request(Row(Request(), Person(), ("AUTORIDAD_REQUERIDA", ""))).RequestedAuthority.Name, Is.Null);
    }

    [TestCase("CONVENCION_PALERMO", "untoc-2000")]
    [TestCase("CONVENCION_MERIDA", "uncac-2003")]
    [TestCase("UNCAC", "uncac-2003")]
    [TestCase("CONVENCION_VIENA", "vienna-1988")]
    [TestCase("CONVENCION_NASSAU", "nassau-1992")]
    [TestCase("CONVENCION_INTERAMERICANA", "nassau-1992")]
    [TestCase("RECIPROCIDAD", "reciprocity")]
    [TestCase("convencion_palermo", "untoc-2000")]
    public void Legal_basis_code_maps_to_instrument(string code, string instrument)
    {
        var basis = ReadOne.Request(Row(Request(), Person(), ("BASE_LEGAL", code))).LegalBasis;

        Assert.That(basis, Is.EqualTo(new[] { new LegalBasis { Instrument = instrument } }).Using<LegalBasis>(SameBasis));
    }

    [Test]
    public void Bilateral_treaty_carries_its_parties()
    {
        var basis = ReadOne.Request(Row(Request(), Person(), ("BASE_LEGAL", "TRATADO_BILATERAL_PE_ES | CONVENCION_PALERMO"))).LegalBasis;

        Assert.That(basis[0].Instrument, Is.EqualTo("bilateral-treaty"));
        Assert.That(basis[0].Parties, Is.EqualTo(new[] { "PE", "ES" }));
        Assert.That(basis[1].Instrument, Is.EqualTo("untoc-2000"));
    }

    [Test]
    public void Unknown_legal_basis_code_is_an_error_quoting_the_item()
    {
        var error = ReadOne.Error("code-list.unknown", Row(Request(), Person(), ("BASE_LEGAL", "CONVENCION_PALERMO|TRATADO_MARCIANO")));

        Assert.That(error.Source!.Value, Is.EqualTo("TRATADO_MARCIANO"));
        Assert.That(error.CanonicalPath, Is.EqualTo("/legalBasis/1/instrument"));
    }

    [TestCase("NORMAL", UrgencyLevel.Normal)]
    [TestCase("URGENTE", UrgencyLevel.Urgent)]
    [TestCase("MUY_URGENTE", UrgencyLevel.VeryUrgent)]
    [TestCase("muy_urgente", UrgencyLevel.VeryUrgent)]
    [TestCase("", UrgencyLevel.Normal)]
    public void Urgency_maps_to_level(string written, UrgencyLevel level)
    {
        Assert.That(ReadOne.Request(Row(Request(), Person(), ("URGENCIA", written))).Urgency.Level, Is.EqualTo(level));
    }

    [Test]
    public void Empty_urgency_is_normal_by_adapter_default()
    {
        var result = ReadOne.Result(Row(Request(), Person(), ("URGENCIA", "")));

        Assert.That(ReadOne.Lineage(result, "/urgency/level").Conversion, Is.EqualTo("adapter-default"));
    }

    [Test]
    public void Unknown_urgency_is_an_error()
    {
        ReadOne.Error("code-list.unknown", Row(Request(), Person(), ("URGENCIA", "YA")));
    }

    [Test]
    public void Deadline_is_a_day_first_date()
    {
        Assert.That(ReadOne.Request(Row(Request(), Person(), ("FECHA_LIMITE", "30/04/2025"))).Urgency.Deadlines,
            Is.EqualTo(new[] { new Deadline { Kind = DeadlineKind.Execute, By = new DateOnly(2025, 4, 30) } }));
        Assert.That(ReadOne.Request(Row(Request(), Person(), ("FECHA_LIMITE", ""))).Urgency.Deadlines, Is.Empty);
    }

    [Test]
    public void Impossible_deadline_is_a_date_error()
    {
        var error = ReadOne.Error("date.invalid", Row(Request(), Person(), ("FECHA_LIMITE", "31/02/2025")));

        Assert.That(error.CanonicalPath, Is.EqualTo("/urgency/deadlines/0/by"));
    }

    [TestCase("SI", true)]
    [TestCase("Sí", true)]
    [TestCase("NO", false)]
    [TestCase("", false)]
    public void Reserved_maps_to_confidential(string written, bool confidential)
    {
        Assert.That(ReadOne.Request(Row(Request(), Person(), ("RESERVADO", written))).Confidentiality.Confidential, Is.EqualTo(confidential));
    }

    [TestCase("CP-106", "0101")]
    [TestCase("CP-153", "0204")]
    [TestCase("CP-196", "0701")]
    [TestCase("CP-228", "07042")]
    [TestCase("CP-296", "06012")]
    [TestCase("CP-303-A", "08051")]
    [TestCase("CP-317", "09051")]
    [TestCase("CP-384", "0703")]
    [TestCase("CP-387", "07032")]
    [TestCase("CP-393", "07031")]
    [TestCase("CP-397", "07031")]
    [TestCase("DL-1106-1", "07041")]
    [TestCase("DL-1106-2", "07041")]
    [TestCase("DL-1106-3", "07041")]
    [TestCase("cp-228", "07042")]
    public void Offence_article_maps_to_iccs(string article, string iccs)
    {
        var offence = ReadOne.Request(Row(Request(), Person(), ("DELITOS", $"{article}:Texto del delito"))).Offences.Single();

        Assert.That(offence.IccsCode, Is.EqualTo(iccs));
        Assert.That(offence.NationalCode, Is.EqualTo(article));
        Assert.That(offence.NationalWording, Is.EqualTo("Texto del delito"));
    }

    [Test]
    public void Offences_keep_code_wording_and_legal_provision_in_order()
    {
        var offences = ReadOne.Request(Row(Request(), Person())).Offences;

        Assert.That(offences, Is.EqualTo(new[]
        {
            new Offence { IccsCode = "07042", NationalCode = "CP-228", NationalWording = "Extracción ilegal de bienes culturales", LegalProvision = "Código Penal, art. 228" },
            new Offence { IccsCode = "09051", NationalCode = "CP-317", NationalWording = "Organización criminal", LegalProvision = "Código Penal, art. 317" },
        }));
    }

    [Test]
    public void Offence_wording_may_hold_a_colon_and_may_be_absent()
    {
        var offences = ReadOne.Request(Row(Request(), Person(), ("DELITOS", "CP-228:Extracción: tentativa|CP-317"))).Offences;

        Assert.That(offences[0].NationalWording, Is.EqualTo("Extracción: tentativa"));
        Assert.That(offences[1].NationalCode, Is.EqualTo("CP-317"));
        Assert.That(offences[1].NationalWording, Is.Null);
    }

    [Test]
    public void Unknown_offence_code_is_kept_unclassified_with_a_warning()
    {
        var result = ReadOne.Result(Row(Request(), Person(), ("DELITOS", "CP-999:Delito imaginario")));

        Assert.That(result.IsAccepted, Is.True);
        Assert.That(result.Request!.Offences.Single(), Is.EqualTo(new Offence { NationalCode = "CP-999", NationalWording = "Delito imaginario" }));
        Assert.That(result.Problems.Single().Rule, Is.EqualTo("code-list.unknown"));
        Assert.That(result.Problems.Single().IsError, Is.False);
    }

    [Test]
    public void Offence_without_article_code_is_an_error()
    {
        var error = ReadOne.Error("required", Row(Request(), Person(), ("DELITOS", ":Delito sin artículo")));

        Assert.That(error.CanonicalPath, Is.EqualTo("/offences/0/nationalCode"));
    }

    [Test]
    public void Facts_keep_their_line_breaks_and_period()
    {
        var facts = ReadOne.Request(Row(Request(), Person(), ("HECHOS", "Primera línea.\r\nSegunda \"línea\"; fin."), ("FECHA_HECHOS", "01/03/2024-30/09/2024"))).Facts;

        Assert.That(facts, Is.EqualTo(new Facts
        {
            Summary = "Primera línea.\r\nSegunda \"línea\"; fin.",
            Period = new DateRange { Start = new DateOnly(2024, 3, 1), End = new DateOnly(2024, 9, 30) },
        }));
    }

    [Test]
    public void Facts_period_may_be_a_single_day()
    {
        var period = ReadOne.Request(Row(Request(), Person(), ("FECHA_HECHOS", "12/08/2024"))).Facts.Period;

        Assert.That(period, Is.EqualTo(new DateRange { Start = new DateOnly(2024, 8, 12), End = new DateOnly(2024, 8, 12) }));
    }

    [Test]
    public void Reversed_facts_period_is_a_date_error()
    {
        ReadOne.Error("date.invalid", Row(Request(), Person(), ("FECHA_HECHOS", "30/09/2024-01/03/2024")));
    }

    [Test]
    public void Each_measure_code_gets_its_type_national_code_and_the_shared_detail()
    {
        var measures = ReadOne.Request(Row(Request(), Person(), ("DILIGENCIAS", "INFORMACION_BANCARIA|DECLARACION_TESTIGO"), ("DETALLE_DILIGENCIAS", "Detalle común."))).Measures;

        Assert.That(measures.Select(m => (m.Type, m.NationalCode, m.Description)), Is.EqualTo(new[]
        {
            (MeasureType.BankInformation, "INFORMACION_BANCARIA", "Detalle común."),
            (MeasureType.WitnessHearing, "DECLARACION_TESTIGO", "Detalle común."),
        }));
    }

    [TestCaseSource(nameof(MeasureCodes))]
    public void Measure_code_maps_to_its_canonical_type(string code, string type)
    {
        var measure = ReadOne.Request(Row(Request(), Person(), ("DILIGENCIAS", code))).Measures.Single();

        Assert.That(CanonicalCodes.ToCode(measure.Type), Is.EqualTo(type));
    }

    [Test]
    public void Bank_measure_concerns_only_the_rows_that_link_it_as_account_holders()
    {
        var result = ReadOne.Result(
            Row(Request(), Person(), ("DILIGENCIAS_VINCULADAS", "INFORMACION_BANCARIA")),
            Row(Request(), Person(), ("CONDICION", "AGRAVIADO"), ("NRO_DOC", "10117410-2"), ("DILIGENCIAS_VINCULADAS", "")),
            Row(Request(), Company(), ("DILIGENCIAS_VINCULADAS", "informacion_bancaria")),
            Row(Request(), CulturalObject()));
        var bank = result.Request!.Measures[0];

        Assert.That(bank.Subjects, Is.EqualTo(new[]
        {
            new MeasureSubject { Ref = "p1", Capacity = SubjectCapacity.AccountHolder },
            new MeasureSubject { Ref = "o1", Capacity = SubjectCapacity.AccountHolder },
        }));
        Assert.That(ReadOne.Lineage(result, "/measures/0/subjects/0/ref").Conversion, Is.EqualTo("measure-link"));
        Assert.That(ReadOne.Lineage(result, "/measures/0/subjects/1/ref").Sources.Select(s => s.Field), Is.EqualTo(new[] { "DILIGENCIAS", "DILIGENCIAS_VINCULADAS" }));
    }

    [Test]
    public void Measure_no_row_links_gets_no_subjects_and_a_warning()
    {
        var result = ReadOne.Result(Row(Request(), Person(), ("DILIGENCIAS_VINCULADAS", "")), Row(Request(), Person(), ("CONDICION", "AGRAVIADO"), ("NRO_DOC", "10117410-2"), ("DILIGENCIAS_VINCULADAS", "")));

        var bank = result.Request!.Measures[0];
        Assert.That(bank.Subjects, Is.Empty);
        var warning = result.Problems.Single(p => p.Rule == "measure.no-subjects" && p.CanonicalPath == "/measures/0/subjects");
        Assert.That(warning.IsError, Is.False);
        Assert.That(warning.Source!.Value, Is.EqualTo("INFORMACION_BANCARIA"));
    }

    [Test]
    public void Witness_hearing_concerns_the_testigo_rows_when_no_row_links_it()
    {
        var result = ReadOne.Result(
            Row(Request(), Person(), ("DILIGENCIAS", "DECLARACION_TESTIGO"), ("DILIGENCIAS_VINCULADAS", "")),
            Row(Request(), Person(), ("DILIGENCIAS", "DECLARACION_TESTIGO"), ("CONDICION", "TESTIGO"), ("NRO_DOC", "10117410-2"), ("DILIGENCIAS_VINCULADAS", "")),
            Row(Request(), Person(), ("DILIGENCIAS", "DECLARACION_TESTIGO"), ("CONDICION", "AGRAVIADO"), ("NRO_DOC", "10117410-G"), ("DILIGENCIAS_VINCULADAS", "")));
        var hearing = result.Request!.Measures.Single();

        Assert.That(hearing.Subjects, Is.EqualTo(new[] { new MeasureSubject { Ref = "p2", Capacity = SubjectCapacity.PersonToHear } }));
        Assert.That(hearing.Hearing, Is.EqualTo(new HearingParticulars { Capacity = HearingCapacity.Witness }));
        Assert.That(ReadOne.Lineage(result, "/measures/0/subjects/0/ref").Conversion, Is.EqualTo("measure-implied-by-condition"));
        Assert.That(result.Problems, Is.Empty);
    }

    [Test]
    public void Cultural_property_measures_concern_every_cultural_object_as_its_object()
    {
        var request = ReadOne.Request(
            Row(Request(), Person(), ("DILIGENCIAS", "INFORMACION_BANCARIA|UBICACION_BIEN_CULTURAL")),
            Row(Request(), CulturalObject(), ("DILIGENCIAS", "INFORMACION_BANCARIA|UBICACION_BIEN_CULTURAL")),
            Row(Request(), CulturalObject(), ("DILIGENCIAS", "INFORMACION_BANCARIA|UBICACION_BIEN_CULTURAL")));

        Assert.That(request.Measures[1].Subjects, Is.EqualTo(new[]
        {
            new MeasureSubject { Ref = "a1", Capacity = SubjectCapacity.Object },
            new MeasureSubject { Ref = "a2", Capacity = SubjectCapacity.Object },
        }));
    }

    [Test]
    public void Videoconference_hearing_of_a_victim_is_a_witness_hearing_by_videoconference_in_the_capacity_of_victim()
    {
        var request = ReadOne.Request(
            Row(Request(), Person(), ("DILIGENCIAS", "DECLARACION_VIDEOCONFERENCIA"), ("CONDICION", "AGRAVIADO"), ("DILIGENCIAS_VINCULADAS", "DECLARACION_VIDEOCONFERENCIA")));
        var measure = request.Measures.Single();

        Assert.That(measure.Type, Is.EqualTo(MeasureType.WitnessHearing));
        Assert.That(measure.Hearing, Is.EqualTo(new HearingParticulars { Capacity = HearingCapacity.Victim, Modality = HearingModality.Videoconference }));
    }

    [Test]
    public void Videoconference_hearing_of_a_suspect_is_a_suspect_hearing()
    {
        var request = ReadOne.Request(
            Row(Request(), Person(), ("DILIGENCIAS", "DECLARACION_VIDEOCONFERENCIA"), ("CONDICION", "IMPUTADO"), ("DILIGENCIAS_VINCULADAS", "DECLARACION_VIDEOCONFERENCIA")));

        Assert.That(request.Measures.Single().Type, Is.EqualTo(MeasureType.SuspectHearing));
    }

    [Test]
    public void Link_to_a_measure_the_request_does_not_ask_for_is_an_error()
    {
        var error = ReadOne.Error("csv.measure-link", Row(Request(), Person(), ("DILIGENCIAS_VINCULADAS", "DECLARACION_TESTIGO")));

        Assert.That(error.Source!.Field, Is.EqualTo("DILIGENCIAS_VINCULADAS"));
        Assert.That(error.Source.Value, Is.EqualTo("DECLARACION_TESTIGO"));
    }

    [Test]
    public void Purpose_and_national_order_apply_to_every_measure()
    {
        var result = ReadOne.Result(Row(Request(), Person(),
            ("FINALIDAD", "Acreditar el destino de los fondos."), ("ORDEN_TIPO", "RESOLUCION_JUDICIAL"),
            ("ORDEN_EMISOR", "Juzgado de Investigación Preparatoria de Cusco"), ("ORDEN_NUMERO", "Resolución N.º 3"), ("ORDEN_FECHA", "02/10/2024")));
        var expected = new NationalOrder
        {
            IssuedBy = OrderIssuer.Court, Authority = "Juzgado de Investigación Preparatoria de Cusco", Reference = "Resolución N.º 3", Date = new DateOnly(2024, 10, 2),
        };

        Assert.That(result.Request!.Measures.Select(m => m.Purpose), Has.All.EqualTo("Acreditar el destino de los fondos."));
        Assert.That(result.Request.Measures.Select(m => m.NationalOrder), Has.All.EqualTo(expected));
        Assert.That(ReadOne.Lineage(result, "/measures/1/nationalOrder/issuedBy").Conversion, Is.EqualTo("code-list:order-issuers"));
    }

    [Test]
    public void Every_leaf_of_a_request_with_every_v2_column_has_lineage()
    {
        (string, string)[] request =
        [
            ("FECHA_SOLICITUD", "03/10/2024"), ("CAUSAL_URGENCIA", "PRESCRIPCION"), ("MOTIVO_URGENCIA", "Plazo de prescripción próximo."),
            ("PENAS_MAXIMAS", "CP-228:8 años"), ("FINALIDAD", "Acreditar los hechos."), ("ORDEN_TIPO", "DISPOSICION_FISCAL"),
            ("ORDEN_EMISOR", "Fiscalía Provincial Penal Corporativa de Cusco"), ("ORDEN_NUMERO", "Disposición N.º 5"), ("ORDEN_FECHA", "01/10/2024"),
            ("DILIGENCIAS", "INFORMACION_BANCARIA|DECLARACION_VIDEOCONFERENCIA|UBICACION_BIEN_CULTURAL"),
        ];
        var result = ReadOne.Result(
            Row(Request(), Person(), [.. request, ("DILIGENCIAS_VINCULADAS", "INFORMACION_BANCARIA|DECLARACION_VIDEOCONFERENCIA"), ("SEXO", "M"),
                ("LUGAR_NACIMIENTO", "Cusco"), ("IDIOMA", "QUECHUA"), ("INTERPRETE", "SI"), ("MENOR_EDAD", "NO"), ("SITUACION_JURIDICA", "LIBRE")]),
            Row(Request(), Company(), [.. request, ("DILIGENCIAS_VINCULADAS", "INFORMACION_BANCARIA")]),
            Row(Request(), CulturalObject(), [.. request, ("BIEN_INCIDENTE", "ROBO"), ("BIEN_FECHA_INCIDENTE", "02/05/2024"),
                ("BIEN_LUGAR_INCIDENTE", "Museo de Sitio Cao"), ("BIEN_TIPO_SITIO", "MUSEO"), ("BIEN_CONDICION_LEGAL", "Patrimonio Cultural de la Nación")]));

        Assert.That(result.Problems, Is.Empty);
        Assert.That(LineageCoverage.Uncovered(result), Is.Empty);
        Assert.That(result.Lineage.Count(e => e.CanonicalPath.EndsWith("/nationalOrder/date", StringComparison.Ordinal)), Is.EqualTo(3));
    }

    [Test]
    public void Impossible_order_date_is_a_date_error()
    {
        var error = ReadOne.Error("date.invalid", Row(Request(), Person(), ("ORDEN_TIPO", "DISPOSICION_FISCAL"), ("ORDEN_FECHA", "31/02/2024")));

        Assert.That(error.Source!.Field, Is.EqualTo("ORDEN_FECHA"));
    }

    [Test]
    public void Order_details_without_the_order_type_are_an_error()
    {
        var error = ReadOne.Error("required", Row(Request(), Person(), ("ORDEN_NUMERO", "Disposición N.º 7")));

        Assert.That(error.Source!.Field, Is.EqualTo("ORDEN_TIPO"));
    }

    [Test]
    public void Issued_on_urgency_grounds_and_reason_are_read()
    {
        var request = ReadOne.Request(Row(Request(), Person(),
            ("FECHA_SOLICITUD", "03/10/2024"), ("CAUSAL_URGENCIA", "RIESGO_DISIPACION_BIENES|PRESCRIPCION"), ("MOTIVO_URGENCIA", "Subasta el 15/11/2024.")));

        Assert.That(request.IssuedOn, Is.EqualTo(new DateOnly(2024, 10, 3)));
        Assert.That(request.Urgency.Grounds, Is.EqualTo(new[] { UrgencyGround.AssetDissipation, UrgencyGround.LimitationPeriod }));
        Assert.That(request.Urgency.Reason, Is.EqualTo("Subasta el 15/11/2024."));
    }

    [Test]
    public void Maximum_penalties_are_matched_to_the_offences_by_article()
    {
        var request = ReadOne.Request(Row(Request(), Person(), ("PENAS_MAXIMAS", "cp-317:20 años de pena privativa de libertad|CP-228:8 años")));

        Assert.That(request.Offences.Select(o => o.MaximumPenalty), Is.EqualTo(new[] { "8 años", "20 años de pena privativa de libertad" }));
    }

    [Test]
    public void Penalty_for_an_article_not_in_delitos_is_an_error()
    {
        var error = ReadOne.Error("csv.penalty-article", Row(Request(), Person(), ("PENAS_MAXIMAS", "CP-108:35 años")));

        Assert.That(error.Source!.Field, Is.EqualTo("PENAS_MAXIMAS"));
    }

    [Test]
    public void Two_penalties_for_one_article_are_an_error_not_a_silent_overwrite()
    {
        var error = ReadOne.Error("csv.penalty-article", Row(Request(), Person(), ("PENAS_MAXIMAS", "CP-228:8 años|CP-228:10 años")));

        Assert.That(error.Message, Does.Contain("second penalty"));
    }

    [Test]
    public void Export_without_the_v2_columns_still_reads()
    {
        var text = SgfCsv.Build([Row(Request(), Person())], SgfCsv.V1Columns);

        var result = Pe.Read(text).Single();

        Assert.That(result.Problems.Where(p => p.IsError), Is.Empty);
        Assert.That(result.Request!.Measures.Select(m => m.NationalOrder), Has.All.Null);
    }

    [Test]
    public void Unknown_measure_code_is_an_error_quoting_the_code()
    {
        var error = ReadOne.Error("code-list.unknown", Row(Request(), Person(), ("DILIGENCIAS", "INFORMACION_BANCARIA|TELEPORTACION")));

        Assert.That(error.Source!.Value, Is.EqualTo("TELEPORTACION"));
        Assert.That(error.Source.Field, Is.EqualTo("DILIGENCIAS"));
        Assert.That(error.CanonicalPath, Is.EqualTo("/measures/1/type"));
    }

    [TestCase("CARPETA_FISCAL", "/issuingAuthority/caseReference")]
    [TestCase("DEPENDENCIA", "/issuingAuthority/name")]
    [TestCase("PAIS_REQUERIDO", "/requestedAuthority/country")]
    [TestCase("DELITOS", "/offences")]
    [TestCase("HECHOS", "/facts/summary")]
    [TestCase("DILIGENCIAS", "/measures")]
    public void Empty_required_request_column_is_an_error(string column, string canonicalPath)
    {
        var error = ReadOne.Error("required", Row(Request(), Person(), (column, " ")));

        Assert.That(error.Source!.Field, Is.EqualTo(column));
        Assert.That(error.CanonicalPath, Is.EqualTo(canonicalPath));
    }

    [Test]
    public void Kind_and_language_are_adapter_defaults_and_created_at_comes_from_the_clock()
    {
        var result = ReadOne.Result(Row(Request(), Person()));

        Assert.That(result.Request!.Kind, Is.EqualTo(RequestKind.MutualLegalAssistance));
        Assert.That(result.Request.Language, Is.EqualTo("es"));
        Assert.That(result.Request.CreatedAt, Is.EqualTo(Pe.Now));
        Assert.That(ReadOne.Lineage(result, "/kind").Conversion, Is.EqualTo("adapter-default"));
        Assert.That(ReadOne.Lineage(result, "/language").Conversion, Is.EqualTo("adapter-default"));
        Assert.That(ReadOne.Lineage(result, "/createdAt").Conversion, Is.EqualTo("clock"));
    }

    [Test]
    public void Every_leaf_of_a_full_request_has_lineage()
    {
        var result = ReadOne.Result(Row(Request(), Person()), Row(Request(), Company()), Row(Request(), CulturalObject()));

        Assert.That(LineageCoverage.Uncovered(result), Is.Empty);
    }

    [Test]
    public void Request_row_without_a_party_gives_a_request_without_parties()
    {
        var request = ReadOne.Request(Row(Request()));

        Assert.That(request.Persons, Is.Empty);
        Assert.That(request.Organisations, Is.Empty);
        Assert.That(request.Assets, Is.Empty);
        Assert.That(request.Measures.Select(m => m.Subjects), Has.All.Empty);
    }

    private static IEnumerable<TestCaseData> MeasureCodes() =>
        new Gateway.Sdk.CodeLists.CodeListSource(Pe.CodeListDirectory).Load("measures").Entries
            .Select(e => new TestCaseData(e.Key, e["type"]).SetArgDisplayNames(e.Key));

    private static bool SameBasis(LegalBasis a, LegalBasis b) =>
        a.Instrument == b.Instrument && a.Parties.SequenceEqual(b.Parties) && a.Articles.SequenceEqual(b.Articles);
}
