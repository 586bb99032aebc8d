using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Conversions;

/// <summary>
/// Calendar dates as the twelve countries write them: day first (<c>31/12/2024</c>, Chile's <c>31-12-2024</c>,
/// <c>31.12.2024</c>), ranges <c>01/01/2024-31/03/2024</c>, and ISO 8601 (<c>2024-12-31</c>) for JSON exports.
/// Every failure says why in words, and an impossible date such as 31/02 is never "corrected".
/// </summary>
public static partial class Dates
{
    /// <summary>Conversion name recorded in lineage for day-first dates.</summary>
    public const string DayFirstConversion = "day-first-date";

    /// <summary>Conversion name recorded in lineage for day-first ranges.</summary>
    public const string DayFirstRangeConversion = "day-first-date-range";

    /// <summary>Conversion name recorded in lineage for ISO dates.</summary>
    public const string IsoConversion = "iso-date";

    /// <summary>Parses <c>d/M/yyyy</c> with <c>/</c>, <c>-</c> or <c>.</c> as separator.</summary>
    public static bool TryParseDayFirst(string? text, out DateOnly date, [NotNullWhen(false)] out string? error)
    {
        date = default;
        if (text is not null && TryReadDayFirstDigits(text, out var day, out var month, out var year))
            return TryBuild(text, year, month, day, out date, out error);
        var match = DayFirstPattern().Match(text ?? "");
        if (!match.Success)
        {
            error = $"'{text}' is not a day-first date (expected dd/MM/yyyy).";
            return false;
        }
        return TryBuild(text!, match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out date, out error);
    }

    /// <summary>Parses a single day-first date or a range <c>start-end</c> (also <c>start al end</c>).</summary>
    public static bool TryParseDayFirstRange(string? text, [NotNullWhen(true)] out DateRange? range, [NotNullWhen(false)] out string? error)
    {
        range = null;
        var match = DayFirstRangePattern().Match(text ?? "");
        if (!match.Success)
        {
            if (!TryParseDayFirst(text, out var single, out error)) return false;
            range = new DateRange { Start = single, End = single };
            return true;
        }
        if (!TryParseDayFirst(match.Groups["start"].Value, out var start, out error)) return false;
        if (!TryParseDayFirst(match.Groups["end"].Value, out var end, out error)) return false;
        if (end < start)
        {
            error = $"The range '{text}' ends before it starts.";
            return false;
        }
        range = new DateRange { Start = start, End = end };
        return true;
    }

    /// <summary>Parses an ISO 8601 calendar date <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseIso(string? text, out DateOnly date, [NotNullWhen(false)] out string? error)
    {
        date = default;
        if (text is not null && TryReadIsoDigits(text, out var year, out var month, out var day))
            return TryBuild(text, year, month, day, out date, out error);
        var match = IsoPattern().Match(text ?? "");
        if (!match.Success)
        {
            error = $"'{text}' is not an ISO 8601 date (expected yyyy-MM-dd).";
            return false;
        }
        return TryBuild(text!, match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out date, out error);
    }

