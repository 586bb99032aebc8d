using System.Text;
using CooperJus.Adapters.__ID__.Reading;

namespace CooperJus.Adapters.__ID__.Rendering;

/// <summary>Writes national records as the __SYSTEM__ CSV export: UTF-8, <c>;</c>, CRLF, every column in the header.</summary>
internal static class RecordWriter
{
    /// <summary>True when a CSV field can hold <paramref name="value"/> (quoting carries any text).</summary>
    public static bool Carries(string value) => value is not null;

    public static void Write(IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> records, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(';', NationalFields.All));
        foreach (var record in records)
        {
            var values = NationalFields.All.Select(f => Quote(record.FirstOrDefault(p => p.Key == f).Value ?? ""));
            writer.WriteLine(string.Join(';', values));
        }
    }

    // Quoted only when needed, so the file reads like the national system's own export.
    private static string Quote(string value) =>
        value.IndexOfAny([';', '"', '\r', '\n']) >= 0 || value != value.Trim() ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
