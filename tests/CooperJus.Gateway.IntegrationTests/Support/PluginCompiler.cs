using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Adapters;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CooperJus.Gateway.IntegrationTests.Support;

/// <summary>
/// Compiles small adapter plugins at test time with Roslyn, with a .deps.json as the SDK would write, so the tests can
/// build every kind of broken plugin (throwing constructor, missing dependency, other SDK version) for real.
/// </summary>
public static class PluginCompiler
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Framework = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList());

    public static string HostSdkPath => typeof(ICountryAdapter).Assembly.Location;

    /// <summary>Compiles <paramref name="source"/> into <paramref name="folder"/>/<paramref name="name"/>.dll with a deps.json naming <paramref name="dependencies"/>.</summary>
    public static string Compile(string folder, string name, string source, IEnumerable<string>? referencePaths = null, IEnumerable<string>? dependencies = null, bool writeDeps = true)
    {
        Directory.CreateDirectory(folder);
        var references = Framework.Value.Concat((referencePaths ?? [HostSdkPath]).Select(p => MetadataReference.CreateFromFile(p)));
        var compilation = CSharpCompilation.Create(name, [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var path = Path.Combine(folder, name + ".dll");
        var result = compilation.Emit(path);
        if (!result.Success)
            throw new InvalidOperationException("plugin did not compile: " + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        if (writeDeps) File.WriteAllText(Path.Combine(folder, name + ".deps.json"), DepsJson(name, dependencies ?? []));
        return path;
    }

    /// <summary>The source of a minimal adapter; <paramref name="constructorBody"/> runs in its constructor.</summary>
    public static string AdapterSource(string id, string constructorBody = "", string extraUsings = "") => $$"""
        using CooperJus.Gateway.Sdk.Adapters;
        using CooperJus.Gateway.Sdk.Model;
        {{extraUsings}}
        namespace Fixture{{id}};
        public sealed class FixtureAdapter : ICountryAdapter
        {
            public FixtureAdapter(AdapterContext context) { {{constructorBody}} }
            public AdapterDescriptor Descriptor { get; } = new()
            {
                Id = "{{id}}", Version = "0.0.1", Country = "{{id}}", DisplayName = "fixture", SourceFormat = "fixture",
                MediaType = "text/plain", FilePatterns = ["*.txt"],
            };
            public System.Collections.Generic.IEnumerable<RecordResult> Read(SourceFile source, System.Threading.CancellationToken cancellationToken = default) => [];
            public RenderReport Render(System.Collections.Generic.IReadOnlyList<CooperationRequest> requests, System.IO.Stream output) => new() { RequestsWritten = 0 };
        }
        """;

    private static string DepsJson(string name, IEnumerable<string> dependencies)
    {
        const string target = ".NETCoreApp,Version=v10.0";
        var deps = dependencies.ToList();
        var mainLibrary = new JsonObject
        {
            ["dependencies"] = new JsonObject(deps.Select(d => KeyValuePair.Create(d, (JsonNode?)"1.0.0"))),
            ["runtime"] = new JsonObject { [name + ".dll"] = new JsonObject() },
        };
        var targets = new JsonObject { [$"{name}/1.0.0"] = mainLibrary };
        var libraries = new JsonObject { [$"{name}/1.0.0"] = Library() };
        foreach (var dependency in deps)
        {
            targets[$"{dependency}/1.0.0"] = new JsonObject { ["runtime"] = new JsonObject { [dependency + ".dll"] = new JsonObject() } };
            libraries[$"{dependency}/1.0.0"] = Library();
        }
        return new JsonObject
        {
            ["runtimeTarget"] = new JsonObject { ["name"] = target, ["signature"] = "" },
            ["compilationOptions"] = new JsonObject(),
            ["targets"] = new JsonObject { [target] = targets },
            ["libraries"] = libraries,
        }.ToJsonString();
    }

    private static JsonObject Library() => new() { ["type"] = "project", ["serviceable"] = false, ["sha512"] = "" };
}
