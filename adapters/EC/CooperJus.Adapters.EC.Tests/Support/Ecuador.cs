using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Adapters.EC.Tests.Support;

/// <summary>The adapter as the gateway creates it (the code lists of the repository, a fixed clock), and ways to feed it.</summary>
internal static class Ecuador
{
    public static EcuadorAdapter Adapter() =>
        new(new AdapterContext(AppContext.BaseDirectory, new CodeListSource(Path.Combine(RepositoryRoot.AdapterProject("EC"), "codelists")),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), FixedClock.Golden));

    public static List<RecordResult> Read(string json, string name = "siaf_solicitudes_test.json") => ReadBytes(Encoding.UTF8.GetBytes(json), name);

    public static List<RecordResult> ReadBytes(byte[] bytes, string name = "siaf_solicitudes_test.json") =>
        [.. Adapter().Read(SourceFile.FromBytes(name, bytes))];

    public static List<ResponseRecordResult> ReadResponses(string json) =>
        [.. Adapter().ReadResponses(SourceFile.FromBytes("siaf_respuestas_test.json", Encoding.UTF8.GetBytes(json)))];

    /// <summary>An export of the given solicitudes, with a valid header.</summary>
    public static string Export(params JsonObject[] solicitudes)
    {
        var array = new JsonArray();
        foreach (var solicitud in solicitudes) array.Add(solicitud);
        return new JsonObject
        {
            ["versionFormato"] = "1.0",
            ["sistema"] = "SIAF",
            ["fechaGeneracion"] = "2026-10-06T17:40:12-05:00",
            ["solicitudes"] = array,
        }.ToJsonString();
    }

    /// <summary>A small valid solicitud: one procesado with a cédula, one company with a RUC, one account, one diligencia.</summary>
    public static JsonObject Solicitud(string id = "SIAF-AI-2026-000900") => (JsonObject)JsonNode.Parse($$"""
        {
          "idSolicitud": "{{id}}",
          "noticiaDelDelito": "170101260900900",
          "fechaRegistro": "2026-10-05T11:20:00-05:00",
          "fiscalia": { "nombre": "Fiscalía Provincial de Pichincha" },
          "requerido": { "pais": "Perú" },
          "hechos": { "resumen": "Transferencias desde Lima justificadas con facturas falsas." },
          "delitos": [ { "articulo": "COIP-317" } ],
          "personas": [ { "id": "P1", "calidad": "PROCESADO", "nombres": "Juan Sebastián", "primerApellido": "Peñafiel", "segundoApellido": "Guamán",
                          "documentos": [ { "tipo": "CEDULA", "numero": "1712345675" } ] } ],
          "empresas": [ { "id": "E1", "calidad": "INVESTIGADA", "razonSocial": "Importadora Andina del Pacífico S.A.",
                          "documentos": [ { "tipo": "RUC", "numero": "1791234561001" } ] } ],
          "bienes": [ { "id": "B1", "tipo": "CUENTA_BANCARIA", "valor": "USD 12.500,50", "titulares": ["E1"], "cuenta": { "numero": "7654321" } } ],
          "diligencias": [ { "codigo": "INFORMACION_BANCARIA", "sujetos": ["B1"] } ]
        }
        """)!;

    public static JsonObject With(this JsonObject node, Action<JsonObject> change)
    {
        change(node);
        return node;
    }

    /// <summary>The rules of the errors of every result.</summary>
    public static List<string> ErrorRules(IEnumerable<RecordResult> results) =>
        [.. results.SelectMany(r => r.Problems).Where(p => p.IsError).Select(p => p.Rule)];
}
