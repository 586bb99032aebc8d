using System.Globalization;
using System.Text.Json;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Web;

/// <summary>
/// Reads the lineage recorded beside a canonical document into table rows with the reader of the lineage files
/// themselves (<see cref="LineageDocumentJsonConverter"/>), so the view knows exactly the shape the gateway writes.
/// What does not read (altered, cut, or from another program) gives no rows and a problem: the caller then shows the
/// text as stored, since an auditor must see everything the gateway kept.
/// </summary>
internal static class LineageTable
{
    /// <summary>The rows of <paramref name="json"/>; <paramref name="problem"/> says why there are none when it does not read.</summary>
    public static IReadOnlyList<LineageRow> Read(string? json, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(json)) return [];
        LineageDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<LineageDocument>(json);
        }
        catch (JsonException e)
        {
            problem = $"The lineage is not a lineage document as the gateway writes it ({e.Message}); it is shown as stored.";
            return [];
        }
        if (document is null)
        {
            problem = "The lineage is empty (null); it is shown as stored.";
            return [];
        }
        return [.. document.Entries.Select(e => new LineageRow(e.CanonicalPath, [.. e.Sources.Select(Source)], e.Conversion))];
    }

    private static LineageSource Source(SourceLocation source)
    {
        var place = string.Join(" ", new[]
        {
            source.Row is { } row ? "row " + row.ToString(CultureInfo.InvariantCulture) : null,
            source.Path,
            source.Line is { } line ? $"(line {line.ToString(CultureInfo.InvariantCulture)})" : null,
        }.Where(p => p is not null));
        return new LineageSource(source.File, place.Length == 0 ? null : place, source.Field, source.Value);
    }
}
