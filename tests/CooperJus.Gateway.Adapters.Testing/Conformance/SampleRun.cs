using CooperJus.Gateway.Core.Translation;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>A good sample and what translating it gave.</summary>
internal sealed record SampleRun(string File, IReadOnlyList<TranslationOutcome> Outcomes)
{
    public IEnumerable<TranslationOutcome> Accepted => Outcomes.Where(o => o.IsAccepted);
}
