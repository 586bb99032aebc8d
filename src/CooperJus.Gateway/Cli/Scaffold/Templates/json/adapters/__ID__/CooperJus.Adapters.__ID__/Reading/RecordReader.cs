using System.Text.Json;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.__ID__.Reading;

/// <summary>
/// Reads the __SYSTEM__ JSON export: UTF-8, either an object whose <c>requests</c> property is the array of requests or
/// the array itself; each request is an object of text (or number) properties. Fields are located by JSON pointer
/// (<c>/requests/3/case</c>). The document is parsed whole, so keep exports to the sizes the office sends.
/// </summary>
internal sealed class RecordReader
{
    private const string RequestsProperty = "requests";

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public IEnumerable<ReadItem> Read(SourceFile source, CancellationToken cancellationToken)
    {
        var file = new SourceLocation { File = source.Name, Line = 1, Path = "" };
        using var document = Parse(source, file, out var problem);
        if (document is null)
        {
            yield return ReadItem.Problem(problem!);
            yield break;
        }
        var (requests, path) = document.RootElement switch
        {
            { ValueKind: JsonValueKind.Array } root => (root, ""),
            { ValueKind: JsonValueKind.Object } root when root.TryGetProperty(RequestsProperty, out var array) && array.ValueKind == JsonValueKind.Array => (array, "/" + RequestsProperty),
            _ => (default, ""),
        };
        if (requests.ValueKind != JsonValueKind.Array)
        {
            yield return ReadItem.Problem(Problem.Error("json.structure", $"The document must be an array of requests or an object with a '{RequestsProperty}' array.", file));
            yield break;
        }
        var index = 0;
        foreach (var request in requests.EnumerateArray())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ReadItem.Of(ToRecord(source.Name, request, $"{path}/{index++}"));
        }
    }

    private static JsonDocument? Parse(SourceFile source, SourceLocation file, out Problem? problem)
    {
        problem = null;
        try
        {
            using var stream = source.OpenRead();
            return JsonDocument.Parse(stream, Options);
        }
        catch (JsonException e)
        {
            var where = file with { Line = (e.LineNumber ?? 0) + 1, Path = e.Path ?? "" };
            problem = IsBlank(source)
                ? Problem.Error("json.empty", "The file is empty: it holds no JSON document.", where)
                : Problem.Error("json.malformed", $"The file is not well-formed JSON: {e.Message}", where);
            return null;
        }
    }

    private static bool IsBlank(SourceFile source)
    {
        using var stream = source.OpenRead();
        for (var b = stream.ReadByte(); b >= 0; b = stream.ReadByte())
            if (b is not (' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF)) return false;
        return true;
    }

    private static NationalRecord ToRecord(string file, JsonElement request, string path)
    {
        var start = new SourceLocation { File = file, Path = path };
        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var problems = new List<Problem>();
        if (request.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Problem.Error("json.structure", "A request must be a JSON object.", start));
            return new NationalRecord(start, fields, request.GetRawText(), problems);
        }
        foreach (var property in request.EnumerateObject())
        {
            var at = start with { Path = $"{path}/{property.Name}", Field = property.Name };
            if (!NationalFields.IsKnown(property.Name))
                problems.Add(Problem.Warning("json.unknown-property", $"Property '{property.Name}' is not one the adapter reads; it is ignored.", at));
            else if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null)
                fields[property.Name] = at with { Value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.ValueKind == JsonValueKind.Null ? null : property.Value.GetRawText() };
            else
                problems.Add(Problem.Error("json.type", $"Property '{property.Name}' must be a text, not {property.Value.ValueKind.ToString().ToLowerInvariant()}.", at with { Value = property.Value.GetRawText() }));
        }
        return new NationalRecord(start, fields, request.GetRawText(), problems);
    }
}
