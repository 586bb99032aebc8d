using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Tests.Support;

/// <summary>Reads respostas files (built from JSON objects, or the samples under samples/BR/responses) and writes goldens.</summary>
internal static class RespostaFiles
{
    /// <summary>The id of a request the samples answer (Peru's SGF-2024-000215 to Brazil).</summary>
    public const string RequestId = "58025528-387c-8f0d-a8c9-713c9516e8b6";

    public static string Folder => Path.Combine(Samples.Directory, "responses");

    public static string BadFolder => Path.Combine(Folder, "bad");

    public static string Expected => Path.Combine(Folder, "expected");

    /// <summary>A valid acknowledgement; tests change what they are about.</summary>
    public static JsonObject Acknowledgement() => new()
    {
        ["idResposta"] = "PGR-R-00031001/2024",
        ["idPedidoCanonico"] = RequestId,
        ["situacao"] = "RECEBIDO",
        ["dataResposta"] = "2024-04-03T10:12:00-03:00",
        ["unidade"] = "Procuradoria-Geral da República",
    };

    /// <summary>A respostas file holding <paramref name="respostas"/>, indented as the export writes it.</summary>
    public static string File(params JsonObject[] respostas) =>
        new JsonObject
        {
            ["versaoLeiaute"] = "2.1",
            ["sistema"] = "UNICO",
            ["geradoEm"] = "2024-07-15T18:00:00-03:00",
            ["respostas"] = new JsonArray([.. respostas]),
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static List<ResponseRecordResult> Read(string json) => ReadBytes(Encoding.UTF8.GetBytes(json), "respostas_test.json");

    public static List<ResponseRecordResult> ReadBytes(byte[] content, string name) =>
        [.. TestAdapter.Create().ReadResponses(SourceFile.FromBytes(name, content))];

    public static List<ResponseRecordResult> ReadSample(string fileName) =>
        [.. TestAdapter.Create().ReadResponses(SourceFile.FromPath(Path.Combine(Folder, fileName)))];

    /// <summary>Reads one resposta and returns it accepted (any error fails the test).</summary>
    public static CooperationResponse Response(JsonObject resposta)
    {
        var results = Read(File(resposta));
        Assert.That(results.SelectMany(r => r.Problems).Where(p => p.IsError).Select(p => p.ToString()), Is.Empty);
        return results.Single().Response!;
    }

    /// <summary>The errors of reading one resposta.</summary>
    public static List<Problem> Errors(JsonObject resposta) => [.. Read(File(resposta)).SelectMany(r => r.Problems).Where(p => p.IsError)];
}
