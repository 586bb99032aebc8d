using System.Text.Json;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// JSON for envelopes and receipts: the canonical conventions (camelCase, kebab-case codes, nulls omitted, no
/// duplicate properties), read strictly. Property names must match exactly and unknown properties are refused,
/// because what is signed must mean one thing to every implementation that reads it.
/// </summary>
internal static class MessagingJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads <paramref name="json"/>; on failure returns null and says why, never throws.</summary>
    public static T? TryDeserialize<T>(ReadOnlySpan<byte> json, out string? problem)
        where T : class
    {
        try
        {
            problem = null;
            var value = JsonSerializer.Deserialize<T>(json, Options);
            if (value is null) problem = "The JSON is the literal null.";
            return value;
        }
        catch (JsonException exception)
        {
            problem = exception.Message;
            return null;
        }
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(CanonicalJson.CompactOptions)
        {
            PropertyNameCaseInsensitive = false,
            NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
        };
        options.Converters.Insert(0, new Rfc3339InstantConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
