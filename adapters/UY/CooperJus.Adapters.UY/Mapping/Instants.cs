using System.Globalization;

namespace CooperJus.Adapters.UY.Mapping;

/// <summary>SIPPAU's time stamps: ISO 8601 instants with their offset (<c>2024-03-05T09:30:00-03:00</c>), kept with it.</summary>
internal static class Instants
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>Reads an instant; one without an offset is refused, because its moment is unknown.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        var time = trimmed.IndexOf('T', StringComparison.Ordinal);
        var hasOffset = trimmed.EndsWith('Z') || (time > 0 && trimmed.LastIndexOfAny(['+', '-']) > time);
        return hasOffset && DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    /// <summary>Writes an instant as <see cref="TryParse"/> reads it, offset kept, with no trailing zero in the fraction.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToString(instant.Offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
