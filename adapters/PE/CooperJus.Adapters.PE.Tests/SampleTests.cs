using System.Text;
using CooperJus.Adapters.PE.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>The samples under samples/PE: good files read cleanly, each bad file yields its expected rules, located.</summary>
public sealed class SampleTests
{
    private static readonly string[] CoreRules = ["date.birth-in-future", "deadline.before-request"];

    [TestCase("solicitudes_2024_cusco.csv", 3)]
    [TestCase("solicitudes_2024_lima_cp1252.csv", 2)]
    public void Good_sample_reads_with_no_errors(string file, int requests)
    {
        var results = Pe.ReadSample(file);

        Assert.That(results.SelectMany(r => r.Problems).Where(p => p.IsError).Select(p => p.ToString()), Is.Empty);
        Assert.That(results.Count(r => r.IsAccepted), Is.EqualTo(requests));
        Assert.That(results, Has.All.Matches<RecordResult>(r => r.IsAccepted));
    }

    [TestCase("solicitudes_2024_cusco.csv")]
    [TestCase("solicitudes_2024_lima_cp1252.csv")]
    public void Good_sample_has_lineage_for_every_canonical_leaf(string file)
    {
        foreach (var result in Pe.ReadSample(file))
            Assert.That(LineageCoverage.Uncovered(result), Is.Empty, result.RecordId);
    }

    [Test]
    public void Good_sample_warns_about_nothing()
    {
        var warnings = new[] { "solicitudes_2024_cusco.csv", "solicitudes_2024_lima_cp1252.csv" }
            .SelectMany(file => Pe.ReadSample(file)).SelectMany(r => r.Problems).Select(p => p.ToString());

        Assert.That(warnings, Is.Empty);
    }

    [Test]
    public void Cusco_sample_carries_the_looted_moche_ceramics_case()
    {
        var request = Pe.ReadSample("solicitudes_2024_cusco.csv")[0].Request!;

        Assert.That(request.IssuingAuthority.RequestReference, Is.EqualTo("SGF-2024-000123"));
        Assert.That(request.RequestedAuthority.Country, Is.EqualTo("ES"));
        Assert.That(request.Assets, Has.Count.EqualTo(3).And.All.Matches<Asset>(a => a.CulturalObject!.Maker == "Moche"));
        Assert.That(request.Measures.Select(m => m.Type), Is.EqualTo(new[]
        {
            MeasureType.BankInformation, MeasureType.CulturalPropertyLocation, MeasureType.CulturalPropertySeizure, MeasureType.CulturalPropertyReturn,
        }));
        Assert.That(request.Persons.SelectMany(p => p.IdentityDocuments).Select(d => d.CheckDigit),
            Is.EqualTo(new[] { CheckDigitStatus.Valid, CheckDigitStatus.Valid, CheckDigitStatus.Unverified }));
        Assert.That(request.Organisations.Single().RegistrationNumbers.Single().CheckDigit, Is.EqualTo(CheckDigitStatus.Valid));
        Assert.That(request.Facts.Summary, Does.Contain("\r\n"));
    }

