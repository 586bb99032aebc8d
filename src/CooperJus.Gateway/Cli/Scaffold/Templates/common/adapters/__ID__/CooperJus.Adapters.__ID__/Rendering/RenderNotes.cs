using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.__ID__.Rendering;

/// <summary>
/// Keeps, for one request being written, which canonical fields the export carries, and reports every other filled
/// field as a warning: nothing is dropped silently, and a field the writer learns to carry stops being reported.
/// </summary>
internal sealed class RenderNotes
{
    /// <summary>Rule of a field the export cannot carry.</summary>
    public const string NotCarriedRule = "render.not-carried";

    /// <summary>Rule of a field the export carries differently, so that it reads back changed.</summary>
    public const string AlteredRule = "render.altered";

    private readonly CooperationRequest _request;
    private readonly string _label;
    private readonly List<Problem> _warnings;
    private readonly HashSet<string> _handled = new(StringComparer.Ordinal);

    public RenderNotes(CooperationRequest request, int index, List<Problem> warnings)
    {
        _request = request;
        _label = $"Request {index + 1} ({request.IssuingAuthority.RequestReference ?? request.RequestId})";
        _warnings = warnings;
    }

    /// <summary>The field at <paramref name="canonicalPath"/> (and everything under it) is written as it is.</summary>
    public void Written(string canonicalPath) => _handled.Add(canonicalPath);

    /// <summary>The field is written, but reads back as something else: says what.</summary>
    public void Altered(string canonicalPath, string what)
    {
        _handled.Add(canonicalPath);
        _warnings.Add(Problem.Warning(AlteredRule, $"{_label}: {canonicalPath} {what}", canonicalPath: canonicalPath));
    }

    /// <summary>The field is left out, for the reason given.</summary>
    public void NotCarried(string canonicalPath, string why)
    {
        _handled.Add(canonicalPath);
        _warnings.Add(Problem.Warning(NotCarriedRule, $"{_label}: {canonicalPath} is left out: {why}", canonicalPath: canonicalPath));
    }

    /// <summary>One warning for each filled field of the request that no call above accounted for.</summary>
    public void ReportWhatWasNotWritten()
    {
        var leaves = new List<string>();
        Collect(JsonNode.Parse(CanonicalJson.Serialize(_request)), "", leaves);
        foreach (var path in leaves.Where(p => !IsHandled(p)))
            _warnings.Add(Problem.Warning(NotCarriedRule, $"{_label}: {path} is left out: the __SYSTEM__ export has no field for it.", canonicalPath: path));
    }

    // The schema version and the provenance describe the document, not the request: a reader sets them again.
    private bool IsHandled(string path)
    {
        if (path == "/schemaVersion" || path.StartsWith("/provenance/", StringComparison.Ordinal)) return true;
        for (var prefix = path; prefix.Length > 0; prefix = prefix[..prefix.LastIndexOf('/')])
            if (_handled.Contains(prefix)) return true;
        return false;
    }

    private static void Collect(JsonNode? node, string path, List<string> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj) Collect(child, $"{path}/{name}", leaves);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Collect(array[i], $"{path}/{i}", leaves);
                break;
            case null:
                break;
            default:
                leaves.Add(path);
                break;
        }
    }
}
