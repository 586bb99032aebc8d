using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperJus.Adapters.BR.Tests.Support;

/// <summary>
/// Builds small Sistema Único exports for tests: a minimal valid pedido that each test changes through JSON
/// pointers, wrapped in the root header.
/// </summary>
internal sealed class PedidoFile
{
    public const string GeneratedAt = "2024-05-20T14:32:05-03:00";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<JsonObject> _pedidos = [];

    /// <summary>A minimal pedido that reads without any problem.</summary>
    public static JsonObject MinimalPedido(string id = "PGR-1/2024") => new()
    {
        ["idPedido"] = id,
        ["numeroProcedimento"] = "1.25.000.000001/2024-01",
        ["unidade"] = "Procuradoria da República no Paraná",
        ["paisRequerido"] = "Peru",
        ["resumoFatos"] = "Lavagem de dinheiro por meio de contas no exterior.",
    };

    /// <summary>A pedido with one of everything, reading without any problem.</summary>
    public static JsonObject FullPedido(string id = "PGR-2/2024") => (JsonObject)JsonNode.Parse($$"""
        {
          "idPedido": "{{id}}",
          "numeroProcedimento": "1.25.000.004512/2023-17",
          "numeroProcessoJudicial": "5012345-07.2023.4.04.7000",
          "unidade": "Procuradoria da República no Paraná",
          "membro": { "nome": "Luísa Helena Conceição Drummond", "cargo": "Procuradora da República", "email": "luisa@mpf.mp.br", "telefone": "+55 41 3219-8700" },
          "paisRequerido": "Espanha",
          "autoridadeRequerida": "Ministerio de Justicia",
          "fundamentos": ["CONVENCAO_MERIDA", "MLAT_BR_ES"],
          "urgencia": "URGENTE",
          "urgenciaMotivo": "Risco de dissipação.",
          "prazoResposta": "2024-07-01",
          "sigilo": true,
          "crimes": [ { "diploma": "Lei 9.613/1998", "artigo": "1º", "descricao": "Lavagem de dinheiro", "penaMaxima": "reclusão de 3 a 10 anos e multa" } ],
          "resumoFatos": "Compra de imóvel em Madri com recursos de propina.",
          "periodoFatos": { "inicio": "2021-01-15", "fim": "2021-06-30" },
          "diligencias": [ {
            "tipo": "BLOQUEIO_BENS", "descricao": "Bloqueio do imóvel.", "finalidade": "Assegurar o futuro confisco.", "alvos": ["B1", "E1"],
            "ordem": { "tipo": "DECISAO_JUDICIAL", "orgao": "13ª Vara Federal de Curitiba", "numero": "5012345-07.2023.4.04.7000", "data": "2024-04-30", "anexo": "decisao_bloqueio.pdf" },
            "formalidades": "Comunicar o bloqueio ao registro de imóveis.", "prazo": "2024-06-28"
          } ],
          "envolvidos": [ {
            "id": "E1", "papel": "INVESTIGADO", "nomeCompleto": "Helena Vasconcelos Bittencourt", "sexo": "FEMININO", "cpf": "631.749.285-91",
            "passaporte": { "numero": "GB731408", "pais": "BRA" }, "dataNascimento": "1971-12-22", "naturalidade": "Curitiba/PR", "paisNascimento": "Brasil",
            "nacionalidade": "brasileira", "idiomas": ["português", "espanhol"], "necessitaInterprete": false, "menor": false, "situacaoPrisional": "SOLTO",
            "endereco": { "logradouro": "Calle de Serrano", "numero": "84", "complemento": "4º B", "bairro": "Salamanca", "cidade": "Madrid", "cep": "28006", "pais": "Espanha" }
          } ],
          "empresas": [ { "id": "PJ1", "razaoSocial": "Vale Azul Consultoria Ltda.", "cnpj": "34.567.891/0001-84", "papel": "INVESTIGADO", "responsabilidade": "ADMINISTRATIVA" } ],
          "bens": [ {
            "id": "B1", "tipo": "IMOVEL", "descricao": "Apartamento.", "valor": "EUR 1.150.000,00", "titulares": ["E1"],
            "matricula": "Finca 48.213", "endereco": { "logradouro": "Calle de Serrano", "numero": "84", "cidade": "Madrid" }, "cartorio": "Registro de la Propiedad nº 1 de Madrid"
          } ],
          "anexos": [ {
            "arquivo": "decisao_bloqueio.pdf", "tipoMidia": "application/pdf", "sha256": "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08", "tamanho": 48213,
            "tipo": "DECISAO_JUDICIAL", "idioma": "português", "obtidoEm": "2024-04-30", "obtidoPor": "13ª Vara Federal de Curitiba", "via": "COPIA_AUTENTICADA",
            "lacre": "MPF-PR 0042", "cadeiaCustodia": [ { "data": "2024-05-02", "responsavel": "Secretaria da FT", "acao": "recebido" } ], "devolverAte": "2024-12-31"
          }, {
            "arquivo": "decisao_bloqueio_es.pdf", "tipoMidia": "application/pdf", "sha256": "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", "tamanho": 50112,
            "tipo": "TRADUCAO", "idioma": "es", "traducaoDe": "decisao_bloqueio.pdf"
          } ],
          "dataAssinatura": "2024-05-17",
          "canal": { "tipo": "AUTORIDADE_CENTRAL", "instrumento": "Convênio Brasil-Espanha (Decreto 6.681/2008), por meio do DRCI/MJSP" },
          "motivosUrgencia": ["DISSIPACAO_BENS", "RISCO_PERECIMENTO_PROVA"],
          "prazoRespostaMotivo": "Audiência de instrução designada para julho.",
          "sigiloMotivo": "Segredo de justiça decretado nos autos.",
          "duplaIncriminacao": "A lavagem de dinheiro é crime na Espanha (Código Penal, art. 301)."
        }
        """)!;

    public PedidoFile Add(JsonObject pedido)
    {
        _pedidos.Add(pedido);
        return this;
    }

    /// <summary>The export as indented JSON text.</summary>
    public string ToJson()
    {
        var root = new JsonObject
        {
            ["versaoLeiaute"] = "2.1",
            ["sistema"] = "UNICO",
            ["geradoEm"] = GeneratedAt,
            ["pedidos"] = new JsonArray([.. _pedidos.Select(p => p.DeepClone())]),
        };
        return root.ToJsonString(Indented);
    }

    /// <summary>One pedido changed by <paramref name="change"/>, as an export.</summary>
    public static string With(JsonObject pedido, Action<JsonObject> change)
    {
        change(pedido);
        return new PedidoFile().Add(pedido).ToJson();
    }

    /// <summary>Sets (or, with null, removes) the value at a JSON pointer relative to <paramref name="pedido"/>.</summary>
    public static void Set(JsonObject pedido, string pointer, JsonNode? value)
    {
        var parts = pointer.TrimStart('/').Split('/');
        JsonNode parent = pedido;
        foreach (var part in parts[..^1]) parent = parent is JsonArray array ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]! : parent[part]!;
        var last = parts[^1];
        if (parent is JsonArray list) list[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
        else if (value is null) ((JsonObject)parent).Remove(last);
        else parent[last] = value;
    }
}
