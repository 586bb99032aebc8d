using System.Text.Json;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// The floor for a JSON export whose requests are the items of one array: a streaming Utf8JsonReader parses each
/// item into a JsonDocument and System.Text.Json serialises it to a null stream. Any pipeline over the same file
/// pays at least this.
/// </summary>
internal static class JsonArrayFloor
{
    /// <summary>Parses (and, unless <paramref name="serialize"/> is false, serialises) every item of the array.</summary>
    /// <param name="path">The file.</param>
    /// <param name="property">The root object's property holding the array; null when the root is the array.</param>
    /// <param name="serialize">False: parse only.</param>
    public static RunCounts Run(string path, string? property, bool serialize = true)
    {
        var sink = new CountingNullStream();
        using var writer = FloorJson.Writer(sink);
        using var stream = PeFloor.OpenSequential(path);
        var streamer = new JsonArrayStreamer(stream, property);
        long items = 0;
        while (streamer.Next() is { } item)
        {
            items++;
            using (item)
            {
                if (!serialize) continue;
                JsonSerializer.Serialize(writer, item.RootElement, FloorJson.Options);
                writer.Flush();
                writer.Reset();
            }
        }
        return new RunCounts(items, 0, 0, sink.BytesWritten);
    }
}
