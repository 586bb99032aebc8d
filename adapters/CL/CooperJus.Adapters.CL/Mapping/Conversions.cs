using System.Globalization;

namespace CooperJus.Adapters.CL.Mapping;

/// <summary>The names of the conversions recorded in lineage that the SDK does not name itself.</summary>
internal static class Conversions
{
    /// <summary>A value the adapter fills in itself (<see cref="NationalDefaults"/>).</summary>
    public const string AdapterDefault = "adapter-default";

    /// <summary>The request id derived from the national reference (<c>RequestIds.FromNationalReference</c>).</summary>
    public const string RequestId = "request-id";

    /// <summary>An RFC 3339 instant with its offset.</summary>
    public const string Instant = "rfc3339-instant";

    /// <summary>One code of a list field.</summary>
    public const string ListItem = "list-item";

    // Seconds, or fractions of them: what RFC 3339 allows, and what the renderer writes back.
    private static readonly string[] InstantFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>Reads an RFC 3339 instant; an instant without an offset is refused, because its moment is unknown.</summary>
    public static bool TryParseInstant(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(text.Trim(), InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant)
        && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal));

    /// <summary>Writes an instant as <see cref="TryParseInstant"/> reads it, with no trailing zero.</summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.ToString(instant.Offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
