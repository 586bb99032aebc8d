using System.Globalization;

namespace CooperJus.Gateway.Web;

/// <summary>How the view writes times: ISO-like, UTC, the same for every reader wherever they are.</summary>
internal static class Formats
{
    /// <summary><c>2026-03-04 10:15:02 UTC</c>.</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
}
