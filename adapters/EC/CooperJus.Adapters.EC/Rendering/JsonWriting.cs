using System.Text.Encodings.Web;
using System.Text.Json;
using CooperJus.Gateway.Sdk.Conversions;

namespace CooperJus.Adapters.EC.Rendering;

/// <summary>How the SIAF export writes its values: UTF-8, indented, day-first dates, countries by their Spanish name.</summary>
internal static class JsonWriting
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        // Spanish text stays readable (ñ, á, º) instead of \u escapes; the output is UTF-8 JSON, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) writer.WriteString(name, value);
    }

    public static void Optional(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } value) writer.WriteString(name, Dates.FormatDayFirst(value));
    }

    /// <summary>A country member by its Spanish name (see <see cref="CountryName"/>).</summary>
    public static void Country(Utf8JsonWriter writer, string name, string? alpha2)
    {
        if (!string.IsNullOrEmpty(alpha2)) writer.WriteString(name, CountryName(alpha2));
    }

    /// <summary>A country by its Spanish name when that name reads back as the same country, else by its ISO code.</summary>
    public static string CountryName(string alpha2)
    {
        var spanish = Countries.NameIn(alpha2, "es");
        return spanish is not null && Countries.TryNormalize(spanish, out var back) && back == alpha2 ? spanish : alpha2;
    }

    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
