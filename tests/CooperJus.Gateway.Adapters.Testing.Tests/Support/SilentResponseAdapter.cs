using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Adapters.Testing.Tests.Support;

/// <summary>A mutant: a real response adapter whose response renders report nothing, the way a careless writer would drop fields.</summary>
internal sealed class SilentResponseAdapter<TAdapter>(TAdapter inner) : ICountryAdapter, IResponseAdapter
    where TAdapter : ICountryAdapter, IResponseAdapter
{
    public AdapterDescriptor Descriptor => inner.Descriptor;

    public ResponseFormatDescriptor ResponseFormat => inner.ResponseFormat;

    public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default) => inner.Read(source, cancellationToken);

    public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output) => inner.Render(requests, output);

    public IEnumerable<ResponseRecordResult> ReadResponses(SourceFile source, CancellationToken cancellationToken = default) => inner.ReadResponses(source, cancellationToken);

    public RenderReport RenderResponses(IReadOnlyList<CooperationResponse> responses, Stream output) =>
        inner.RenderResponses(responses, output) with { Warnings = [] };
}
