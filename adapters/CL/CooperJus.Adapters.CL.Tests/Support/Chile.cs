using System.Text;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Adapters.CL.Tests.Support;

/// <summary>The adapter under test, with its own code lists and a fixed clock, and helpers to read and render.</summary>
internal static class Chile
{
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<ChileAdapter> Shared = new(Create);

    public static ChileAdapter Adapter => Shared.Value;

    public static ChileAdapter Create() =>
        new(new AdapterContext(Paths.AdapterFolder, new CodeListSource(Path.Combine(Paths.AdapterFolder, "codelists")),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), new FakeTimeProvider(Now)));

    public static List<RecordResult> ReadFile(string path) => [.. Adapter.Read(SourceFile.FromPath(path))];

    public static List<RecordResult> ReadBytes(byte[] content, string name = "saf_solicitudes_test.xml") => [.. Adapter.Read(SourceFile.FromBytes(name, content))];

    public static List<RecordResult> ReadText(string xml, string name = "saf_solicitudes_test.xml") => ReadBytes(Encoding.UTF8.GetBytes(xml), name);

    /// <summary>The one request of <paramref name="solicitud"/>, which must be accepted.</summary>
    public static CooperationRequest Accepted(string solicitud)
    {
        var result = ReadText(SafXml.Document(solicitud)).Single();
        Assert.That(result.Problems.Where(p => p.IsError).Select(p => p.ToString()), Is.Empty);
        return result.Request!;
    }

    /// <summary>The rules of the errors reading <paramref name="solicitud"/> gives.</summary>
    public static List<string> ErrorRules(string solicitud) =>
        [.. ReadText(SafXml.Document(solicitud)).SelectMany(r => r.Problems).Where(p => p.IsError).Select(p => p.Rule)];

    public static List<ResponseRecordResult> ReadResponseText(string xml, string name = "saf_respuestas_test.xml") =>
        [.. Adapter.ReadResponses(SourceFile.FromBytes(name, Encoding.UTF8.GetBytes(xml)))];

    /// <summary>Renders <paramref name="requests"/> and reads the file back.</summary>
    public static (RenderReport Report, List<RecordResult> Reread, string Xml) RoundTrip(params CooperationRequest[] requests)
    {
        using var output = new MemoryStream();
        var report = Adapter.Render(requests, output);
        var bytes = output.ToArray();
        return (report, ReadBytes(bytes, "saf_solicitudes_roundtrip.xml"), Encoding.UTF8.GetString(bytes));
    }
}
