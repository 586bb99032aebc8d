using System.Collections;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.ES.Responses;

/// <summary>
/// The warnings of one response being rendered, in the SDK's render vocabulary: canonical content the Fortuny response
/// format cannot carry (<see cref="RenderRules.NotCarried"/>) and content it carries differently, so that reading the
/// file back gives something else (<see cref="RenderRules.Altered"/>). Each names the canonical path; the message names
/// the response.
/// </summary>
internal sealed class ResponseRenderNotes
{
    public const string NotCarriedRule = RenderRules.NotCarried;
    public const string AlteredRule = RenderRules.Altered;

    private readonly int _index;
    private readonly string _requestId;
    private readonly List<Problem> _sink;
    private readonly string _noun;

    /// <param name="index">Position of the document in the rendered list, from 0.</param>
    /// <param name="requestId">The document's id: a request id, or a response id.</param>
    /// <param name="sink">Where the warnings go.</param>
    /// <param name="noun">What the document is, to name it in messages (<c>Request</c>, <c>Response</c>).</param>
    public ResponseRenderNotes(int index, string requestId, List<Problem> sink, string noun = "Request")
    {
        _index = index;
        _requestId = requestId;
        _sink = sink;
        _noun = noun;
    }

    public void NotCarried(string path, string why) =>
        _sink.Add(Problem.Warning(NotCarriedRule, $"{_noun} {_index + 1} ({_requestId}): {path} {why}", canonicalPath: path));

    /// <summary>Reports <paramref name="path"/> as not carried when <paramref name="value"/> is present (not null, not an empty list).</summary>
    public void NotCarriedIfPresent(string path, object? value, string why)
    {
        if (value is null || (value is IEnumerable items and not string && !items.Cast<object>().Any())) return;
        NotCarried(path, why);
    }

    public void Altered(string path, string how) =>
        _sink.Add(Problem.Warning(AlteredRule, $"{_noun} {_index + 1} ({_requestId}): {path} {how}", canonicalPath: path));
}
