using System.Text.Json;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// The floor for a JSON Lines export: the file's bytes are split at line feeds, each non-blank line is parsed into a
/// JsonDocument (<c>JsonDocument.Parse</c> over the line's bytes, no decoding to strings) and System.Text.Json
/// serialises it to a null stream. Any pipeline over the same file pays at least this.
/// </summary>
internal static class JsonLinesFloor
{
    /// <summary>Parses (and, unless <paramref name="serialize"/> is false, serialises) every line of <paramref name="path"/>.</summary>
    public static RunCounts Run(string path, bool serialize = true)
    {
        var sink = new CountingNullStream();
        using var writer = FloorJson.Writer(sink);
        using var stream = PeFloor.OpenSequential(path);
        var lines = new LineSplitter(stream);
        long count = 0;
        while (lines.Next() is { } line)
        {
            using var document = JsonDocument.Parse(line);
            count++;
            if (!serialize) continue;
            JsonSerializer.Serialize(writer, document.RootElement, FloorJson.Options);
            writer.Flush();
            writer.Reset();
        }
        return new RunCounts(count, 0, 0, sink.BytesWritten);
    }
}