    [Test]
    public void Sample_read_as_utf8_with_bom_without_bom_and_windows_1252_gives_the_same_canonical_json()
    {
        var withBom = File.ReadAllBytes(Path.Combine(Pe.Samples, "solicitudes_2024_cusco.csv"));
        Assert.That(withBom[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        var text = Encoding.UTF8.GetString(withBom[3..]);
        var withoutBom = Encoding.UTF8.GetBytes(text);
        var windows1252 = CodePages.Windows1252Bytes(text);

        var expected = Json(Pe.ReadBytes(withBom, "solicitudes_2024_cusco.csv"));
        Assert.That(Json(Pe.ReadBytes(withoutBom, "solicitudes_2024_cusco.csv")), Is.EqualTo(expected));
        Assert.That(Json(Pe.ReadBytes(windows1252, "solicitudes_2024_cusco.csv")), Is.EqualTo(expected));
    }

    [Test]
    public void Windows_1252_sample_keeps_its_accents()
    {
        var request = Pe.ReadSample("solicitudes_2024_lima_cp1252.csv")[0].Request!;

        Assert.That(request.Persons[0].FullName, Is.EqualTo("José Ángel Peña Núñez"));
        Assert.That(request.Organisations[0].Name, Is.EqualTo("Constructora Señor de Muruhuay S.A.C."));
    }

    [TestCaseSource(nameof(BadSamples))]
    public void Bad_sample_yields_its_expected_rules_located(string file)
    {
        var results = Pe.ReadBytes(File.ReadAllBytes(Path.Combine(Pe.BadSamples, file)), file);
        var expected = File.ReadAllLines(Path.Combine(Pe.BadSamples, file + ".expect")).Where(l => l.Trim().Length > 0).Select(l => l.Trim()).ToList();
        var errors = results.SelectMany(r => r.Problems).Where(p => p.IsError).ToList();

        foreach (var rule in expected.Except(CoreRules))
            Assert.That(errors.Select(e => e.Rule), Does.Contain(rule), file);
        foreach (var rule in expected.Intersect(CoreRules))
        {
            Assert.That(errors, Is.Empty, $"{file}: the adapter must accept it so core validation can find {rule}");
            Assert.That(results.Select(r => r.Request).OfType<CooperationRequest>().Any(r => BreaksCoreRule(r, rule)), Is.True, file);
        }
        Assert.That(errors, Has.All.Matches<Gateway.Sdk.Diagnostics.Problem>(e => e.Source is { File: var f, Row: not null } && f == file));
    }

    [TestCase("solicitudes_bad_check-digit.csv", "identity.check-digit", 2, "NRO_DOC")]
    [TestCase("solicitudes_bad_date-invalid.csv", "date.invalid", 2, "FECHA_NACIMIENTO")]
    [TestCase("solicitudes_bad_missing-column.csv", "csv.missing-column", 1, "PAIS_REQUERIDO")]
    [TestCase("solicitudes_bad_empty.csv", "csv.empty", 1, null)]
    [TestCase("solicitudes_bad_random-bytes.csv", "csv.missing-column", 1, "NRO_SOLICITUD")]
    [TestCase("solicitudes_bad_country-unknown.csv", "country.unknown", 2, "PAIS_REQUERIDO")]
    [TestCase("solicitudes_bad_non-contiguous.csv", "csv.non-contiguous", 4, "NRO_SOLICITUD")]
    [TestCase("solicitudes_bad_conflicting-values.csv", "csv.conflicting-values", 3, "FECHA_HECHOS")]
    [TestCase("solicitudes_bad_unknown-measure.csv", "code-list.unknown", 2, "DILIGENCIAS")]
    [TestCase("solicitudes_bad_measure-link.csv", "csv.measure-link", 2, "DILIGENCIAS_VINCULADAS")]
    [TestCase("solicitudes_bad_penalty-article.csv", "csv.penalty-article", 2, "PENAS_MAXIMAS")]
    [TestCase("solicitudes_bad_order-without-type.csv", "required", 2, "ORDEN_TIPO")]
    [TestCase("solicitudes_bad_mixed-encodings.csv", "encoding.invalid", 81, "DEPENDENCIA")]
    [TestCase("solicitudes_bad_amount-invalid.csv", "amount.invalid", 2, "BIEN_VALOR")]
    [TestCase("solicitudes_bad_required.csv", "required", 2, "HECHOS")]
    [TestCase("solicitudes_bad_field-count.csv", "csv.field-count", 2, null)]
    public void Bad_sample_error_is_at_the_expected_row_and_column(string file, string rule, int row, string? column)
    {
        var errors = Pe.ReadBytes(File.ReadAllBytes(Path.Combine(Pe.BadSamples, file)), file).SelectMany(r => r.Problems).Where(p => p.IsError).ToList();

        var first = errors.First(e => e.Rule == rule);
        Assert.That((first.Source!.Row, first.Source.Field), Is.EqualTo(((long?)row, column)));
    }

    private static IEnumerable<string> BadSamples() =>
        Directory.GetFiles(Pe.BadSamples, "*.csv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static bool BreaksCoreRule(CooperationRequest request, string rule)
    {
        var today = DateOnly.FromDateTime(Pe.Now.UtcDateTime);
        return rule == "date.birth-in-future"
            ? request.Persons.Any(p => p.BirthDate > today)
            : request.Urgency.Deadlines.Any(d => d.By < DateOnly.FromDateTime(request.CreatedAt.UtcDateTime));
    }

    private static string Json(IEnumerable<RecordResult> results) =>
        string.Join("\n", results.Select(r => r.Request is null ? "(rejected)" : CanonicalJson.Serialize(r.Request)));
}
