using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Adapters.Testing.Tests.Support;

/// <summary>A mutant: a real adapter whose every record result is rewritten, the way a buggy adapter would produce it.</summary>
internal sealed class RewritingAdapter(ICountryAdapter inner, Func<RecordResult, RecordResult> rewrite, Func<RenderReport, RenderReport>? rewriteReport = null) : ICountryAdapter
{
    public AdapterDescriptor Descriptor => inner.Descriptor;

    public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default) =>
        inner.Read(source, cancellationToken).Select(rewrite);

    public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output)
    {
        var report = inner.Render(requests, output);
        return rewriteReport is null ? report : rewriteReport(report);
    }
}
