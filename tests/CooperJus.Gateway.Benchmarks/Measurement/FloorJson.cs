using System.Text.Encodings.Web;
using System.Text.Json;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>The serialisation side of the floor: plain System.Text.Json, compact, the canonical escaping (non-ASCII letters kept).</summary>
internal static class FloorJson
{
    /// <summary>Options of the floor's serialiser.</summary>
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A writer over <paramref name="sink"/>; the caller resets it after each value.</summary>
    public static Utf8JsonWriter Writer(Stream sink) =>
        new(sink, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false });
}
