using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>A good response sample and what reading it gave.</summary>
internal sealed record ResponseSampleRun(string File, IReadOnlyList<ResponseRecordResult> Results)
{
    public IEnumerable<ResponseRecordResult> Accepted => Results.Where(r => r.IsAccepted);
}
