using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// Reads instants only in the RFC 3339 shape the schemas require (seconds and an explicit offset). System.Text.Json on
/// its own also reads "2024-03-15" or an instant without offset, taking the reader's local time zone: on a signed wire
/// format that would make the same bytes mean different instants on different machines.
/// </summary>
internal sealed partial class Rfc3339InstantConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is null || !Shape().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new JsonException($"'{text}' is not an RFC 3339 date-time with seconds and an offset, such as 2024-03-15T10:30:00-05:00.");
        }
        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