    /// <summary>
    /// Parses an ISO 8601 instant (xs:dateTime) that carries its UTC offset: <c>yyyy-MM-ddTHH:mm:ss</c>, an optional
    /// fraction of up to seven digits, then <c>Z</c> or <c>±hh:mm</c>. A time without an offset is refused rather than
    /// guessed in a national time zone: around a change of offset the guess is wrong. The instant keeps its own offset.
    /// </summary>
    /// <param name="text">The text, surrounding white space allowed.</param>
    /// <param name="instant">The instant read, with the offset written.</param>
    /// <param name="error">Why the text is not an instant, naming it and <paramref name="example"/>.</param>
    /// <param name="example">An instant in the export's own offset, shown in the error as what was expected.</param>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant, [NotNullWhen(false)] out string? error, string example = "2024-05-14T09:30:00Z")
    {
        instant = default;
        var trimmed = text?.Trim() ?? "";
        if (!InstantPattern().IsMatch(trimmed) || !DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant))
        {
            error = $"'{text}' is not an ISO 8601 date and time with its UTC offset (expected e.g. {example}).";
            return false;
        }
        error = null;
        return true;
    }

    /// <summary>
    /// Writes an instant as <see cref="TryParseInstant"/> reads it: with its own offset and only the fraction of a
    /// second it has (<c>2024-05-14T09:30:00-04:00</c>, <c>2024-05-14T09:30:00.25+02:00</c>).
    /// </summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>Writes <c>dd/MM/yyyy</c> (or with another <paramref name="separator"/>).</summary>
    public static string FormatDayFirst(DateOnly date, char separator = '/') =>
        date.ToString($"dd'{separator}'MM'{separator}'yyyy", CultureInfo.InvariantCulture);

    /// <summary>Writes a range as <c>dd/MM/yyyy-dd/MM/yyyy</c>, or a single date when it is one day.</summary>
    public static string FormatDayFirstRange(DateRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        return range.End is { } end && end != range.Start
            ? $"{FormatDayFirst(range.Start)}-{FormatDayFirst(end)}"
            : FormatDayFirst(range.Start);
    }

    /// <summary>
    /// The fast path of <see cref="TryParseIso"/>: exactly <c>yyyy-MM-dd</c>, no surrounding space, as JSON exports
    /// write it. Anything else (spaces, other digits, wrong shape) is left to the regex, which decides and words the
    /// error; what this accepts, the regex accepts with the same groups.
    /// </summary>
    private static bool TryReadIsoDigits(string text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        return TryDigits(text, 0, 4, out year) && TryDigits(text, 5, 2, out month) && TryDigits(text, 8, 2, out day);
    }

    /// <summary>
    /// The fast path of <see cref="TryParseDayFirst"/>: <c>d/M/yyyy</c> with one or two digit day and month, the same
    /// separator twice, no surrounding space. Anything else is left to the regex.
    /// </summary>
    private static bool TryReadDayFirstDigits(string text, out int day, out int month, out int year)
    {
        day = month = year = 0;
        if (text.Length is < 8 or > 10) return false;
        var dayLength = DigitRun(text, 0);
        if (dayLength is < 1 or > 2 || !IsDateSeparator(text[dayLength])) return false;
        var separator = text[dayLength];
        var monthStart = dayLength + 1;
        var monthLength = DigitRun(text, monthStart);
        var yearStart = monthStart + monthLength + 1;
        if (monthLength is < 1 or > 2 || text[yearStart - 1] != separator || text.Length - yearStart != 4) return false;
        return TryDigits(text, 0, dayLength, out day) && TryDigits(text, monthStart, monthLength, out month) && TryDigits(text, yearStart, 4, out year);
    }

    private static bool IsDateSeparator(char c) => c is '/' or '.' or '-';

    private static int DigitRun(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        return end - start;
    }

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return false;
            value = (value * 10) + (text[i] - '0');
        }
        return true;
    }

    private static bool TryBuild(string text, string year, string month, string day, out DateOnly date, [NotNullWhen(false)] out string? error) =>
        TryBuild(text, int.Parse(year, CultureInfo.InvariantCulture), int.Parse(month, CultureInfo.InvariantCulture), int.Parse(day, CultureInfo.InvariantCulture), out date, out error);

    private static bool TryBuild(string text, int y, int m, int d, out DateOnly date, [NotNullWhen(false)] out string? error)
    {
        date = default;
        if (y < 1)
        {
            error = $"'{text}' is not a real calendar date (year {y} does not exist).";
            return false;
        }
        if (m is < 1 or > 12)
        {
            error = $"'{text}' is not a real calendar date (month {m} does not exist).";
            return false;
        }
        if (d < 1)
        {
            error = $"'{text}' is not a real calendar date (day {d} does not exist).";
            return false;
        }
        var daysInMonth = DateTime.DaysInMonth(y, m);
        if (d > daysInMonth)
        {
            error = $"'{text}' is not a real calendar date ({CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)} {y} has {daysInMonth} days).";
            return false;
        }
        date = new DateOnly(y, m, d);
        error = null;
        return true;
    }

    // [0-9], not \d: \d also matches Arabic-Indic or full-width digits, which int.Parse then rejects by throwing.
    [GeneratedRegex(@"^\s*(?<d>[0-9]{1,2})(?<sep>[/.\-])(?<m>[0-9]{1,2})\k<sep>(?<y>[0-9]{4})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstPattern();

    [GeneratedRegex(@"^\s*(?<start>[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{4})\s*(?:-|–|al|a)\s*(?<end>[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{4})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstRangePattern();

    [GeneratedRegex(@"^\s*(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?(Z|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex InstantPattern();
}
