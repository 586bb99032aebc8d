using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Benchmarks.Generic;

/// <summary>
/// Tells an export's shape from what the adapter declares (file patterns, then media type), and when that says
/// nothing usable, from the first bytes of a good sample; the sample also tells JSON from JSON Lines.
/// </summary>
internal static class ShapeDetection
{
    /// <summary>The shape of <paramref name="descriptor"/>'s files; <paramref name="sample"/> decides when the descriptor does not.</summary>
    public static SourceShape? Detect(AdapterDescriptor descriptor, string? sample)
    {
        var declared = FromPatterns(descriptor.FilePatterns) ?? FromMediaType(descriptor.MediaType);
        var content = sample is null ? null : FromContent(sample);
        // JSON Lines is often declared as plain JSON (*.json, application/json): the sample tells the two apart.
        if (declared is SourceShape.Json or SourceShape.JsonLines && content is SourceShape.Json or SourceShape.JsonLines) return content;
        return declared ?? content;
    }

    private static SourceShape? FromPatterns(IEnumerable<string> patterns)
    {
        var extensions = patterns.Select(p => Path.GetExtension(p).ToLowerInvariant()).Distinct().ToList();
        if (extensions.Count != 1) return null;
        return extensions[0] switch
        {
            ".jsonl" or ".ndjson" => SourceShape.JsonLines,
            ".json" => SourceShape.Json,
            ".xml" => SourceShape.Xml,
            ".csv" or ".tsv" => SourceShape.Csv,
            _ => null,
        };
    }

    private static SourceShape? FromMediaType(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim().ToLowerInvariant();
        if (type is "application/jsonl" or "application/x-ndjson" or "application/x-jsonlines" or "application/jsonlines" or "application/json-seq") return SourceShape.JsonLines;
        if (type is "application/json" || type.EndsWith("+json", StringComparison.Ordinal)) return SourceShape.Json;
        if (type is "application/xml" or "text/xml" || type.EndsWith("+xml", StringComparison.Ordinal)) return SourceShape.Xml;
        if (type is "text/csv" or "text/tab-separated-values") return SourceShape.Csv;
        return null;
    }

    /// <summary>'&lt;' is XML; a JSON value that ends on its first line with more lines after it is JSON Lines; '{' or '[' otherwise is JSON.</summary>
    private static SourceShape? FromContent(string path)
    {
        var lines = Generation.SampleText.Read(path).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0) return null;
        var first = lines[0];
        if (first.StartsWith('<')) return SourceShape.Xml;
        if (first.StartsWith('{') || first.StartsWith('['))
            return lines.Count > 1 && IsCompleteJson(first) ? SourceShape.JsonLines : SourceShape.Json;
        return first.Contains(';', StringComparison.Ordinal) || first.Contains(',', StringComparison.Ordinal) || first.Contains('\t', StringComparison.Ordinal)
            ? SourceShape.Csv
            : null;
    }

    private static bool IsCompleteJson(string line)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(line);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
