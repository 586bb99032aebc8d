using System.Globalization;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Sdk;
using NJsonSchema.Validation;

namespace CooperJus.Gateway.Core.Tests.Schemas;

/// <summary>What <c>cooperation-request.v2.schema.json</c> accepts and rejects, checked with NJsonSchema as the gateway uses it.</summary>
[TestFixture]
public sealed class CooperationRequestSchemaTests
{
    [Test]
    public async Task Accepts_the_full_request_as_CanonicalJson_writes_it()
    {
        var errors = (await SchemaFiles.LoadAsync(SchemaFiles.Request)).Validate(CanonicalJson.Serialize(SomeRequests.Full()));

        Assert.That(errors, Is.Empty, ValidationErrors.Describe(errors));
    }

    [Test]
    public async Task Accepts_the_minimal_request_as_CanonicalJson_writes_it()
    {
        var errors = (await SchemaFiles.LoadAsync(SchemaFiles.Request)).Validate(CanonicalJson.Serialize(SomeRequests.Minimal()));

        Assert.That(errors, Is.Empty, ValidationErrors.Describe(errors));
    }

    [Test]
    public async Task Accepts_the_compact_wire_form_too()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(SomeRequests.Full(), CanonicalJson.CompactOptions);

        var errors = (await SchemaFiles.LoadAsync(SchemaFiles.Request)).Validate(json);

