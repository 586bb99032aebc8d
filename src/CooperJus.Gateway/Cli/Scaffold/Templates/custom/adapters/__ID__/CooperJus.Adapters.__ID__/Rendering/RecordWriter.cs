using System.Text;

namespace CooperJus.Adapters.__ID__.Rendering;

/// <summary>Writes national records as the __SYSTEM__ text export: <c>field: value</c> lines, a blank line between requests.</summary>
internal static class RecordWriter
{
    /// <summary>
    /// True when a line can hold <paramref name="value"/>: no line break, and no white space at either end (the reader
    /// trims it).
    /// </summary>
    public static bool Carries(string value) => value is not null && value.IndexOfAny(['\r', '\n']) < 0 && value == value.Trim();

    public static void Write(IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> records, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        for (var i = 0; i < records.Count; i++)
        {
            if (i > 0) writer.WriteLine();
            foreach (var (field, value) in records[i]) writer.WriteLine($"{field}: {value}");
        }
    }
}
