using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>Collects, for one response being written, the canonical content the SGF response CSV cannot carry or changes.</summary>
internal sealed class ResponseRenderNotes
{
    /// <summary>Rule of a field left out.</summary>
    public const string NotCarriedRule = "render.not-carried";

    /// <summary>Rule of a field written in a changed form.</summary>
    public const string AlteredRule = "render.altered";

    private readonly string _response;
    private readonly List<Problem> _warnings;

    public ResponseRenderNotes(CooperationResponse response, int index, List<Problem> warnings)
    {
        _response = $"Response {index + 1} ({response.ResponseId})";
        _warnings = warnings;
    }

    /// <summary>A value the CSV has no column for: left out.</summary>
    public void NoColumn(string canonicalPath, string what) =>
        _warnings.Add(Problem.Warning(NotCarriedRule, $"{_response}: the SGF response CSV has no column for {what}; it is left out.", canonicalPath: canonicalPath));

    /// <summary>A value written in a changed form.</summary>
    public void Altered(string canonicalPath, string what) =>
        _warnings.Add(Problem.Warning(AlteredRule, $"{_response}: {what}", canonicalPath: canonicalPath));
}
