using System.Globalization;
using System.Text.Json;

namespace CooperJus.Gateway.Web;

/// <summary>
/// Reads the lineage JSON recorded beside a canonical document into table rows, defensively: the shape written by
/// translation (<c>{requestId, sourceFile, entries: [{canonicalPath, sources: [{file, row, line, path, field, value}],
/// conversion}]}</c>), a bare array of entries, a map from canonical path to entry, short property names of a more
/// compact form, and the file named once for the whole document. What it does not recognise is shown as stored
/// rather than dropped: an auditor must see everything the gateway kept.
/// </summary>
internal static class LineageTable
{
    private static readonly string[] EntryLists = ["entries", "lineage", "fields", "e"];
    private static readonly string[] PathNames = ["canonicalPath", "canonical", "path", "p", "c"];
    private static readonly string[] ConversionNames = ["conversion", "conv", "k", "x", "c"];
    private static readonly string[] SourceNames = ["sources", "source", "from", "s"];
    private static readonly string[] FileNames = ["file", "sourceFile", "f"];

    /// <summary>The rows of <paramref name="json"/>; <paramref name="problem"/> says why there are none when it is unreadable.</summary>
    public static IReadOnlyList<LineageRow> Read(string? json, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var file = root.ValueKind == JsonValueKind.Object ? Text(root, FileNames) : null;
            if (Entries(root) is { } entries) return [.. entries.EnumerateArray().Select(e => Row(e, null, file))];
            if (root.ValueKind == JsonValueKind.Object)
                return [.. root.EnumerateObject().Where(p => p.Name.StartsWith('/')).Select(p => Row(p.Value, p.Name, file))];
            problem = "The lineage is not in a form this view knows; it is shown as stored below.";
            return [];
        }
        catch (JsonException e)
        {
            problem = $"The lineage is not readable JSON ({e.Message}).";
            return [];
        }
    }

    private static JsonElement? Entries(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array) return root;
        if (root.ValueKind != JsonValueKind.Object) return null;
        foreach (var name in EntryLists)
            if (root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array) return list;
        return null;
    }

    private static LineageRow Row(JsonElement entry, string? path, string? file)
    {
        switch (entry.ValueKind)
        {
            case JsonValueKind.Object:
                var sources = SourceNames.Select(n => entry.TryGetProperty(n, out var s) ? s : (JsonElement?)null).FirstOrDefault(s => s is not null);
                // Short names are ambiguous ("c": canonical or conversion?): the pointer is the value that starts with '/'.
                var pointer = path ?? PathNames.Select(n => Text(entry, [n])).FirstOrDefault(v => v is not null && v.StartsWith('/')) ?? Text(entry, PathNames) ?? "?";
                var conversion = ConversionNames.Select(n => Text(entry, [n])).FirstOrDefault(v => v is not null && v != pointer && !v.StartsWith('/'));
                return new LineageRow(pointer, Sources(sources, Text(entry, FileNames) ?? file), conversion);
            case JsonValueKind.Array:
                // A tuple form: the pointer, the conversion and the sources, in some order.
                var strings = entry.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
                var tuplePointer = path ?? strings.FirstOrDefault(s => s.StartsWith('/')) ?? "?";
                var rest = entry.EnumerateArray().Where(e => e.ValueKind is JsonValueKind.Object or JsonValueKind.Array).ToList();
                return new LineageRow(tuplePointer, [.. rest.SelectMany(r => Sources(r, file))], strings.FirstOrDefault(s => s != tuplePointer));
            case JsonValueKind.String when path is not null:
                return new LineageRow(path, [], entry.GetString());
            default:
                return new LineageRow(path ?? "?", [new LineageSource(null, null, null, null, entry.GetRawText())], null);
        }
    }

    private static IReadOnlyList<LineageSource> Sources(JsonElement? sources, string? file) => sources switch
    {
        null => [],
        { ValueKind: JsonValueKind.Array } list => [.. list.EnumerateArray().Select(s => Source(s, file))],
        { ValueKind: JsonValueKind.Null } => [],
        { } one => [Source(one, file)],
    };

    private static LineageSource Source(JsonElement source, string? file)
    {
        if (source.ValueKind != JsonValueKind.Object) return new LineageSource(file, null, null, null, source.GetRawText());
        var row = Text(source, ["row", "r"]);
        var line = Text(source, ["line", "l"]);
        var path = Text(source, ["path"]);
        var place = string.Join(" ", new[] { row is null ? null : "row " + row, path, line is null ? null : $"(line {line})" }.Where(p => p is not null));
        var known = source.EnumerateObject().All(p => p.Name is "file" or "f" or "row" or "r" or "line" or "l" or "path" or "field" or "column" or "name" or "value" or "v");
        return new LineageSource(Text(source, FileNames) ?? file, place.Length == 0 ? null : place, Text(source, ["field", "column", "name"]), Text(source, ["value", "v"]),
            known ? null : source.GetRawText());
    }

    private static string? Text(JsonElement element, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!element.TryGetProperty(name, out var value)) continue;
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True or JsonValueKind.False => value.GetBoolean().ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
                JsonValueKind.Null => null,
                _ => value.GetRawText(),
            };
        }
        return null;
    }
}
