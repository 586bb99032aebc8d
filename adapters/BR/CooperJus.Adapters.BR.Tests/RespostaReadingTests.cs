using CooperJus.Gateway.Adapters.Testing;
using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using static CooperJus.Adapters.BR.Tests.Support.RespostaFiles;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>Reading the Sistema Único respostas export (respostas_*.json) into canonical responses.</summary>
public sealed class RespostaReadingTests
{
    [TestCase("RECEBIDO", ResponseStatus.Acknowledged)]
    [TestCase("EM_ANDAMENTO", ResponseStatus.InProgress)]
    [TestCase("CUMPRIDO", ResponseStatus.Executed)]
    [TestCase("cumprido_parcialmente", ResponseStatus.PartiallyExecuted)]
    [TestCase("ADIADO", ResponseStatus.Postponed)]
    [TestCase("CONDICIONADO", ResponseStatus.ConditionsProposed)]
    [TestCase("ENCAMINHADO", ResponseStatus.Forwarded)]
    [TestCase("MEDIDA_SUBSTITUIDA", ResponseStatus.MeasureSubstituted)]
    [TestCase("DESISTENCIA", ResponseStatus.Withdrawn)]
    [TestCase("RETIRADO", ResponseStatus.Withdrawn)]
    public void Reads_each_status_of_a_resposta_and_of_a_resultado(string code, ResponseStatus status)
    {
        var resposta = With(Acknowledgement(), "situacao", code);
        resposta["resultados"] = new JsonArray(Resultado(1, code, "Feito."));

        var response = Response(resposta);

        Assert.That(response.Status, Is.EqualTo(status));
        Assert.That(response.Results.Single().Status, Is.EqualTo(status));
        Assert.That(response.Results.Single().MeasureIndex, Is.Zero, "diligencia 1 is the first measure");
    }

    [Test]
    public void Reads_the_resposta_members()
    {
        var resposta = Acknowledgement();
        resposta["setor"] = "Secretaria de Cooperação Internacional";
        resposta["membro"] = new JsonObject { ["nome"] = "Ana Paula Figueiredo Lins", ["cargo"] = "Procuradora Regional da República", ["email"] = "pgr-sci@mpf.mp.br" };
        resposta["numeroProcedimento"] = "PGR-00021455/2024";
        resposta["mensagem"] = "Recebido.\nAguarde.";
        resposta["idioma"] = "espanhol";
        resposta["limitacoesUso"] = new JsonArray(new JsonObject { ["tipo"] = "SIGILO", ["texto"] = "Dados sob sigilo" });

        var response = Response(resposta);

        Assert.That(response.ResponseId, Is.EqualTo(RequestIds.FromNationalReference("BR", "UNICO-RESPOSTA", "PGR-R-00031001/2024")));
        Assert.That(response.InResponseTo, Is.EqualTo(RequestId));
        Assert.That(response.CreatedAt, Is.EqualTo(new DateTimeOffset(2024, 4, 3, 10, 12, 0, TimeSpan.FromHours(-3))));
        Assert.That(CanonicalJson.SerializeValue(response.RespondingAuthority), Is.EqualTo(CanonicalJson.SerializeValue(new Authority
        {
            Country = "BR",
            Name = "Procuradoria-Geral da República",
            Unit = "Secretaria de Cooperação Internacional",
            Officer = new Officer { Name = "Ana Paula Figueiredo Lins", Role = "Procuradora Regional da República" },
            Contact = new Contact { Email = "pgr-sci@mpf.mp.br" },
        })));
        Assert.That((response.CaseReference, response.Message, response.Language), Is.EqualTo(("PGR-00021455/2024", "Recebido.\nAguarde.", "es")));
        Assert.That(response.UseLimitations.Single(), Is.EqualTo(new UseLimitation { Kind = UseLimitationKind.Confidentiality, Text = "Dados sob sigilo" }));
    }

    [Test]
    public void Without_idioma_the_language_is_portuguese_by_default()
    {
        var result = Read(File(Acknowledgement())).Single();

        Assert.That(result.Response!.Language, Is.EqualTo("pt"));
        Assert.That(result.Lineage.Single(e => e.CanonicalPath == "/language").Conversion, Is.EqualTo("adapter-default"));
    }

