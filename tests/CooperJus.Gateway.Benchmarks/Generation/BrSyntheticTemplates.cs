using System.Globalization;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Gateway.Benchmarks.Generation;

/// <summary>
/// Template pedidos made up when there is no sample: every property of the layout, codes from the BR adapter's own
/// code lists, persons, a company and assets of several kinds targeted by the diligências.
/// </summary>
internal sealed class BrSyntheticTemplates
{
    private static readonly string[] Names = ["João Carlos da Silva", "Maria Aparecida Souza", "Antônio Pereira Lima", "Francisca Oliveira Santos", "Paulo Roberto Costa"];
    private static readonly string[] Countries = ["PER", "Peru", "Espanha", "ESP", "Uruguai", "Chile"];

    private readonly Random _random;
    private readonly CodeListSource _lists;

    private BrSyntheticTemplates(Random random, CodeListSource lists)
    {
        _random = random;
        _lists = lists;
    }

    /// <summary><paramref name="count"/> different pedidos, reproducible for a given <paramref name="seed"/>.</summary>
    public static BrTemplateSet Create(CodeListSource codeLists, int count, int seed)
    {
        var templates = new BrSyntheticTemplates(new Random(seed), codeLists);
        IReadOnlyList<KeyValuePair<string, JsonNode?>> header =
        [
            KeyValuePair.Create<string, JsonNode?>("versaoLeiaute", "2.1"),
            KeyValuePair.Create<string, JsonNode?>("sistema", "UNICO"),
            KeyValuePair.Create<string, JsonNode?>("geradoEm", "2026-11-02T09:30:00-03:00"),
        ];
        return new BrTemplateSet(header, Enumerable.Range(1, count).Select(templates.Pedido).ToList());
    }

    private JsonObject Pedido(int index)
    {
        var persons = Enumerable.Range(1, 1 + _random.Next(3)).Select(Person).ToList();
        var targets = persons.Select(p => (string)p["id"]!).Append("emp-1").ToList();
        var start = new DateOnly(2021, 1, 1).AddDays(_random.Next(1200));
        return new JsonObject
        {
            ["idPedido"] = $"PED-2026-{index:D6}",
            ["numeroProcedimento"] = $"1.30.001.{index:D6}/2026-11",
            ["numeroProcessoJudicial"] = "0058967-77.2016.8.19.0000",
            ["unidade"] = "Procuradoria da República no Rio de Janeiro",
            ["membro"] = new JsonObject { ["nome"] = "Ana Beatriz Rocha", ["cargo"] = "Procuradora da República", ["email"] = "ana.rocha@mpf.mp.br", ["telefone"] = "+55 21 3971-9300" },
            ["paisRequerido"] = Pick(Countries),
            ["autoridadeRequerida"] = "Autoridade Central do Estado requerido",
            ["fundamentos"] = Array(Keys("instruments").Where(k => !k.StartsWith("MLAT_", StringComparison.Ordinal)).OrderBy(_ => _random.Next()).Take(2)),
            ["urgencia"] = Pick(Keys("urgency")),
            ["urgenciaMotivo"] = "Risco de dissipação dos valores bloqueados.",
            ["prazoResposta"] = new DateOnly(2031, 1, 1).AddDays(_random.Next(365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["sigilo"] = index % 2 == 0,
            ["crimes"] = new JsonArray(Keys("offences").OrderBy(_ => _random.Next()).Take(1 + _random.Next(2)).Select(Crime).ToArray()),
            ["resumoFatos"] = "Entre 2021 e 2023 a organização investigada movimentou recursos de origem ilícita por meio de empresas de fachada e contas no exterior.",
            ["periodoFatos"] = new JsonObject { ["inicio"] = Iso(start), ["fim"] = Iso(start.AddDays(30 + _random.Next(400))) },
            ["diligencias"] = new JsonArray(Keys("measures").OrderBy(_ => _random.Next()).Take(2 + _random.Next(2))
                .Select(m => (JsonNode)new JsonObject { ["tipo"] = m, ["descricao"] = "Conforme exposto no resumo dos fatos.", ["alvos"] = Array(targets) }).ToArray()),
            ["envolvidos"] = new JsonArray(persons.Select(p => (JsonNode)p).ToArray()),
            ["empresas"] = new JsonArray(new JsonObject { ["id"] = "emp-1", ["razaoSocial"] = "Comercial Atlântico Ltda.", ["cnpj"] = "16.727.230/0001-97", ["papel"] = Pick(Column("roles", "organisation")) }),
            ["bens"] = new JsonArray(new JsonObject { ["id"] = "bem-1", ["tipo"] = "VALOR", ["descricao"] = "Valores em espécie apreendidos", ["valor"] = $"R$ {_random.Next(1, 999)}.{_random.Next(1000):D3},{_random.Next(100):D2}" }),
        };
    }

    private JsonObject Person(int position) => new()
    {
        ["id"] = $"env-{position}",
        ["papel"] = Pick(Column("roles", "person")),
        ["nomeCompleto"] = Pick(Names),
        ["cpf"] = position % 2 == 0 ? "39053344705" : "390.533.447-05",
        ["passaporte"] = new JsonObject { ["numero"] = "FX123456", ["pais"] = "BRA" },
        ["dataNascimento"] = Iso(new DateOnly(1950, 1, 1).AddDays(_random.Next(19000))),
        ["nacionalidade"] = "brasileira",
        ["endereco"] = new JsonObject
        {
            ["logradouro"] = "Rua Augusta", ["numero"] = $"{100 + _random.Next(1900)}", ["complemento"] = "conj. 12",
            ["bairro"] = "Consolação", ["cidade"] = "São Paulo", ["uf"] = "SP", ["cep"] = "01304-001",
        },
    };

    /// <summary>An offences.csv key (<c>Lei 9613/1998 art. 1</c>) written as the layout writes a crime.</summary>
    private static JsonNode Crime(string key)
    {
        var at = key.IndexOf(" art. ", StringComparison.Ordinal);
        var article = key[(at + 6)..];
        return new JsonObject
        {
            ["diploma"] = key[..at],
            ["artigo"] = article.All(char.IsAsciiDigit) ? article + "º" : article,
            ["descricao"] = "Conforme o resumo dos fatos.",
        };
    }

    private List<string> Keys(string list) => _lists.Load(list).Entries.Select(e => e.Key).ToList();

    private List<string> Column(string list, string column) => _lists.Load(list).Entries.Where(e => e[column] is not null).Select(e => e.Key).ToList();

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
