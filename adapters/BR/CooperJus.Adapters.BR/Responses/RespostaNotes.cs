using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.BR.Responses;

/// <summary>What writing respostas could not carry into the layout, one warning per canonical field, naming the response.</summary>
internal sealed class RespostaNotes
{
    private readonly List<Problem> _warnings = [];
    private string _responseId = "";

    public IReadOnlyList<Problem> Warnings => _warnings;

    /// <summary>Names the response the next notes are about.</summary>
    public void Begin(string responseId) => _responseId = responseId;

    /// <summary>A canonical value the layout has no place for: left out.</summary>
    public void NotCarried(string canonicalPath, string what) =>
        _warnings.Add(Problem.Warning("render.not-carried", $"Response {_responseId}: {what} has no place in the Sistema Único respostas layout and was left out.", null, canonicalPath));

    /// <summary>A canonical value written otherwise than it came, so that it reads back changed.</summary>
    public void Altered(string canonicalPath, string what) =>
        _warnings.Add(Problem.Warning("render.altered", $"Response {_responseId}: {what}.", null, canonicalPath));
}
