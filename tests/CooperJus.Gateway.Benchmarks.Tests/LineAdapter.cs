using System.Text.Json;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Benchmarks.Tests;

/// <summary>
/// A JSON Lines adapter reduced to what the generic generator asks of one (there is no JSON Lines reference adapter
/// yet): its descriptor, and per line a record whose <c>/requestId</c> lineage names the line's <c>ref</c>.
/// </summary>
internal sealed class LineAdapter : ICountryAdapter
{
    public AdapterDescriptor Descriptor { get; } = new()
    {
        Id = "ZZ", Version = "1.0.0", Country = "ZZ", DisplayName = "test", SourceFormat = "zz-jsonl",
        MediaType = "application/jsonl", FilePatterns = ["zz_*.jsonl"],
    };

    public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(source.OpenRead());
        long line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Trim().Length == 0) continue;
            var reference = JsonDocument.Parse(text).RootElement.GetProperty("ref").GetString();
            var location = new SourceLocation { File = source.Name, Line = line, Field = "ref", Value = reference };
            yield return new RecordResult
            {
                RecordId = reference,
                Lineage = [new LineageEntry { CanonicalPath = "/requestId", Conversion = "request-id", Sources = [location] }],
            };
        }
    }

    public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output) => throw new NotSupportedException();
}
