using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.BR.Rendering;

/// <summary>What rendering could not carry into the layout, one warning per canonical field, naming the request.</summary>
internal sealed class RenderNotes
{
    private readonly List<Problem> _warnings = [];
    private string _requestId = "";

    public IReadOnlyList<Problem> Warnings => _warnings;

    /// <summary>Names the request the next notes are about.</summary>
    public void Begin(string requestId) => _requestId = requestId;

    /// <summary>A canonical value the layout has no place for: left out.</summary>
    public void NotCarried(string canonicalPath, string what) =>
        _warnings.Add(Problem.Warning("render.not-carried", $"Request {_requestId}: {what} has no place in the Sistema Único layout and was left out.", null, canonicalPath));

    /// <summary>A canonical value written as the nearest thing the layout has.</summary>
    public void Approximated(string canonicalPath, string what) =>
        _warnings.Add(Problem.Warning("render.approximated", $"Request {_requestId}: {what}", null, canonicalPath));
}
