using CooperJus.Gateway.Adapters.Testing;
using System.Text;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Tests.Support;

/// <summary>Reads SGF response exports (built from rows, or the samples under samples/PE/responses) and writes goldens.</summary>
internal static class ResponseFiles
{
    /// <summary>Every column of the response export, in the renderer's order.</summary>
    public static readonly string[] Columns =
    [
        "NRO_RESPUESTA", "ID_SOLICITUD", "ESTADO", "FECHA_RESPUESTA", "DEPENDENCIA", "DESPACHO", "FISCAL", "CARGO", "CORREO", "TELEFONO",
        "CARPETA_FISCAL", "MENSAJE", "LIMITACIONES_USO", "TIPO_FILA", "NRO_DILIGENCIA", "ESTADO_DILIGENCIA", "DETALLE_RESULTADO",
        "CAUSALES_DENEGACION", "APLAZADA_HASTA", "CONDICIONES", "INFORMACION_REQUERIDA", "DERIVADA_A", "PAIS_DERIVADA",
        "DILIGENCIA_SUSTITUTA", "COSTO", "COSTO_EXTRAORDINARIO", "COSTO_CONCEPTO", "ADJUNTOS_RESULTADO", "ARCHIVO", "TIPO_ARCHIVO",
        "HASH_SHA256", "TAMANO_BYTES", "TIPO_DOCUMENTO", "IDIOMA_DOCUMENTO", "TRADUCCION_DE", "FECHA_OBTENCION", "OBTENIDO_POR",
        "TIPO_COPIA", "NRO_PRECINTO", "DEVOLVER_HASTA",
    ];

    /// <summary>The id of a request the samples answer (Brazil's pedido PGR-00018734/2024 to Peru).</summary>
    public const string RequestId = "e6efa3ff-7fa0-85ae-b59d-dab7390e9887";

    public static string Samples => Path.Combine(RepositoryRoot.Path, "samples", "PE", "responses");

    public static string BadSamples => Path.Combine(Samples, "bad");

    public static string Expected => Path.Combine(Samples, "expected");

    /// <summary>The response-level cells of a valid acknowledgement; tests change what they are about.</summary>
    public static Dictionary<string, string> Acknowledgement() => new(StringComparer.Ordinal)
    {
        ["NRO_RESPUESTA"] = "SGF-R-2024-000451",
        ["ID_SOLICITUD"] = RequestId,
        ["ESTADO"] = "ACUSE_RECIBO",
        ["FECHA_RESPUESTA"] = "02/04/2024 09:15:00",
        ["DEPENDENCIA"] = "Fiscalía de la Nación",
    };

    /// <summary>The rows as one UTF-8 export with every column; each row is the response cells plus its own.</summary>
    public static string Build(Dictionary<string, string> response, params Dictionary<string, string>[] rows)
    {
        var text = new StringBuilder(string.Join(';', Columns)).Append("\r\n");
        foreach (var row in rows.Length == 0 ? [new Dictionary<string, string>()] : rows)
            text.Append(string.Join(';', Columns.Select(c => Quote(row.GetValueOrDefault(c) ?? response.GetValueOrDefault(c) ?? "")))).Append("\r\n");
        return text.ToString();
    }

    public static List<ResponseRecordResult> Read(string csv, PeruAdapter? adapter = null) =>
        ReadBytes(Encoding.UTF8.GetBytes(csv), "respuestas_test.csv", adapter);

    public static List<ResponseRecordResult> ReadBytes(byte[] content, string name, PeruAdapter? adapter = null) =>
        [.. (adapter ?? Pe.Adapter()).ReadResponses(SourceFile.FromBytes(name, content))];

    public static List<ResponseRecordResult> ReadSample(string fileName) =>
        [.. Pe.Adapter().ReadResponses(SourceFile.FromPath(Path.Combine(Samples, fileName)))];

    /// <summary>Reads the cells as one response and returns it accepted (any error fails the test).</summary>
    public static CooperationResponse Response(Dictionary<string, string> response, params Dictionary<string, string>[] rows)
    {
        var results = Read(Build(response, rows));
        Assert.That(results.SelectMany(r => r.Problems).Where(p => p.IsError).Select(p => p.ToString()), Is.Empty);
        Assert.That(results, Has.Count.EqualTo(1));
        return results[0].Response!;
    }

    /// <summary>The errors of reading the cells as one export.</summary>
    public static List<CooperJus.Gateway.Sdk.Diagnostics.Problem> Errors(Dictionary<string, string> response, params Dictionary<string, string>[] rows) =>
        [.. Read(Build(response, rows)).SelectMany(r => r.Problems).Where(p => p.IsError)];

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
