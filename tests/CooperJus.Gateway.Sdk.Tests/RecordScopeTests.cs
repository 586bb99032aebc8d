using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Tests.Support;

namespace CooperJus.Gateway.Sdk.Tests;

public sealed class RecordScopeTests
{
    [Test]
    public void Text_trims_and_records_copy_lineage()
    {
        var scope = new RecordScope();
        var at = Some.Row("DEPENDENCIA", "  Fiscalía de Cusco ");

        Assert.That(scope.Text("/issuingAuthority/unit", at), Is.EqualTo("Fiscalía de Cusco"));
        Assert.That(scope.Lineage.Entries.Single().Conversion, Is.EqualTo("copy"));
        Assert.That(scope.Lineage.Entries.Single().Sources, Is.EqualTo(new[] { at }));
    }

    [TestCase(null)]
    [TestCase("   ")]
    public void Empty_text_is_null_without_lineage_or_problem(string? value)
    {
        var scope = new RecordScope();

        Assert.That(scope.Text("/facts/place", Some.Row("LUGAR", value)), Is.Null);
        Assert.That(scope.Lineage.Entries, Is.Empty);
        Assert.That(scope.Problems, Is.Empty);
    }

    [Test]
    public void Empty_required_text_is_a_located_required_error()
    {
        var scope = new RecordScope();
        var at = Some.Row("HECHOS", "");

        Assert.That(scope.RequiredText("/facts/summary", at), Is.Null);
        var problem = scope.Problems.Single();
        Assert.That(problem, Is.EqualTo(Problem.Error("required", "HECHOS is required and is empty.", at, "/facts/summary")));
        Assert.That(scope.HasErrors, Is.True);
    }

    [Test]
    public void Impossible_date_is_a_date_invalid_error_and_no_lineage()
    {
        var scope = new RecordScope();
        var at = Some.Row("FECHA_NACIMIENTO", "31/02/1980");

        Assert.That(scope.DayFirstDate("/persons/0/birthDate", at), Is.Null);
        Assert.That(scope.Problems.Single(), Is.EqualTo(Problem.Error("date.invalid", "'31/02/1980' is not a real calendar date (February 1980 has 29 days).", at, "/persons/0/birthDate")));
        Assert.That(scope.Lineage.Entries, Is.Empty);
    }

    [Test]
    public void Dates_ranges_and_amounts_record_their_conversions()
    {
        var scope = new RecordScope();

        Assert.That(scope.DayFirstDate("/urgency/respondBy", Some.Row("FECHA_LIMITE", "30/04/2024")), Is.EqualTo(new DateOnly(2024, 4, 30)));
        Assert.That(scope.IsoDate("/persons/0/birthDate", Some.Row("dataNascimento", "1980-06-05")), Is.EqualTo(new DateOnly(1980, 6, 5)));
        Assert.That(scope.DayFirstRange("/facts/period", Some.Row("FECHA_HECHOS", "01/01/2023-31/03/2023"))?.End, Is.EqualTo(new DateOnly(2023, 3, 31)));
        Assert.That(scope.Amount("/assets/0/value", Some.Row("BIEN_VALOR", "S/ 12.500,50")), Is.EqualTo(new MonetaryAmount { Amount = "12500.50", Currency = "PEN" }));
        Assert.That(scope.Lineage.Entries.Select(e => e.Conversion), Is.EqualTo(new[] { "day-first-date", "iso-date", "day-first-date-range", "day-first-date-range", "decimal-comma-amount", "decimal-comma-amount" }));
        Assert.That(scope.Problems, Is.Empty);
    }

    [Test]
    public void Amounts_and_ranges_record_lineage_at_their_leaves()
    {
        var scope = new RecordScope();

        scope.DayFirstRange("/facts/period", Some.Row("FECHA_HECHOS", "01/01/2023-31/03/2023"));
        scope.DayFirstRange("/measures/0/banking/period", Some.Row("PERIODO", "01/01/2023"));
        scope.Amount("/assets/0/value", Some.Row("BIEN_VALOR", "S/ 12.500,50"));

        Assert.That(scope.Lineage.Entries.Select(e => e.CanonicalPath), Is.EqualTo(new[]
        {
            "/facts/period/start", "/facts/period/end", "/measures/0/banking/period/start", "/measures/0/banking/period/end", "/assets/0/value/amount", "/assets/0/value/currency",
        }));
        Assert.That(scope.Lineage.Entries.Select(e => e.Sources.Single().Field), Is.EqualTo(new[] { "FECHA_HECHOS", "FECHA_HECHOS", "PERIODO", "PERIODO", "BIEN_VALOR", "BIEN_VALOR" }));
    }

    [Test]
    public void Amount_without_currency_is_an_amount_invalid_error()
    {
        var scope = new RecordScope();

        Assert.That(scope.Amount("/assets/0/value", Some.Row("BIEN_VALOR", "12.500,50")), Is.Null);
        Assert.That(scope.Problems.Single().Rule, Is.EqualTo("amount.invalid"));
    }

    [Test]
    public void Country_is_normalized_with_lineage_and_unknown_is_a_country_unknown_error()
    {
        var scope = new RecordScope();

        Assert.That(scope.Country("/requestedAuthority/country", Some.Row("PAIS_REQUERIDO", "ESPAÑA")), Is.EqualTo("ES"));
        Assert.That(scope.Lineage.Entries.Single().Conversion, Is.EqualTo("country-to-iso3166"));
        Assert.That(scope.Country("/persons/0/nationalities", Some.Row("NACIONALIDAD", "Atlántida")), Is.Null);
        Assert.That(scope.Problems.Single().Rule, Is.EqualTo("country.unknown"));
        Assert.That(scope.Problems.Single().CanonicalPath, Is.EqualTo("/persons/0/nationalities"));
    }

