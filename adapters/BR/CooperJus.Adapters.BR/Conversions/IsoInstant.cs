using System.Globalization;
using System.Text.RegularExpressions;

namespace CooperJus.Adapters.BR.Conversions;

/// <summary>ISO 8601 instants with an explicit offset (<c>2024-03-15T10:30:00-03:00</c>), as <c>geradoEm</c> is written.</summary>
internal static partial class IsoInstant
{
    /// <summary>Conversion name recorded in lineage.</summary>
    public const string Conversion = "iso-instant";

    /// <summary>Parses an instant; one without an offset is refused, since it would mean a different time in each country.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        return text is not null && Pattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    /// <summary>Writes an instant with its offset and only the fraction digits it needs.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?(?:Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
