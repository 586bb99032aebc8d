using System.Text;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Adapters.ES.Tests.Support;

/// <summary>The adapter under test, with its own code lists and a fixed clock, and helpers to read files and text.</summary>
internal static class Spain
{
    public static readonly DateTimeOffset Now = new(2024, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<SpainAdapter> Shared = new(Create);

    public static SpainAdapter Adapter => Shared.Value;

    public static SpainAdapter Create() =>
        new(new AdapterContext(Paths.AdapterFolder, new CodeListSource(Path.Combine(Paths.AdapterFolder, "codelists")),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), new FakeTimeProvider(Now)));

    public static List<RecordResult> ReadFile(string path) => [.. Adapter.Read(SourceFile.FromPath(path))];

    public static List<RecordResult> ReadBytes(byte[] content, string name = "fortuny_test.xml") => [.. Adapter.Read(SourceFile.FromBytes(name, content))];

    public static List<ResponseRecordResult> ReadResponses(string path) => [.. Adapter.ReadResponses(SourceFile.FromPath(path))];

    public static List<ResponseRecordResult> ReadResponseText(string xml, string name = "fortuny-respuesta_test.xml") =>
        [.. Adapter.ReadResponses(SourceFile.FromBytes(name, Encoding.UTF8.GetBytes(xml)))];

    public static List<RecordResult> ReadText(string xml, string name = "fortuny_test.xml") => ReadBytes(Encoding.UTF8.GetBytes(xml), name);
}
