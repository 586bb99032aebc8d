using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Adapters.UY.Tests.Support;

/// <summary>The adapter under test, with its own code lists and a fixed clock, and helpers to read lines and files.</summary>
internal static class Uruguay
{
    private static readonly Lazy<UruguayAdapter> Shared = new(() =>
        new UruguayAdapter(new AdapterContext(AdapterFolder, new CodeListSource(Path.Combine(AdapterFolder, "codelists")),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), FixedClock.Golden)));

    public static UruguayAdapter Adapter => Shared.Value;

    public static string AdapterFolder => Path.Combine(RepositoryRoot.Path, "adapters", "UY", "CooperJus.Adapters.UY");

    public static string Sample(string name) => Path.Combine(RepositoryRoot.Samples("UY"), name);

    public static List<RecordResult> ReadBytes(byte[] content, string name = "sippau_solicitudes_test.jsonl") =>
        [.. Adapter.Read(SourceFile.FromBytes(name, content))];

    public static List<RecordResult> ReadLines(params string[] lines) => ReadBytes(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

    public static List<ResponseRecordResult> ReadResponseLines(params string[] lines) =>
        [.. Adapter.ReadResponses(SourceFile.FromBytes("sippau_respuestas_test.jsonl", Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")))];

    /// <summary>A valid solicitud, as a JSON object a test changes before writing it as a line.</summary>
    public static JsonObject Solicitud() => new()
    {
        ["numeroSolicitud"] = "CI-0500/2024",
        ["numeroCaso"] = "45001/2024",
        ["fiscalia"] = "Fiscalía Penal de Montevideo de Delitos Económicos y Complejos de 1er Turno",
        ["fechaHora"] = "2024-09-02T10:00:00-03:00",
        ["paisRequerido"] = "España",
        ["hechos"] = "Transferencias a una cuenta en Madrid.",
        ["personas"] = new JsonArray(new JsonObject
        {
            ["id"] = "P1",
            ["calidad"] = "IMPUTADO",
            ["primerNombre"] = "María",
            ["segundoNombre"] = "del Carmen",
            ["primerApellido"] = "Núñez",
            ["segundoApellido"] = "Peña",
            ["documento"] = new JsonObject { ["tipo"] = "CI", ["numero"] = "1.234.567-2" },
            ["domicilio"] = new JsonObject { ["calle"] = "Rincón", ["numeroPuerta"] = "487", ["apartamento"] = "5", ["localidad"] = "Montevideo", ["departamento"] = "Montevideo" },
        }),
        ["empresas"] = new JsonArray(new JsonObject { ["id"] = "E1", ["razonSocial"] = "Comercial del Este S.A.", ["rut"] = "21-100342-001-7" }),
        ["cuentas"] = new JsonArray(new JsonObject { ["id"] = "C1", ["numeroCuenta"] = "001-0534871-00001", ["titulares"] = new JsonArray("E1"), ["saldo"] = "U$S 25.000" }),
        ["medidas"] = new JsonArray(new JsonObject { ["codigo"] = "INFORMACION_BANCARIA", ["afectados"] = new JsonArray("C1") }),
    };

    public static string Line(JsonObject solicitud) => solicitud.ToJsonString();
}