    [Test]
    public void A_refusal_gives_its_grounds_as_codes_with_the_explanations()
    {
        var resultado = Resultado(3, "RECUSADO", "Recusado.");
        resultado["motivosRecusa"] = new JsonArray(
            new JsonObject { ["codigo"] = "AUSENCIA_DUPLA_INCRIMINACAO", ["explicacao"] = "A conduta não é crime no Brasil" },
            new JsonObject { ["codigo"] = "COISA_JULGADA" });
        var resposta = With(Acknowledgement(), "situacao", "INDEFERIDO");
        resposta["resultados"] = new JsonArray(resultado);

        var refused = Response(resposta);

        Assert.That(refused.Status, Is.EqualTo(ResponseStatus.Refused));
        Assert.That(refused.Results.Single().RefusalGrounds, Is.EqualTo(new[]
        {
            new RefusalGround { Code = RefusalGroundCode.AbsenceOfDualCriminality, Explanation = "A conduta não é crime no Brasil" },
            new RefusalGround { Code = RefusalGroundCode.NeBisInIdem },
        }));
    }

    [Test]
    public void A_refusal_without_grounds_is_rejected_naming_the_missing_member()
    {
        var resposta = With(Acknowledgement(), "situacao", "RECUSADO");
        resposta["resultados"] = new JsonArray(Resultado(1, "RECUSADO", "Não."));

        var errors = Errors(resposta);

        Assert.That(errors.Select(e => (e.Rule, e.Source!.Path, e.Source.Field, e.CanonicalPath)), Is.EquivalentTo(new[]
        {
            ("response.refusal-grounds", "/respostas/0/resultados/0", "motivosRecusa", "/results/0/refusalGrounds"),
            ("response.refusal-grounds", "/respostas/0", "situacao", "/results"),
        }));
    }

    [Test]
    public void Information_needed_says_what_and_by_when()
    {
        var resultado = Resultado(null, "INFORMACOES_COMPLEMENTARES", "Faltam dados.");
        resultado["informacoesNecessarias"] = new JsonArray(
            new JsonObject { ["descricao"] = "Número do passaporte", ["prazo"] = "2024-05-31" },
            new JsonObject { ["descricao"] = "Período de interesse" });
        var resposta = With(Acknowledgement(), "situacao", "INFORMACOES_COMPLEMENTARES");
        resposta["resultados"] = new JsonArray(resultado);

        var needed = Response(resposta).Results.Single();

        Assert.That(needed.MeasureIndex, Is.Null, "a resultado without diligencia concerns the pedido as a whole");
        Assert.That(needed.InformationNeeded, Is.EqualTo(new[]
        {
            new InformationNeeded { Description = "Número do passaporte", By = new DateOnly(2024, 5, 31) },
            new InformationNeeded { Description = "Período de interesse" },
        }));
    }

    [Test]
    public void Information_needed_without_saying_what_is_rejected()
    {
        var resposta = With(Acknowledgement(), "situacao", "INFORMACOES_COMPLEMENTARES");
        resposta["resultados"] = new JsonArray(Resultado(1, "INFORMACOES_COMPLEMENTARES", "Faltam dados."));

        Assert.That(Errors(resposta).Select(e => e.Rule), Is.EqualTo(new[] { "response.information-needed", "response.information-needed" }));
    }

    [Test]
    public void Postponement_conditions_forwarding_substitution_and_costs_are_read()
    {
        var resultado = Resultado(2, "ADIADO", "Adiado.");
        resultado["adiadoAte"] = "2024-10-31";
        resultado["condicoes"] = new JsonArray("Presença de defensor", "Uso restrito");
        resultado["encaminhadoPara"] = new JsonObject { ["pais"] = "BRA", ["unidade"] = "PR/RJ", ["membro"] = new JsonObject { ["nome"] = "Carlos", ["telefone"] = "+55 21" } };
        resultado["medidaSubstituta"] = "PRESERVACAO_DADOS";
        resultado["custos"] = new JsonObject { ["valor"] = "US$ 1.200,50", ["extraordinario"] = true, ["descricao"] = "Perícia" };
        var resposta = With(Acknowledgement(), "situacao", "ADIADO");
        resposta["resultados"] = new JsonArray(resultado);

        var read = Response(resposta).Results.Single();

        Assert.That(read.PostponedUntil, Is.EqualTo(new DateOnly(2024, 10, 31)));
        Assert.That(read.Conditions, Is.EqualTo(new[] { "Presença de defensor", "Uso restrito" }));
        Assert.That(CanonicalJson.SerializeValue(read.ForwardedTo), Is.EqualTo(CanonicalJson.SerializeValue(new Authority
        {
            Country = "BR", Name = "PR/RJ", Officer = new Officer { Name = "Carlos" }, Contact = new Contact { Phone = "+55 21" },
        })));
        Assert.That(read.SubstituteMeasure, Is.EqualTo(MeasureType.DataPreservation));
        Assert.That(read.Costs, Is.EqualTo(new ExecutionCosts { Amount = new MonetaryAmount { Amount = "1200.50", Currency = "USD" }, Extraordinary = true, Description = "Perícia" }));
    }

