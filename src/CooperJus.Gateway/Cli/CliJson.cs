using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// The <c>--json</c> output of operator commands (shapes in docs/cli-json.md): camelCase names, status names as the
/// text output prints them, instants in RFC 3339 UTC (<c>2024-05-02T10:15:00.123Z</c>), absent values as null. One
/// JSON document per run, written to standard output as rows are read.
/// </summary>
internal static class CliJson
{
    /// <summary>Names in camelCase; accents kept as written (the output is UTF-8), so case references read as stored.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly JsonWriterOptions s_writer = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A writer over standard output; dispose it (after <see cref="Utf8JsonWriter.Flush"/>) before the command returns.</summary>
    public static Utf8JsonWriter StandardOutput() => new(Console.OpenStandardOutput(), s_writer);

    /// <summary>An instant as UTC, so it is written with <c>Z</c>.</summary>
    public static DateTime? Utc(DateTimeOffset? instant) => instant?.UtcDateTime;

    /// <summary>Writes <paramref name="value"/> as the next value of <paramref name="writer"/>.</summary>
    public static void Write<T>(Utf8JsonWriter writer, T value) => JsonSerializer.Serialize(writer, value, Options);
}
