using System.Globalization;
using System.Text.Json;
using CooperJus.Gateway.Sdk.Conversions;

namespace CooperJus.Adapters.BR.Rendering;

/// <summary>Small writing helpers: absent values are left out rather than written as null, as the export does.</summary>
internal static class JsonWriting
{
    public static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }

    public static void Optional(Utf8JsonWriter writer, string name, DateOnly? value)
    {
        if (value is { } date) writer.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    /// <summary>A country as the layout writes it: ISO alpha-3, which every reader of the layout understands.</summary>
    public static void Country(Utf8JsonWriter writer, string name, string? alpha2)
    {
        if (alpha2 is not null) writer.WriteString(name, Countries.Alpha3(alpha2) ?? alpha2);
    }
}
