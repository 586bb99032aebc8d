using System.Text;
using System.Text.Json;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.__ID__.Reading;

/// <summary>
/// Reads the __SYSTEM__ JSON Lines export: UTF-8, one request per line, each a JSON object of text (or number)
/// properties; blank lines are skipped. One line is read at a time, so an export of any size is read in bounded
/// memory, and a malformed line rejects that request only.
/// </summary>
internal sealed class RecordReader
{
    public IEnumerable<ReadItem> Read(SourceFile source, CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var any = false;
        for (var line = 1L; ; line++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = new SourceLocation { File = source.Name, Line = line };
            var content = Next(text, start, out var problem);
            if (problem is not null) yield return ReadItem.Problem(problem);
            if (content is null) break;
            if (string.IsNullOrWhiteSpace(content)) continue;
            any = true;
            yield return ReadItem.Of(ToRecord(start, content));
        }
        if (!any) yield return ReadItem.Problem(Problem.Error("jsonl.empty", "The file holds no request: every line is blank.", new SourceLocation { File = source.Name, Line = 1 }));
    }

    private static string? Next(StreamReader text, SourceLocation at, out Problem? problem)
    {
        problem = null;
        try
        {
            return text.ReadLine();
        }
        catch (DecoderFallbackException)
        {
            problem = Problem.Error("encoding.invalid", "The file is not UTF-8 from this line on; nothing more is read.", at);
            return null;
        }
    }

    private static NationalRecord ToRecord(SourceLocation start, string line)
    {
        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var problems = new List<Problem>();
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                problems.Add(Problem.Error("json.structure", "A request must be a JSON object on one line.", start));
            else
                foreach (var property in document.RootElement.EnumerateObject()) Field(start, property, fields, problems);
        }
        catch (JsonException e)
        {
            problems.Add(Problem.Error("json.malformed", $"The line is not well-formed JSON: {e.Message}", start));
        }
        return new NationalRecord(start, fields, line, problems);
    }

    private static void Field(SourceLocation start, JsonProperty property, Dictionary<string, SourceLocation> fields, List<Problem> problems)
    {
        var at = start with { Path = "/" + property.Name, Field = property.Name };
        if (!NationalFields.IsKnown(property.Name))
            problems.Add(Problem.Warning("json.unknown-property", $"Property '{property.Name}' is not one the adapter reads; it is ignored.", at));
        else if (property.Value.ValueKind == JsonValueKind.String)
            fields[property.Name] = at with { Value = property.Value.GetString() };
        else if (property.Value.ValueKind is JsonValueKind.Number or JsonValueKind.Null)
            fields[property.Name] = at with { Value = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value.GetRawText() };
        else
            problems.Add(Problem.Error("json.type", $"Property '{property.Name}' must be a text, not {property.Value.ValueKind.ToString().ToLowerInvariant()}.", at with { Value = property.Value.GetRawText() }));
    }
}
