using CooperJus.Gateway.Adapters.Testing;
using CooperJus.Adapters.PE.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>
/// The response samples under samples/PE/responses: good files read cleanly, and each bad file yields its rule,
/// located. The goldens of responses/expected are the conformance suite's (<c>response-goldens</c>; rewrite them with
/// COOPERJUS_UPDATE_GOLDEN=PE, then review the diff).
/// </summary>
public sealed class ResponseSampleTests
{
    private static readonly string[] GoodFiles = ["respuestas_2024_ucjie.csv", "respuestas_2024_ucjie_cp1252.csv"];

    [TestCase("respuestas_2024_ucjie.csv", 8)]
    [TestCase("respuestas_2024_ucjie_cp1252.csv", 2)]
    public void Good_response_sample_reads_with_no_problem(string file, int responses)
    {
        var results = ResponseFiles.ReadSample(file);

        Assert.That(results.SelectMany(r => r.Problems).Select(p => p.ToString()), Is.Empty);
        Assert.That(results, Has.Count.EqualTo(responses).And.All.Matches<ResponseRecordResult>(r => r.IsAccepted));
    }

    [Test]
    public void Good_response_samples_together_use_every_status_and_column()
    {
        var responses = GoodFiles.SelectMany(ResponseFiles.ReadSample).Select(r => r.Response!).ToList();
        var statuses = responses.Select(r => r.Status).Concat(responses.SelectMany(r => r.Results).Select(r => r.Status)).ToHashSet();
        var headers = GoodFiles.SelectMany(f => File.ReadLines(Path.Combine(ResponseFiles.Samples, f), System.Text.Encoding.Latin1).First().TrimStart('\uFEFF', 'ï', '»', '¿').Split(';')).ToHashSet();

        Assert.That(statuses, Is.EquivalentTo(Enum.GetValues<ResponseStatus>()));
        Assert.That(headers, Is.SupersetOf(ResponseFiles.Columns));
        var filled = ResponseFiles.Columns.Where(c => GoodFiles.Any(f => ColumnIsFilled(f, c))).ToList();
        Assert.That(filled, Is.EquivalentTo(ResponseFiles.Columns), "every column is filled somewhere in the good samples");
    }

    [TestCaseSource(nameof(GoodFiles))]
    public void Good_response_sample_has_lineage_for_every_canonical_leaf(string file)
    {
        foreach (var result in ResponseFiles.ReadSample(file))
            Assert.That(LineageCoverage.Uncovered(result), Is.Empty, result.RecordId);
    }

    [TestCaseSource(nameof(BadSamples))]
    public void Bad_response_sample_yields_its_rule_located_in_the_file(string file)
    {
        var results = ResponseFiles.ReadBytes(File.ReadAllBytes(Path.Combine(ResponseFiles.BadSamples, file)), file);
        var expected = File.ReadAllLines(Path.Combine(ResponseFiles.BadSamples, file + ".expect")).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var errors = results.SelectMany(r => r.Problems).Where(p => p.IsError).ToList();

        Assert.That(errors.Select(e => e.Rule), Is.SupersetOf(expected), file);
        Assert.That(errors, Has.All.Matches<Problem>(e => e.Source is { Row: not null } source && source.File == file), file);
        Assert.That(results.Where(r => r.RecordId is not null && r.Problems.Any(p => expected.Contains(p.Rule))), Has.None.Matches<ResponseRecordResult>(r => r.IsAccepted), file);
    }

    [TestCase("respuestas_bad_response.request-id.csv", 2, "ID_SOLICITUD")]
    [TestCase("respuestas_bad_response.measure-number.csv", 2, "NRO_DILIGENCIA")]
    [TestCase("respuestas_bad_response.refusal-grounds.csv", 2, "CAUSALES_DENEGACION")]
    [TestCase("respuestas_bad_response.information-needed.csv", 2, "INFORMACION_REQUERIDA")]
    [TestCase("respuestas_bad_response.attachment-link.csv", 2, "ADJUNTOS_RESULTADO")]
    [TestCase("respuestas_bad_response.attachment-hash.csv", 3, "HASH_SHA256")]
    [TestCase("respuestas_bad_response.attachment-size.csv", 3, "TAMANO_BYTES")]
    [TestCase("respuestas_bad_csv.conflicting-values.csv", 3, "ESTADO")]
    [TestCase("respuestas_bad_csv.non-contiguous.csv", 4, "NRO_RESPUESTA")]
    [TestCase("respuestas_bad_csv.row-type.csv", 2, "NRO_DILIGENCIA")]
    [TestCase("respuestas_bad_date.invalid.csv", 2, "FECHA_RESPUESTA")]
    [TestCase("respuestas_bad_encoding.invalid.csv", 202, "DEPENDENCIA")]
    [TestCase("respuestas_bad_csv.missing-column.csv", 1, "ID_SOLICITUD")]
    public void Bad_response_sample_error_is_at_the_expected_row_and_column(string file, int row, string column)
    {
        var rule = file["respuestas_bad_".Length..^".csv".Length];
        var errors = ResponseFiles.ReadBytes(File.ReadAllBytes(Path.Combine(ResponseFiles.BadSamples, file)), file).SelectMany(r => r.Problems).Where(p => p.IsError);

        var first = errors.First(e => e.Rule == rule);
        Assert.That((first.Source!.Row, first.Source.Field), Is.EqualTo(((long?)row, column)));
    }

    private static IEnumerable<string> BadSamples() =>
        Directory.GetFiles(ResponseFiles.BadSamples, "*.csv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static bool ColumnIsFilled(string file, string column)
    {
        var text = File.ReadAllBytes(Path.Combine(ResponseFiles.Samples, file));
        var results = ResponseFiles.ReadBytes(text, file);
        return results.SelectMany(r => r.Lineage).SelectMany(e => e.Sources).Any(s => s.Field == column && !string.IsNullOrWhiteSpace(s.Value))
            || column == "TIPO_FILA" && results.Any(r => r.Response!.Results.Count > 0);
    }
}
