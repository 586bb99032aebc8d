using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// The floor for a CSV export: CsvHelper parses every row into a dictionary keyed by the header, and
/// System.Text.Json serialises each row to a null stream. Any pipeline over the same file pays at least this.
/// </summary>
internal static class CsvFloor
{
    /// <summary>Parses (and, unless <paramref name="serialize"/> is false, serialises) every row of <paramref name="path"/>.</summary>
    public static RunCounts Run(string path, char separator, bool serialize = true)
    {
        var sink = new CountingNullStream();
        using var writer = FloorJson.Writer(sink);
        using var reader = new StreamReader(PeFloor.OpenSequential(path), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = separator.ToString(), HasHeaderRecord = false, Mode = CsvMode.RFC4180 });
        if (!parser.Read() || parser.Record is not { } header) return new RunCounts(0, 0, 1, 0, "no header");
        long rows = 0;
        while (parser.Read())
        {
            var fields = parser.Record!;
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length && i < fields.Length; i++) row[header[i]] = fields[i];
            rows++;
            if (!serialize) continue;
            JsonSerializer.Serialize(writer, row, FloorJson.Options);
            writer.Flush();
            writer.Reset();
        }
        return new RunCounts(rows, 0, 0, sink.BytesWritten);
    }
}