    [Test]
    public void Anexos_are_described_and_linked_to_their_resultados()
    {
        var resultado = Resultado(1, "CUMPRIDO", "Segue o termo.");
        resultado["anexos"] = new JsonArray("termo.pdf", "termo-es.pdf");
        var resposta = With(Acknowledgement(), "situacao", "CUMPRIDO");
        resposta["resultados"] = new JsonArray(resultado);
        resposta["anexos"] = new JsonArray(
            new JsonObject
            {
                ["arquivo"] = "termo.pdf", ["tipoMidia"] = "application/pdf", ["sha256"] = new string('A', 64), ["tamanho"] = 184320, ["tipo"] = "PROVA",
                ["via"] = "ORIGINAL", ["cadeiaCustodia"] = new JsonArray(new JsonObject { ["data"] = "2024-05-14", ["responsavel"] = "PR/SP", ["acao"] = "lavrado" }),
            },
            new JsonObject { ["arquivo"] = "termo-es.pdf", ["tipoMidia"] = "application/pdf", ["sha256"] = new string('b', 64), ["tamanho"] = 0, ["traducaoDe"] = "termo.pdf", ["idioma"] = "espanhol" });

        var response = Response(resposta);

        Assert.That(response.Results.Single().AttachmentFileNames, Is.EqualTo(new[] { "termo.pdf", "termo-es.pdf" }));
        Assert.That((response.Attachments[0].Sha256, response.Attachments[0].Size, response.Attachments[0].DocumentType, response.Attachments[0].CopyKind),
            Is.EqualTo((new string('a', 64), 184320L, (AttachmentType?)AttachmentType.Evidence, (CopyKind?)CopyKind.Original)));
        Assert.That(response.Attachments[0].ChainOfCustody.Single(), Is.EqualTo(new CustodyEvent { On = new DateOnly(2024, 5, 14), Holder = "PR/SP", Action = "lavrado" }));
        Assert.That((response.Attachments[1].TranslationOf, response.Attachments[1].Language), Is.EqualTo(("termo.pdf", "es")));
    }

    [TestCase("idPedidoCanonico", "\"PGR-00018734/2024\"", "response.request-id", "/respostas/0", "/inResponseTo")]
    [TestCase("dataResposta", "\"2024-04-03T10:12:00\"", "date.invalid", "/respostas/0", "/createdAt")]
    [TestCase("situacao", "\"ARQUIVADO\"", "code-list.unknown", "/respostas/0", "/status")]
    [TestCase("idioma", "\"klingon\"", "code-list.unknown", "/respostas/0", "/language")]
    [TestCase("situacao", "7", "json.type", "/respostas/0", "/status")]
    [TestCase("idResposta", "null", "required", "/respostas/0", "/responseId")]
    public void A_bad_member_rejects_the_resposta_with_its_rule_at_the_member(string member, string json, string rule, string pointer, string path)
    {
        var resposta = Acknowledgement();
        resposta[member] = JsonNode.Parse(json);

        var results = Read(File(resposta));
        var error = results.SelectMany(r => r.Problems).First(p => p.IsError);

        Assert.That((error.Rule, error.Source!.Path, error.Source.Field, error.CanonicalPath), Is.EqualTo((rule, pointer, member, path)));
        Assert.That(results.Single().IsAccepted, Is.False);
    }

