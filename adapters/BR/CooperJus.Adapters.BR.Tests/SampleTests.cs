using System.Text.Json.Nodes;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>The good sample: a money-laundering case with requests to Peru, Spain and Uruguay.</summary>
public sealed class SampleTests
{
    private static readonly string[] LayoutProperties =
    [
        "versaoLeiaute", "sistema", "geradoEm", "pedidos",
        "idPedido", "numeroProcedimento", "numeroProcessoJudicial", "unidade", "membro", "nome", "cargo", "email", "telefone",
        "paisRequerido", "autoridadeRequerida", "fundamentos", "urgencia", "urgenciaMotivo", "prazoResposta", "sigilo",
        "crimes", "diploma", "artigo", "descricao", "resumoFatos", "periodoFatos", "inicio", "fim",
        "diligencias", "tipo", "alvos", "envolvidos", "id", "papel", "nomeCompleto", "cpf", "passaporte", "numero", "pais",
        "dataNascimento", "nacionalidade", "endereco", "logradouro", "complemento", "bairro", "cidade", "uf", "cep",
        "empresas", "razaoSocial", "cnpj", "bens", "valor", "titulares", "banco", "agencia", "conta", "matricula", "cartorio",
        "placa", "renavam", "chassi", "tipoObjeto", "materiais", "dimensoes", "inscricoes", "caracteristicas", "titulo", "tema",
        "periodo", "autoria", "numeroInventario", "origem",
        // v2
        "dataAssinatura", "canal", "instrumento", "motivosUrgencia", "prazoRespostaMotivo", "sigiloMotivo", "penaMaxima", "duplaIncriminacao",
        "finalidade", "bancario", "contas", "documentos", "telefonia", "identificadores", "oitiva", "modalidade", "perguntas", "compromisso",
        "consentimento", "ordem", "orgao", "data", "anexo", "formalidades", "prazo", "sexo", "naturalidade", "paisNascimento", "idiomas",
        "necessitaInterprete", "menor", "situacaoPrisional", "responsabilidade", "anexos", "arquivo", "tipoMidia", "sha256", "tamanho", "idioma",
        "traducaoDe", "obtidoEm", "obtidoPor", "via", "lacre", "cadeiaCustodia", "responsavel", "acao", "devolverAte", "proprietarios", "localAtual",
        "ocorrencia", "local", "tipoLocal", "registros", "cadastro", "protecao", "objetosRelacionados", "fotografias",
    ];

    private static List<RecordResult> Read() => Import.File(Samples.Good);

    [Test]
    public void Good_sample_reads_with_no_problem_at_all()
    {
        var results = Read();
        Assert.That(results.SelectMany(r => r.Problems).Select(p => p.ToString()), Is.Empty);
        Assert.That(results.Select(r => r.RecordId), Is.EqualTo(new[] { "PGR-00018734/2024", "PGR-00018735/2024", "PGR-00018736/2024" }));
        Assert.That(results.All(r => r.IsAccepted), Is.True);
    }

    [Test]
    public void Good_sample_uses_every_property_of_the_layout()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        Collect(JsonNode.Parse(File.ReadAllText(Samples.Good))!, used);
        Assert.That(used, Is.EquivalentTo(LayoutProperties));
    }

    [Test]
    public void Good_sample_covers_every_canonical_leaf_with_lineage()
    {
        foreach (var result in Read()) Assert.That(LineageCoverage.Uncovered(result), Is.Empty, result.RecordId);
    }

    [Test]
    public void Good_sample_asks_Peru_Spain_and_Uruguay_one_of_them_urgently()
    {
        var requests = Read().Select(r => r.Request!).ToList();
        Assert.That(requests.Select(r => r.RequestedAuthority.Country), Is.EqualTo(new[] { "PE", "ES", "UY" }));
        Assert.That(requests.Select(r => r.Urgency.Level), Is.EqualTo(new[] { UrgencyLevel.Urgent, UrgencyLevel.Normal, UrgencyLevel.Normal }));
        Assert.That(requests.Select(r => r.Kind), Is.EqualTo(new[] { RequestKind.AssetRecovery, RequestKind.MutualLegalAssistance, RequestKind.MutualLegalAssistance }));
        Assert.That(requests.SelectMany(r => r.Assets).Where(a => a.BankAccount is not null).Select(a => a.BankAccount!.Country), Is.EqualTo(new[] { "PE", "ES" }));
        Assert.That(requests.SelectMany(r => r.Assets).Select(a => a.Type).Distinct(), Is.EquivalentTo(Enum.GetValues<AssetType>().Except([AssetType.Other])));
    }

    [Test]
    public void Good_sample_has_only_valid_identity_numbers()
    {
        var documents = Read().SelectMany(r => r.Request!.Persons.SelectMany(p => p.IdentityDocuments).Concat(r.Request.Organisations.SelectMany(o => o.RegistrationNumbers)));
        Assert.That(documents.Where(d => d.NationalType is "CPF" or "CNPJ").Select(d => d.CheckDigit), Is.Not.Empty.And.All.EqualTo(CheckDigitStatus.Valid));
    }

    [Test]
    public void Sample_whose_bens_have_no_id_reads_them_with_refs_by_position()
    {
        var result = Import.File(Samples.WithoutBemIds).Single();
        Assert.That(result.Problems.Select(p => p.ToString()), Is.Empty);
        Assert.That(result.Request!.Assets.Select(a => (a.Ref, a.Type)), Is.EqualTo(new[] { ("bens.0", AssetType.Money), ("bens.1", AssetType.Vehicle) }));
        Assert.That(LineageCoverage.Uncovered(result), Is.Empty);
    }

    private static void Collect(JsonNode node, HashSet<string> names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    names.Add(name);
                    if (child is not null) Collect(child, names);
                }
                break;
            case JsonArray array:
                foreach (var item in array) if (item is not null) Collect(item, names);
                break;
        }
    }
}