        Assert.That(errors, Is.Empty, ValidationErrors.Describe(errors));
    }

    [Test]
    public void Minimal_request_omits_optional_properties_rather_than_writing_null()
    {
        var json = CanonicalJson.Serialize(SomeRequests.Minimal());

        Assert.That(json, Does.Not.Contain("null"));
    }

    [Test]
    public void Full_request_fills_every_property_the_schema_defines()
    {
        var schema = SchemaFiles.Raw(SchemaFiles.Request);
        var seen = SchemaCoverage.PropertiesUsed(schema, JsonNode.Parse(CanonicalJson.Serialize(SomeRequests.Full())));

        Assert.That(SchemaCoverage.AllProperties(schema).Except(seen), Is.Empty,
            "SomeRequests.Full() should use every property, so that tests built on it see every field.");
    }

    [TestCase("/requestId")]
    [TestCase("/issuingAuthority/caseReference")]
    [TestCase("/facts/summary")]
    [TestCase("/persons/0/fullName")]
    [TestCase("/assets/0/value/currency")]
    [TestCase("/attachments/0/sha256")]
    [TestCase("/provenance/recordId")]
    public async Task Rejects_request_missing_a_required_property(string pointer)
    {
        var document = FullDocument();
        JsonEdits.Remove(document, pointer);

        await AssertOnlyErrorAsync(document, ValidationErrorKind.PropertyRequired, NJsonSchemaPath(pointer));
    }

    [TestCase("", "priority")]
    [TestCase("/facts", "summaryEn")]
    [TestCase("/persons/0", "gender")]
    [TestCase("/assets/2/culturalObject", "weight")]
    [TestCase("/measures/0", "targets")]
    [TestCase("/urgency", "respondBy")]
    [TestCase("/confidentiality", "useLimitations")]
    public async Task Rejects_request_with_an_unknown_property(string parentPointer, string name)
    {
        var document = FullDocument();
        JsonEdits.Set(document, $"{parentPointer}/{name}", "anything");

        await AssertOnlyErrorAsync(document, ValidationErrorKind.NoAdditionalPropertiesAllowed, NJsonSchemaPath($"{parentPointer}/{name}"));
    }

    [TestCase("/requestedAuthority/country", "\"España\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_country_name_instead_of_ISO_code")]
    [TestCase("/issuingAuthority/country", "\"pe\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_lowercase_country_code")]
    [TestCase("/persons/0/nationalities/1", "\"ESP\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_alpha3_nationality")]
    [TestCase("/assets/0/value/amount", "\"1.234,50\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_amount_with_decimal_comma")]
    [TestCase("/assets/0/value/amount", "\"007\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_amount_with_leading_zeros")]
    [TestCase("/assets/0/value/amount", "48500", ValidationErrorKind.StringExpected, TestName = "Rejects_amount_as_JSON_number")]
    [TestCase("/assets/0/value/currency", "\"S/\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_currency_symbol_instead_of_ISO_4217_code")]
    [TestCase("/measures/0/type", "\"informacion-bancaria\"", ValidationErrorKind.NotInEnumeration, TestName = "Rejects_measure_type_outside_the_code_list")]
    [TestCase("/kind", "\"MutualLegalAssistance\"", ValidationErrorKind.NotInEnumeration, TestName = "Rejects_enum_written_in_PascalCase")]
    [TestCase("/kind", "0", ValidationErrorKind.StringExpected, TestName = "Rejects_enum_written_as_number")]
    [TestCase("/persons/0/birthDate", "\"31/12/2024\"", ValidationErrorKind.DateExpected, TestName = "Rejects_day_first_birth_date")]
    [TestCase("/urgency/deadlines/0/by", "\"2024-02-30\"", ValidationErrorKind.DateExpected, TestName = "Rejects_impossible_calendar_date")]
    [TestCase("/createdAt", "\"2024\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_createdAt_without_date_and_time")]
    [TestCase("/createdAt", "\"2024-03-15T10:30:00\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_createdAt_without_offset")]
    [TestCase("/offences/0/iccsCode", "\"7\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_one_digit_ICCS_code")]
    [TestCase("/offences/0/iccsCode", "\"0704201\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_seven_digit_ICCS_code")]
    [TestCase("/requestId", "\"5C3F2A9E-41B7-8D02-9A6E-3B1F0C7D2E84\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_uppercase_request_id")]
    [TestCase("/requestId", "\"SGF-2024-000123\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_national_number_as_request_id")]
    [TestCase("/schemaVersion", "\"1.0\"", ValidationErrorKind.NotInEnumeration, TestName = "Rejects_other_schema_version")]
    [TestCase("/language", "\"Español\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_language_name_instead_of_tag")]
    [TestCase("/persons/0/ref", "\"p 1\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_ref_with_a_space")]
    [TestCase("/measures/0/subjects/0/ref", "\"\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_empty_measure_subject")]
    [TestCase("/measures/0/subjects/0/capacity", "\"titular\"", ValidationErrorKind.NotInEnumeration, TestName = "Rejects_subject_capacity_outside_the_code_list")]
    [TestCase("/measures/0/type", "\"videoconference-hearing\"", ValidationErrorKind.NotInEnumeration, TestName = "Rejects_the_v1_videoconference_measure")]
    [TestCase("/measures/0/banking/accountRefs/0", "\"a 1\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_account_ref_with_a_space")]
    [TestCase("/measures/0/nationalOrder/attachmentFileName", "\"autos/orden.pdf\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_order_file_name_with_folder")]
    [TestCase("/issuedOn", "\"14/03/2024\"", ValidationErrorKind.DateExpected, TestName = "Rejects_day_first_issue_date")]
    [TestCase("/persons/0/languages/0", "\"Quechua\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_language_name_among_a_person_s_languages")]
    [TestCase("/offences/0/maximumCustodialMonths", "-1", ValidationErrorKind.NumberTooSmall, TestName = "Rejects_negative_custodial_months")]
    [TestCase("/organisations/0/role", "\"suspect\"", ValidationErrorKind.NotInEnumeration, TestName = "Rejects_the_v1_organisation_role_suspect")]
    [TestCase("/channel/kind", "\"iberat\"", ValidationErrorKind.NotInEnumeration, TestName = "Rejects_channel_kind_outside_the_code_list")]
    [TestCase("/attachments/0/sha256", "\"E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_uppercase_sha256")]
    [TestCase("/attachments/0/size", "-1", ValidationErrorKind.NumberTooSmall, TestName = "Rejects_negative_attachment_size")]
    [TestCase("/attachments/0/fileName", "\"fotos/huaco.jpg\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_attachment_file_name_with_folder")]
    [TestCase("/attachments/0/mediaType", "\"jpeg\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_media_type_without_subtype")]
    [TestCase("/issuingAuthority/contact/email", "\"mhuaman at mpfn\"", ValidationErrorKind.EmailExpected, TestName = "Rejects_malformed_email")]
    [TestCase("/legalBasis/0/instrument", "\"CONVENCION_PALERMO\"", ValidationErrorKind.PatternMismatch, TestName = "Rejects_national_instrument_code")]
    [TestCase("/confidentiality/confidential", "\"SI\"", ValidationErrorKind.BooleanExpected, TestName = "Rejects_confidential_flag_as_text")]
    [TestCase("/facts/place", "\"\"", ValidationErrorKind.StringTooShort, TestName = "Rejects_empty_text")]
    [TestCase("/validatingAuthority/name", "null", ValidationErrorKind.StringExpected, TestName = "Rejects_null_where_the_property_should_be_absent")]
    public async Task Rejects_request_with_a_bad_value(string pointer, string valueJson, ValidationErrorKind expectedKind)
    {
        var document = FullDocument();
        JsonEdits.Set(document, pointer, JsonNode.Parse(valueJson));

        await AssertErrorAsync(document, expectedKind, NJsonSchemaPath(pointer));
    }

    private static JsonNode FullDocument() => JsonNode.Parse(CanonicalJson.Serialize(SomeRequests.Full()))!;

    /// <summary>NJsonSchema writes paths as <c>#/persons[0].birthDate</c>; the tests name places as JSON pointers.</summary>
    private static string NJsonSchemaPath(string pointer)
    {
        var path = "#/";
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            path += int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? $"[{index}]" : (path.EndsWith('/') ? segment : "." + segment);
        }
        return path;
    }

    /// <summary>The document is rejected with <paramref name="kind"/> at <paramref name="path"/>, and nothing else is wrong with it.</summary>
    private static async Task AssertOnlyErrorAsync(JsonNode document, ValidationErrorKind kind, string path)
    {
        var errors = ValidationErrors.Leaves((await SchemaFiles.LoadAsync(SchemaFiles.Request)).Validate(document.ToJsonString()));

        Assert.That(errors.Select(e => (e.Kind, e.Path)), Is.EqualTo(new[] { (kind, path) }), ValidationErrors.Describe(errors));
    }

    /// <summary>
    /// The document is rejected with <paramref name="kind"/> at <paramref name="path"/>, and every error is at that
    /// path (a bad date is both a pattern mismatch and a format failure).
    /// </summary>
    private static async Task AssertErrorAsync(JsonNode document, ValidationErrorKind kind, string path)
    {
        var errors = ValidationErrors.Leaves((await SchemaFiles.LoadAsync(SchemaFiles.Request)).Validate(document.ToJsonString()));

        Assert.Multiple(() =>
        {
            Assert.That(errors.Select(e => (e.Kind, e.Path)), Does.Contain((kind, path)), ValidationErrors.Describe(errors));
            Assert.That(errors.Select(e => e.Path), Is.All.EqualTo(path), ValidationErrors.Describe(errors));
        });
    }
}