    [TestCase("diligencia", "0", "response.measure-number", "/results/0/measureIndex")]
    [TestCase("diligencia", "1.5", "response.measure-number", "/results/0/measureIndex")]
    [TestCase("adiadoAte", "\"31/10/2024\"", "date.invalid", "/results/0/postponedUntil")]
    [TestCase("medidaSubstituta", "\"TELEPATIA\"", "code-list.unknown", "/results/0/substituteMeasure")]
    [TestCase("custos", "{\"valor\": \"1.000\"}", "amount.invalid", "/results/0/costs/amount")]
    [TestCase("encaminhadoPara", "{\"pais\": \"Guanabara\"}", "country.unknown", "/results/0/forwardedTo/country")]
    [TestCase("motivosRecusa", "[{\"codigo\": \"CAPRICHO\"}]", "code-list.unknown", "/results/0/refusalGrounds/0/code")]
    [TestCase("anexos", "[\"outro.pdf\"]", "response.attachment-link", "/results/0/attachmentFileNames")]
    [TestCase("resumo", "\"\"", "required", "/results/0/summary")]
    public void A_bad_resultado_member_rejects_the_resposta_with_its_rule(string member, string json, string rule, string path)
    {
        var resultado = Resultado(1, "CUMPRIDO", "Feito.");
        resultado[member] = JsonNode.Parse(json);
        var resposta = With(Acknowledgement(), "situacao", "CUMPRIDO");
        resposta["resultados"] = new JsonArray(resultado);

        var errors = Errors(resposta);

        Assert.That(errors.Select(e => (e.Rule, e.CanonicalPath)), Does.Contain((rule, path)));
        Assert.That(errors.First(e => e.Rule == rule).Source!.Path, Does.StartWith("/respostas/0/resultados/0"));
    }

    [Test]
    public void An_unknown_member_is_a_warning_and_a_translation_of_no_anexo_an_error()
    {
        var resposta = Acknowledgement();
        resposta["prioridade"] = "alta";
        resposta["anexos"] = new JsonArray(new JsonObject { ["arquivo"] = "a.pdf", ["tipoMidia"] = "application/pdf", ["sha256"] = new string('a', 64), ["tamanho"] = 1, ["traducaoDe"] = "b.pdf" });

        var problems = Read(File(resposta)).Single().Problems;

        Assert.That(problems.Select(p => (p.Rule, p.IsError, p.Source!.Field)), Is.EquivalentTo(new[]
        {
            ("json.unknown-property", false, "prioridade"),
            ("response.attachment-link", true, "traducaoDe"),
        }));
    }

    [Test]
    public void A_cut_or_a_syntax_error_keeps_the_respostas_before_it_and_a_bad_element_does_not_stop_the_next()
    {
        var text = File(Acknowledgement(), With(Acknowledgement(), "idResposta", "PGR-R-2"));
        var cut = text[..text.LastIndexOf('}')];
        var broken = text[..text.LastIndexOf(']')] + ", }";

        var cutResults = Read(cut);
        var brokenResults = Read(broken);
        var withSecondBad = Read(text.Replace("\"PGR-R-00031001/2024\"", "[1, 2]", StringComparison.Ordinal));

        Assert.That(cutResults.Count(r => r.IsAccepted), Is.EqualTo(2));
        Assert.That(cutResults.Last().Problems.Single().Rule, Is.EqualTo("json.truncated"));
        Assert.That(brokenResults.Count(r => r.IsAccepted), Is.EqualTo(2));
        Assert.That(brokenResults.Last().Problems.Single().Rule, Is.EqualTo("json.invalid"));
        Assert.That(withSecondBad.Select(r => r.IsAccepted), Is.EqualTo(new[] { false, true }));
    }

    [Test]
    public void A_resposta_beyond_the_size_cap_is_rejected_alone_without_being_kept_and_the_next_is_read()
    {
        var big = With(Acknowledgement(), "idResposta", "PGR-R-big");
        // Many values of 1 MiB, none beyond the bound alone: 17 MiB in all, above the 16 MiB one resposta may take.
        big["observacoes"] = new JsonArray([.. Enumerable.Range(0, 17).Select(_ => (JsonNode)new string('x', 1024 * 1024))]);
        var text = File(Acknowledgement(), big, With(Acknowledgement(), "idResposta", "PGR-R-3"));

        var results = Read(text);
        TestContext.Out.WriteLine($"file of {Encoding.UTF8.GetByteCount(text)} bytes: {results.Count} results, {results.Count(r => r.IsAccepted)} accepted");

        Assert.That(results.Select(r => r.IsAccepted), Is.EqualTo(new[] { true, false, true }));
        var problem = results[1].Problems.Single();
        Assert.That((problem.Rule, problem.Source!.Path, results[1].RecordId, results[1].OriginalText), Is.EqualTo(("json.resposta-too-large", "/respostas/1", "/respostas/1", (string?)null)));
    }

