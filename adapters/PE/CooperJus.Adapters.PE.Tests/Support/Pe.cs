using System.Text;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Adapters.PE.Tests.Support;

/// <summary>Creates the adapter under test with its real code lists and a fixed clock, and finds the samples.</summary>
internal static class Pe
{
    /// <summary>The instant every test reads at: after the facts of the samples, before their deadlines.</summary>
    public static readonly DateTimeOffset Now = new(2025, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public static string Root { get; } = RepositoryRoot.Path;

    public static string CodeListDirectory => Path.Combine(Root, "adapters", "PE", "CooperJus.Adapters.PE", "codelists");

    public static string Samples => Path.Combine(Root, "samples", "PE");

    public static string BadSamples => Path.Combine(Samples, "bad");

    public static PeruAdapter Adapter(IDictionary<string, string>? settings = null, TimeProvider? clock = null) =>
        new(Context(settings, clock));

    public static AdapterContext Context(IDictionary<string, string>? settings = null, TimeProvider? clock = null, string? codeLists = null) =>
        new(Root, new CodeListSource(codeLists ?? CodeListDirectory),
            new Dictionary<string, string>(settings ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase),
            clock ?? new FixedClock(Now));

    /// <summary>Reads <paramref name="csv"/> written as UTF-8 without BOM, enumerating every result.</summary>
    public static List<RecordResult> Read(string csv, string name = "solicitudes_test.csv") => ReadBytes(Encoding.UTF8.GetBytes(csv), name);

    public static List<RecordResult> ReadBytes(byte[] content, string name = "solicitudes_test.csv", PeruAdapter? adapter = null) =>
        [.. (adapter ?? Adapter()).Read(SourceFile.FromBytes(name, content))];

    public static List<RecordResult> ReadSample(string fileName, PeruAdapter? adapter = null) =>
        [.. (adapter ?? Adapter()).Read(SourceFile.FromPath(Path.Combine(Samples, fileName)))];
}
