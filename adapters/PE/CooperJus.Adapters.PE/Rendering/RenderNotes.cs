using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Rendering;

/// <summary>Collects, for one request being written, the canonical content the SGF CSV cannot carry.</summary>
internal sealed class RenderNotes
{
    /// <summary>Rule id of every render warning.</summary>
    public const string Rule = "render.not-carried";

    private readonly string _request;
    private readonly List<Problem> _warnings;

    public RenderNotes(CooperationRequest request, int index, List<Problem> warnings)
    {
        _request = $"Request {index + 1} ({request.IssuingAuthority.RequestReference ?? request.RequestId})";
        _warnings = warnings;
    }

    /// <summary>Reports that <paramref name="what"/> at <paramref name="canonicalPath"/> is left out or changed.</summary>
    public void NotCarried(string canonicalPath, string what) =>
        _warnings.Add(Problem.Warning(Rule, $"{_request}: {what}", canonicalPath: canonicalPath));

    /// <summary>Reports a value the SGF CSV has no column for.</summary>
    public void NoColumn(string canonicalPath, string what) => NotCarried(canonicalPath, $"the SGF CSV has no column for {what}; it is left out.");
}
