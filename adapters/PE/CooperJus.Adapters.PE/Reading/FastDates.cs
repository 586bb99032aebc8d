using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>
/// The <see cref="RecordScope"/> date helpers with a shortcut for the form SGF writes (<c>dd/MM/yyyy</c>, and two of
/// them joined by <c>-</c> for a range): read digit by digit instead of through the SDK's regular expression and its
/// group strings. Anything else, including every invalid date, goes to the SDK helper, so messages, rules and accepted
/// forms stay the SDK's.
/// </summary>
internal static class FastDates
{
    private const int DateLength = 10;

    /// <summary>Same result, lineage and problems as <see cref="RecordScope.DayFirstDate"/>.</summary>
    public static DateOnly? DayFirstDate(RecordScope scope, string canonicalPath, SourceLocation at)
    {
        if (at.Value is { Length: DateLength } text && TryParse(text, out var date))
        {
            scope.Map(canonicalPath, Dates.DayFirstConversion, at);
            return date;
        }
        return scope.DayFirstDate(canonicalPath, at);
    }

    /// <summary>Same result, lineage and problems as <see cref="RecordScope.DayFirstRange"/>.</summary>
    public static DateRange? DayFirstRange(RecordScope scope, string canonicalPath, SourceLocation at)
    {
        if (at.Value is { } text)
        {
            if (text.Length == DateLength && TryParse(text, out var single))
            {
                scope.Map(canonicalPath, Dates.DayFirstRangeConversion, at);
                return new DateRange { Start = single, End = single };
            }
            if (text.Length == 2 * DateLength + 1 && text[DateLength] == '-'
                && TryParse(text.AsSpan(0, DateLength), out var start) && TryParse(text.AsSpan(DateLength + 1), out var end) && start <= end)
            {
                scope.Map(canonicalPath, Dates.DayFirstRangeConversion, at);
                return new DateRange { Start = start, End = end };
            }
        }
        return scope.DayFirstRange(canonicalPath, at);
    }

    /// <summary>Exactly <c>dd/MM/yyyy</c> with ASCII digits, naming a real calendar day.</summary>
    private static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != DateLength || text[2] != '/' || text[5] != '/') return false;
        if (!TryDigits(text[..2], out var day) || !TryDigits(text[3..5], out var month) || !TryDigits(text[6..], out var year)) return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
