using System.Globalization;
using System.Text.Json;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Rendering;

/// <summary>
/// The working state of one canonical request (or response) while an adapter writes it in the national format: the warnings of the
/// <see cref="RenderRules"/> vocabulary, each naming the canonical path, the request and the value. When the adapter is
/// done, <see cref="Complete"/> adds a <see cref="RenderRules.NotCarried"/> warning for every non-empty field that the
/// adapter neither declared as carried nor warned about, so no field can be dropped silently.
/// </summary>
/// <remarks>
/// The paths are JSON pointers into the request's canonical document, written with the SDK's canonical options
/// (<see cref="CanonicalSerializerOptions"/>): camelCase names, kebab-case codes, nulls left out. A warning about a path covers
/// everything under it (<c>/assets/3</c> covers <c>/assets/3/bankAccount/accountNumber</c>). The fields that describe
/// the document rather than the request (<c>/schemaVersion</c>, <c>/provenance</c>) are never reported: reading a
/// national file gives its own. A second warning with the rule and path of an earlier one is not recorded.
/// </remarks>
/// <example>
/// <code>
/// var scope = new RenderScope(request, index, "the SGF CSV", Carried);
/// if (request.Facts.Period is { End: null }) scope.Altered("/facts/period", "an open-ended period is written as its first day.");
/// ...
/// warnings.AddRange(scope.Complete());
/// </code>
/// </example>
public sealed class RenderScope
{
    private const int MaxValueLength = 120;

    private readonly JsonElement _document;
    private readonly CarriedPaths _carried;
    private readonly string _formatName;
    private readonly string _prefix;
    private readonly List<Problem> _warnings = [];
    private bool _completed;

    /// <summary>Starts rendering <paramref name="request"/>, the <paramref name="index"/>th (from 0) of the file.</summary>
    /// <param name="request">The request being written.</param>
    /// <param name="index">Its position among the requests of the file, from 0; messages count from 1.</param>
    /// <param name="formatName">The national format as a clerk names it, for messages (<c>the SGF CSV</c>).</param>
    /// <param name="carried">The fields the format carries.</param>
    public RenderScope(CooperationRequest request, int index, string formatName, CarriedPaths carried)
        : this(JsonSerializer.SerializeToElement(request ?? throw new ArgumentNullException(nameof(request)), CanonicalSerializerOptions.Compact),
            string.Create(CultureInfo.InvariantCulture, $"Request {index + 1} ({request.RequestId})"), formatName, carried)
    {
    }

    /// <summary>
    /// Starts rendering <paramref name="response"/>, the <paramref name="index"/>th (from 0) of a national response file
    /// (<see cref="Adapters.IResponseAdapter.RenderResponses"/>): the same vocabulary and the same safety net as for requests.
    /// </summary>
    /// <param name="response">The response being written.</param>
    /// <param name="index">Its position among the responses of the file, from 0; messages count from 1.</param>
    /// <param name="formatName">The national response format as a clerk names it, for messages.</param>
    /// <param name="carried">The fields the format carries.</param>
    public RenderScope(CooperationResponse response, int index, string formatName, CarriedPaths carried)
        : this(JsonSerializer.SerializeToElement(response ?? throw new ArgumentNullException(nameof(response)), CanonicalSerializerOptions.Compact),
            string.Create(CultureInfo.InvariantCulture, $"Response {index + 1} ({response.ResponseId})"), formatName, carried)
    {
    }

    private RenderScope(JsonElement document, string prefix, string formatName, CarriedPaths carried)
    {
        ArgumentException.ThrowIfNullOrEmpty(formatName);
        ArgumentNullException.ThrowIfNull(carried);
        _carried = carried;
        _formatName = formatName;
        _prefix = prefix;
        _document = document;
    }

    /// <summary>The warnings recorded so far, in order.</summary>
    public IReadOnlyList<Problem> Warnings => _warnings;

    /// <summary>True when the request has a non-empty value at <paramref name="canonicalPath"/> (a blank string, an empty list or an object of empty fields is no value).</summary>
    public bool IsPresent(string canonicalPath)
    {
        ArgumentNullException.ThrowIfNull(canonicalPath);
        return CanonicalLeaves.Find(_document, canonicalPath) is { } value && CanonicalLeaves.IsPresent(value);
    }

