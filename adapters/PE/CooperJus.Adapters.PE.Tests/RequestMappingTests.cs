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
            AdapterId = "PE", AdapterVersion = "1.0.0", SourceFormat = "sgf-csv", SourceFile = "solicitudes_test.csv", RecordId = "SGF-2024-000001",
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
        Assert.That(ReadOne.Request(Row(Request(), Person(), ("FECHA_LIMITE", "30/04/2025"))).Urgency.RespondBy, Is.EqualTo(new DateOnly(2025, 4, 30)));
        Assert.That(ReadOne.Request(Row(Request(), Person(), ("FECHA_LIMITE", ""))).Urgency.RespondBy, Is.Null);
    }

    [Test]
    public void Impossible_deadline_is_a_date_error()
    {
        var error = ReadOne.Error("date.invalid", Row(Request(), Person(), ("FECHA_LIMITE", "31/02/2025")));

        Assert.That(error.CanonicalPath, Is.EqualTo("/urgency/respondBy"));
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
    public void Measures_target_the_rows_their_code_list_entry_names()
    {
        var request = ReadOne.Request(
            Row(Request(), Person(), ("DILIGENCIAS", "INFORMACION_BANCARIA|UBICACION_BIEN_CULTURAL|MOVIMIENTO_MIGRATORIO|PERICIA")),
            Row(Request(), Company(), ("DILIGENCIAS", "INFORMACION_BANCARIA|UBICACION_BIEN_CULTURAL|MOVIMIENTO_MIGRATORIO|PERICIA")),
            Row(Request(), CulturalObject(), ("DILIGENCIAS", "INFORMACION_BANCARIA|UBICACION_BIEN_CULTURAL|MOVIMIENTO_MIGRATORIO|PERICIA")),
            Row(Request(), Person(), ("DILIGENCIAS", "INFORMACION_BANCARIA|UBICACION_BIEN_CULTURAL|MOVIMIENTO_MIGRATORIO|PERICIA"), ("NRO_DOC", "10117410-2")));

        Assert.That(request.Measures.Select(m => m.Targets), Is.EqualTo(new[]
        {
            new[] { "p1", "p2", "o1" },
            new[] { "a1" },
            new[] { "p1", "p2" },
            new[] { "p1", "p2", "o1", "a1" },
        }));
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
        Assert.That(request.Measures.Select(m => m.Targets), Has.All.Empty);
    }

    private static IEnumerable<TestCaseData> MeasureCodes() =>
        new Gateway.Sdk.CodeLists.CodeListSource(Pe.CodeListDirectory).Load("measures").Entries
            .Select(e => new TestCaseData(e.Key, e["type"]).SetArgDisplayNames(e.Key));

    private static bool SameBasis(LegalBasis a, LegalBasis b) =>
        a.Instrument == b.Instrument && a.Parties.SequenceEqual(b.Parties) && a.Articles.SequenceEqual(b.Articles);
}