    [Test]
    public void Valid_document_records_its_rule_as_lineage_of_the_check_digit()
    {
        var scope = new RecordScope();

        var status = scope.CheckDocument("/persons/0/identityDocuments/0", Some.Row("NRO_DOC", "10117410"), "PE", "DNI");

        Assert.That(status, Is.EqualTo(CheckDigitStatus.Valid));
        Assert.That(scope.Lineage.Entries.Single().CanonicalPath, Is.EqualTo("/persons/0/identityDocuments/0/checkDigit"));
        Assert.That(scope.Lineage.Entries.Single().Conversion, Is.EqualTo("identity-rule:pe.dni"));
        Assert.That(scope.Problems, Is.Empty);
    }

    [Test]
    public void Invalid_document_is_an_identity_error_on_the_number_naming_the_source()
    {
        var scope = new RecordScope();
        var at = Some.Row("cpf", "390.533.447-04");

        var status = scope.CheckDocument("/persons/1/identityDocuments/0", at, "BR", "CPF");

        Assert.That(status, Is.EqualTo(CheckDigitStatus.Invalid));
        Assert.That(scope.Problems.Single(), Is.EqualTo(Problem.Error(
            "identity.check-digit", "BR CPF '390.533.447-04' is not valid: check digits should be 05, not 04", at, "/persons/1/identityDocuments/0/number")));
    }

    [Test]
    public void Passport_is_unverified_without_error()
    {
        var scope = new RecordScope();

        Assert.That(scope.CheckDocument("/persons/0/identityDocuments/1", Some.Row("NRO_DOC", "AB123456"), "PE", "PASAPORTE"), Is.EqualTo(CheckDigitStatus.Unverified));
        Assert.That(scope.Problems, Is.Empty);
        Assert.That(scope.Lineage.Entries.Single().Conversion, Is.EqualTo("identity-rule:none"));
    }

    [Test]
    public void Unknown_code_is_an_error_or_a_warning_as_asked()
    {
        var list = CodeList.Parse("offences", new StringReader("codigo;iccs\nCP-228;07042\n"));
        var scope = new RecordScope();

        Assert.That(scope.Lookup("/offences/0/iccsCode", Some.Row("DELITOS", "cp-228"), list)?["iccs"], Is.EqualTo("07042"));
        Assert.That(scope.Lookup("/offences/1/iccsCode", Some.Row("DELITOS", "CP-999"), list, unknownIsWarning: true), Is.Null);
        Assert.That(scope.Lookup("/measures/0/type", Some.Row("DILIGENCIAS", "CP-999"), list), Is.Null);

        Assert.That(scope.Lineage.Entries.Single().Conversion, Is.EqualTo("code-list:offences"));
        Assert.That(scope.Problems.Select(p => (p.Severity, p.Rule)), Is.EqualTo(new[] { (Severity.Warning, "code-list.unknown"), (Severity.Error, "code-list.unknown") }));
        Assert.That(scope.Problems[0].Message, Is.EqualTo("'CP-999' is not in code list 'offences'. It is kept as written, unclassified."));
    }

    [Test]
    public void Warnings_alone_do_not_make_errors()
    {
        var scope = new RecordScope();
        scope.Warning("csv.unknown-column", "Column EXTRA is not known.", null);

        Assert.That(scope.HasErrors, Is.False);
    }

    [Test]
    public void ToResult_carries_request_lineage_problems_and_original_text()
    {
        var scope = new RecordScope();
        scope.Map("/language", "adapter-default");
        scope.Error("required", "HECHOS is required and is empty.", Some.Row("HECHOS", ""), "/facts/summary");
        var request = Some.Request();

        var result = scope.ToResult("SGF-2024-000123", request, Some.Row("NRO_SOLICITUD", "SGF-2024-000123", 2), "a;b;c");

        Assert.That(result.RecordId, Is.EqualTo("SGF-2024-000123"));
        Assert.That(result.Request, Is.SameAs(request));
        Assert.That(result.Lineage.Single().CanonicalPath, Is.EqualTo("/language"));
        Assert.That(result.Problems.Single().Rule, Is.EqualTo("required"));
        Assert.That(result.OriginalText, Is.EqualTo("a;b;c"));
        Assert.That(result.IsAccepted, Is.False);
    }

    [Test]
    public void Result_is_a_snapshot_not_a_live_view()
    {
        var scope = new RecordScope();
        var result = scope.ToResult("1", Some.Request(), null, null);
        scope.Error("required", "late", null);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.IsAccepted, Is.True);
    }

    [Test]
    public void A_result_keeps_its_lineage_when_the_scope_records_more_after_it()
    {
        var scope = new RecordScope();
        scope.Map("/language", "adapter-default");
        var result = scope.ToResult("1", Some.Request(), null, null);

        scope.Map("/kind", "adapter-default");

        Assert.That(result.Lineage.Select(e => e.CanonicalPath), Is.EqualTo(new[] { "/language" }));
        Assert.That(scope.Lineage.Entries.Select(e => e.CanonicalPath), Is.EqualTo(new[] { "/language", "/kind" }));
    }
}