    /// <summary>
    /// Reports (<see cref="RenderRules.NotCarried"/>) that the value at <paramref name="canonicalPath"/> is left out;
    /// <paramref name="reason"/> says why, as a sentence (<c>Fortuny names the requested State only.</c>).
    /// </summary>
    public void NotCarried(string canonicalPath, string reason) =>
        Add(RenderRules.NotCarried, canonicalPath, $"is not carried: {reason}");

    /// <summary>Like <see cref="NotCarried"/>, only when the request has a value at <paramref name="canonicalPath"/> (see <see cref="IsPresent"/>).</summary>
    public void NotCarriedIfPresent(string canonicalPath, string reason)
    {
        if (IsPresent(canonicalPath)) NotCarried(canonicalPath, reason);
    }

    /// <summary>
    /// Reports (<see cref="RenderRules.Altered"/>) that the value at <paramref name="canonicalPath"/> is written in a
    /// changed form; <paramref name="how"/> says how, and what reading the file back gives.
    /// </summary>
    public void Altered(string canonicalPath, string how) =>
        Add(RenderRules.Altered, canonicalPath, $"is altered: {how}");

    /// <summary>
    /// Reports (<see cref="RenderRules.RequiredMissing"/>) that the format requires a value at
    /// <paramref name="canonicalPath"/> and the request has none; <paramref name="consequence"/> says what the national
    /// system will do with the file.
    /// </summary>
    public void RequiredMissing(string canonicalPath, string consequence) =>
        Add(RenderRules.RequiredMissing, canonicalPath, $"is required: {consequence}");

    /// <summary>
    /// Ends the request: adds a <see cref="RenderRules.NotCarried"/> warning for every non-empty field (leaf) of the
    /// request that the declared <see cref="CarriedPaths"/> do not cover and no warning names (itself or an ancestor),
    /// and returns every warning of the request. Calling it again returns the same warnings.
    /// </summary>
    public IReadOnlyList<Problem> Complete()
    {
        if (_completed) return _warnings;
        _completed = true;
        var warned = _warnings.Select(w => w.CanonicalPath!).ToList();
        foreach (var (pointer, value) in CanonicalLeaves.Of(_document))
        {
            if (_carried.Carries(pointer) || warned.Exists(path => Covers(path, pointer))) continue;
            _warnings.Add(Warning(RenderRules.NotCarried, pointer, value, $"is not carried: {_formatName} has no place for it; it is left out."));
        }
        return _warnings;
    }

    private void Add(string rule, string canonicalPath, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(canonicalPath);
        ArgumentException.ThrowIfNullOrEmpty(text);
        if (_completed) throw new InvalidOperationException("The render scope is complete: warnings are recorded before Complete.");
        if (_warnings.Exists(w => w.Rule == rule && w.CanonicalPath == canonicalPath)) return;
        _warnings.Add(Warning(rule, canonicalPath, CanonicalLeaves.Find(_document, canonicalPath), text));
    }

    private Problem Warning(string rule, string canonicalPath, JsonElement? value, string text) =>
        Problem.Warning(rule, $"{_prefix}: {canonicalPath} {Describe(value)} {text}", canonicalPath: canonicalPath);

    /// <summary>The value as canonical JSON, shortened: enough for a clerk to find it in the request.</summary>
    private static string Describe(JsonElement? value)
    {
        if (value is not { } element || !CanonicalLeaves.IsPresent(element)) return "(empty)";
        var text = element.GetRawText();
        if (text.Length <= MaxValueLength) return $"({text})";
        var cut = char.IsHighSurrogate(text[MaxValueLength - 1]) ? MaxValueLength - 1 : MaxValueLength;
        return $"({text[..cut]}…)";
    }

    private static bool Covers(string warnedPath, string pointer) =>
        pointer.StartsWith(warnedPath, StringComparison.Ordinal) && (pointer.Length == warnedPath.Length || pointer[warnedPath.Length] == '/');
}
