using System.Globalization;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// How time is stored. Instants are INTEGER milliseconds since the Unix epoch (UTC): they compare and index as plain
/// numbers (the dispatcher's "due now" query is a range scan), take 8 bytes, and cannot be mis-parsed across locales or
/// offsets; <c>datetime(x / 1000, 'unixepoch')</c> reads them in <c>sqlite3</c>. Dates (a deadline is a calendar day,
/// not an instant) are ISO 8601 text <c>yyyy-MM-dd</c>, which sorts as it reads.
/// </summary>
internal static class StoredInstants
{
    public static long ToStored(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromStored(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    public static string ToStored(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly DateFromStored(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
