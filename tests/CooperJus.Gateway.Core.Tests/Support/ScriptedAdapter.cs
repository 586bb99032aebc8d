using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Tests.Support;

/// <summary>An adapter that yields the results it is given, so core behaviour can be tested without any country.</summary>
public sealed class ScriptedAdapter(params RecordResult[] results) : ICountryAdapter
{
    public AdapterDescriptor Descriptor { get; } = new()
    {
        Id = "XX", Version = "1.0.0", Country = "PE", DisplayName = "scripted", SourceFormat = "scripted",
        MediaType = "text/plain", FilePatterns = ["scripted_*.txt"],
    };

    public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default) => results;

    public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output) => new() { RequestsWritten = requests.Count };
}