    [Test]
    public void A_single_value_beyond_the_size_cap_stops_the_read_after_the_respostas_before_it()
    {
        var big = With(Acknowledgement(), "idResposta", "PGR-R-big");
        big["mensagem"] = new string('x', 17 * 1024 * 1024);

        var results = Read(File(Acknowledgement(), big, With(Acknowledgement(), "idResposta", "PGR-R-3")));

        Assert.That(results.Select(r => r.IsAccepted), Is.EqualTo(new[] { true, false }));
        var problem = results[1].Problems.Single();
        Assert.That((problem.Rule, problem.Source!.Path), Is.EqualTo(("json.token-too-large", "/respostas/1")));
    }

    [Test]
    public void The_header_comes_before_respostas_as_in_the_pedidos_export()
    {
        var late = "{\"geradoEm\": \"2024-07-15T18:00:00-03:00\", \"respostas\": [], \"versaoLeiaute\": \"2.1\", \"sistema\": \"UNICO\"}";

        var problems = Read(late).SelectMany(r => r.Problems).ToList();

        Assert.That(problems.Select(p => (p.Rule, p.IsError, p.Source!.Field)), Is.EquivalentTo(new[]
        {
            ("required", true, "versaoLeiaute"),
            ("required", true, "sistema"),
        }));
    }

    [Test]
    public void GeradoEm_is_informational_in_a_respostas_file()
    {
        var text = File(Acknowledgement());
        var without = text.Replace("\"geradoEm\": \"2024-07-15T18:00:00-03:00\",", "", StringComparison.Ordinal);
        var unreadable = text.Replace("2024-07-15T18:00:00-03:00", "15/07/2024", StringComparison.Ordinal);

        var withoutResults = Read(without);
        var unreadableResults = Read(unreadable);

        Assert.That(without, Does.Not.Contain("geradoEm"));
        Assert.That(withoutResults.SelectMany(r => r.Problems), Is.Empty);
        Assert.That(withoutResults.Single().IsAccepted, Is.True);
        Assert.That(unreadableResults.SelectMany(r => r.Problems).Select(p => (p.Rule, p.IsError, p.Source!.Field)), Is.EqualTo(new[] { ("date.invalid", false, "geradoEm") }));
        Assert.That(unreadableResults.Count(r => r.IsAccepted), Is.EqualTo(1));
    }

    [Test]
    public void Invalid_utf8_in_the_header_is_a_located_file_error_not_an_exception()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n\"versaoLeiaute\": \"2.1\",\n\"sistema\": \"UNI#\",\n\"respostas\": []}");
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xE6;

        var problems = ReadBytes(bytes, "respostas_bytes.json").SelectMany(r => r.Problems).ToList();

        Assert.That(problems.Select(p => (p.Rule, p.Source!.Line)), Does.Contain(("json.invalid", (long?)3)));
    }

    [Test]
    public void Every_filled_field_has_lineage_naming_its_member()
    {
        var resultado = Resultado(1, "CUMPRIDO", "Feito.");
        resultado["custos"] = new JsonObject { ["valor"] = "R$ 10,00" };
        var resposta = With(Acknowledgement(), "situacao", "CUMPRIDO");
        resposta["resultados"] = new JsonArray(resultado);

        var read = Read(File(resposta)).Single();

        Assert.That(LineageCoverage.Uncovered(read), Is.Empty);
        Assert.That(read.Lineage.Single(e => e.CanonicalPath == "/results/0/costs/amount/amount").Sources.Single().Field, Is.EqualTo("valor"));
        Assert.That(read.Lineage.Single(e => e.CanonicalPath == "/results/0/costs/extraordinary").Conversion, Is.EqualTo("adapter-default"));
    }

    [Test]
    public void The_readme_example_reads()
    {
        var readme = System.IO.File.ReadAllText(Path.Combine(Samples.Directory, "..", "..", "adapters", "BR", "README.md"));
        var section = readme[readme.IndexOf("## Respostas", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json\n", StringComparison.Ordinal) + 8;
        var example = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var results = ReadBytes(Encoding.UTF8.GetBytes(example), "respostas_readme.json");

        Assert.That(results.SelectMany(r => r.Problems).Select(p => p.ToString()), Is.Empty);
        Assert.That(results.Single().Response!.Status, Is.EqualTo(ResponseStatus.PartiallyExecuted));
    }

    private static JsonObject With(JsonObject resposta, string member, string value)
    {
        resposta[member] = value;
        return resposta;
    }

    private static JsonObject Resultado(int? diligencia, string situacao, string resumo)
    {
        var resultado = new JsonObject { ["situacao"] = situacao, ["resumo"] = resumo };
        if (diligencia is { } number) resultado["diligencia"] = number;
        return resultado;
    }
}
