using CooperJus.Gateway.Adapters.Testing;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>
/// The respostas samples under samples/BR/responses: the good file reads cleanly, and each bad file yields its rule,
/// located. The goldens of responses/expected are the conformance suite's (<c>response-goldens</c>; rewrite them with
/// COOPERJUS_UPDATE_GOLDEN=BR, then review the diff).
/// </summary>
public sealed class RespostaSampleTests
{
    private const string Good = "respostas_2024_sci.json";

    [Test]
    public void Good_respostas_sample_reads_with_no_problem_and_every_status()
    {
        var results = RespostaFiles.ReadSample(Good);

        Assert.That(results.SelectMany(r => r.Problems).Select(p => p.ToString()), Is.Empty);
        Assert.That(results, Has.Count.EqualTo(10).And.All.Matches<ResponseRecordResult>(r => r.IsAccepted));
        Assert.That(results.Select(r => r.Response!.Status).ToHashSet(), Is.EquivalentTo(Enum.GetValues<ResponseStatus>().Except([ResponseStatus.ConditionsProposed])));
        Assert.That(results.SelectMany(r => r.Response!.Results).Select(r => r.Status), Does.Contain(ResponseStatus.ConditionsProposed));
    }

    [Test]
    public void Good_respostas_sample_uses_every_property_of_the_layout()
    {
        var sources = RespostaFiles.ReadSample(Good).SelectMany(r => r.Lineage).SelectMany(e => e.Sources).Select(s => s.Field).ToHashSet();
        string[] properties =
        [
            "idResposta", "idPedidoCanonico", "situacao", "dataResposta", "unidade", "setor", "nome", "cargo", "email", "telefone",
            "numeroProcedimento", "mensagem", "idioma", "tipo", "texto", "diligencia", "resumo", "codigo", "explicacao", "adiadoAte",
            "condicoes", "descricao", "prazo", "pais", "medidaSubstituta", "valor", "extraordinario", "anexos", "arquivo", "tipoMidia",
            "sha256", "tamanho", "traducaoDe", "obtidoEm", "obtidoPor", "via", "lacre", "data", "responsavel", "acao", "devolverAte",
        ];

        Assert.That(sources, Is.SupersetOf(properties));
    }

    [Test]
    public void Good_respostas_sample_has_lineage_for_every_canonical_leaf()
    {
        foreach (var result in RespostaFiles.ReadSample(Good))
            Assert.That(LineageCoverage.Uncovered(result), Is.Empty, result.RecordId);
    }

    [TestCaseSource(nameof(BadSamples))]
    public void Bad_respostas_sample_yields_its_rule_located_in_the_file(string file)
    {
        var results = RespostaFiles.ReadBytes(File.ReadAllBytes(Path.Combine(RespostaFiles.BadFolder, file)), file);
        var expected = File.ReadAllLines(Path.Combine(RespostaFiles.BadFolder, file + ".expect")).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var errors = results.SelectMany(r => r.Problems).Where(p => p.IsError).ToList();

        Assert.That(errors.Select(e => e.Rule), Is.SupersetOf(expected), file);
        Assert.That(errors, Has.All.Matches<Problem>(e => e.Source is { Line: not null } source && source.File == file), file);
        Assert.That(results.Where(r => r.Problems.Any(p => expected.Contains(p.Rule))), Has.None.Matches<ResponseRecordResult>(r => r.IsAccepted), file);
    }

    [TestCase("respostas_bad_response.request-id.json", "/respostas/0", "idPedidoCanonico")]
    [TestCase("respostas_bad_response.measure-number.json", "/respostas/0/resultados/0", "diligencia")]
    [TestCase("respostas_bad_response.refusal-grounds.json", "/respostas/0/resultados/0", "motivosRecusa")]
    [TestCase("respostas_bad_response.information-needed.json", "/respostas/0/resultados/0", "informacoesNecessarias")]
    [TestCase("respostas_bad_response.attachment-link.json", "/respostas/0/resultados/0/anexos/1", "anexos")]
    [TestCase("respostas_bad_br.attachment-hash.json", "/respostas/0/anexos/0", "sha256")]
    [TestCase("respostas_bad_country.unknown.json", "/respostas/0/resultados/0/encaminhadoPara", "pais")]
    [TestCase("respostas_bad_required.json", "/respostas/0", "situacao")]
    [TestCase("respostas_bad_json.duplicate-property.json", "/respostas/0", "idResposta")]
    public void Bad_respostas_sample_error_names_its_pointer_and_property(string file, string pointer, string property)
    {
        var rule = file["respostas_bad_".Length..^".json".Length];
        var errors = RespostaFiles.ReadBytes(File.ReadAllBytes(Path.Combine(RespostaFiles.BadFolder, file)), file).SelectMany(r => r.Problems).Where(p => p.IsError);

        var first = errors.First(e => e.Rule == rule);
        Assert.That((first.Source!.Path, first.Source.Field), Is.EqualTo((pointer, property)));
    }

    private static IEnumerable<string> BadSamples() =>
        Directory.GetFiles(RespostaFiles.BadFolder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}
