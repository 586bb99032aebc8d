using CooperJus.Gateway.Core;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Versions;

/// <summary>
/// A national adapter, compiled at test time, whose "national format" is the canonical request itself (one JSON file,
/// one request) and whose rendering writes canonical JSON. The version tests send exactly the v2 document they mean to
/// (a hearing by videoconference, a person's sex) without depending on any country's format.
/// </summary>
internal static class CanonicalFixtureAdapter
{
    public const string Id = "CJ";

    private const string Source = """
        using System.Collections.Generic;
        using System.IO;
        using System.Threading;
        using CooperJus.Gateway.Sdk;
        using CooperJus.Gateway.Sdk.Adapters;
        using CooperJus.Gateway.Sdk.Model;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        namespace FixtureCJ;
        public sealed class CanonicalAdapter : ICountryAdapter
        {
            // The canonical naming, as any adapter would write it: adapters do not get the host's CanonicalJson.
            private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
            {
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
            };
            public CanonicalAdapter(AdapterContext context) { }
            public AdapterDescriptor Descriptor { get; } = new()
            {
                Id = "CJ", Version = "0.0.1", Country = "PE", DisplayName = "canonical JSON (test fixture)", SourceFormat = "canonical-json",
                MediaType = "application/json", FilePatterns = ["*.json"],
            };
            public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default)
            {
                using var reader = new StreamReader(source.OpenRead());
                var text = reader.ReadToEnd();
                var request = JsonSerializer.Deserialize<CooperationRequest>(text, Options)!;
                yield return new RecordResult { RecordId = request.Provenance.RecordId, Request = request, OriginalText = text };
            }
            public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output)
            {
                using var writer = new StreamWriter(output, leaveOpen: true);
                foreach (var request in requests) writer.WriteLine(JsonSerializer.Serialize(request, Options));
                return new RenderReport { RequestsWritten = requests.Count };
            }
        }
        """;

    /// <summary>Compiles the adapter into <paramref name="root"/>/CJ; <paramref name="root"/> is then an <c>Adapters:Path</c>.</summary>
    public static string CompileInto(string root)
    {
        PluginCompiler.Compile(Path.Combine(root, Id), "Fixture.CJ", Source);
        return root;
    }
}
