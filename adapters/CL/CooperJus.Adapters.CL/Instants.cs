using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CooperJus.Adapters.CL;

/// <summary>
/// <c>Solicitud/@ingreso</c> and <c>Respuesta/@fecha</c>: an ISO 8601 instant (xs:dateTime) that must carry its UTC offset. A time without an
/// offset is refused rather than guessed as Santiago time: Chile changes its offset twice a year (UTC−04:00 and UTC−03:00), and Magallanes keeps UTC−03:00.
/// </summary>
internal static partial class Instants
{
    public static bool TryParse(string? text, out DateTimeOffset instant, [NotNullWhen(false)] out string? error)
    {
        instant = default;
        var trimmed = text?.Trim() ?? "";
        if (!InstantPattern().IsMatch(trimmed) || !DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant))
        {
            error = $"'{text}' is not an ISO 8601 date and time with its UTC offset (expected e.g. 2024-05-14T09:30:00-04:00).";
            return false;
        }
        error = null;
        return true;
    }

    /// <summary>Writes an instant with its own offset and only the fraction of a second it has.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex InstantPattern();
}
