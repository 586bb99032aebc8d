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
          "crimes": [ { "diploma": "Lei 9.613/1998", "artigo": "1º", "descricao": "Lavagem de dinheiro" } ],
          "resumoFatos": "Compra de imóvel em Madri com recursos de propina.",
          "periodoFatos": { "inicio": "2021-01-15", "fim": "2021-06-30" },
          "diligencias": [ { "tipo": "BLOQUEIO_BENS", "descricao": "Bloqueio do imóvel.", "alvos": ["B1", "E1"] } ],
          "envolvidos": [ {
            "id": "E1", "papel": "INVESTIGADO", "nomeCompleto": "Helena Vasconcelos Bittencourt", "cpf": "631.749.285-91",
            "passaporte": { "numero": "GB731408", "pais": "BRA" }, "dataNascimento": "1971-12-22", "nacionalidade": "brasileira",
            "endereco": { "logradouro": "Calle de Serrano", "numero": "84", "complemento": "4º B", "bairro": "Salamanca", "cidade": "Madrid", "cep": "28006", "pais": "Espanha" }
          } ],
          "empresas": [ { "id": "PJ1", "razaoSocial": "Vale Azul Consultoria Ltda.", "cnpj": "34.567.891/0001-84", "papel": "INVESTIGADO" } ],
          "bens": [ {
            "id": "B1", "tipo": "IMOVEL", "descricao": "Apartamento.", "valor": "EUR 1.150.000,00", "titulares": ["E1"],
            "matricula": "Finca 48.213", "endereco": { "logradouro": "Calle de Serrano", "numero": "84", "cidade": "Madrid" }, "cartorio": "Registro de la Propiedad nº 1 de Madrid"
          } ]
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
