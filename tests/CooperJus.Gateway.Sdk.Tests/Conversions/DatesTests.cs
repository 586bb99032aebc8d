using System.Globalization;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Gateway.Sdk.Tests.Conversions;

public sealed class DatesTests
{
    [TestCase("31/12/2024", 2024, 12, 31)]
    [TestCase("1/2/2024", 2024, 2, 1)]
    [TestCase("29/02/2024", 2024, 2, 29)]
    [TestCase("31-12-2024", 2024, 12, 31)]
    [TestCase("31.12.2024", 2024, 12, 31)]
    [TestCase("  05/06/1980 ", 1980, 6, 5)]
    public void Parses_day_first_dates(string text, int year, int month, int day)
    {
        Assert.That(Dates.TryParseDayFirst(text, out var date, out var error), Is.True, error);
        Assert.That(date, Is.EqualTo(new DateOnly(year, month, day)));
    }

    [TestCase("31/02/2024", "'31/02/2024' is not a real calendar date (February 2024 has 29 days).")]
    [TestCase("29/02/2023", "'29/02/2023' is not a real calendar date (February 2023 has 28 days).")]
    [TestCase("31/04/2024", "'31/04/2024' is not a real calendar date (April 2024 has 30 days).")]
    [TestCase("10/13/2024", "'10/13/2024' is not a real calendar date (month 13 does not exist).")]
    [TestCase("00/01/2024", "'00/01/2024' is not a real calendar date (day 0 does not exist).")]
    [TestCase("01/01/0000", "'01/01/0000' is not a real calendar date (year 0 does not exist).")]
    [TestCase("2024-12-31", "'2024-12-31' is not a day-first date (expected dd/MM/yyyy).")]
    [TestCase("31/12/24", "'31/12/24' is not a day-first date (expected dd/MM/yyyy).")]
    [TestCase("31/12-2024", "'31/12-2024' is not a day-first date (expected dd/MM/yyyy).")]
    public void Rejects_impossible_or_malformed_dates_with_words(string text, string expected)
    {
        Assert.That(Dates.TryParseDayFirst(text, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(expected));
    }

    [TestCase("٣١/١٢/٢٠٢٤")]
    [TestCase("３１/１２/２０２４")]
    public void Rejects_non_ASCII_digits_instead_of_throwing(string text)
    {
        // Regression: \d matched any Unicode digit and int.Parse then threw FormatException.
        Assert.That(Dates.TryParseDayFirst(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain("is not a day-first date"));
    }

    [TestCase("01/01/2024-31/03/2024", 2024, 1, 1, 2024, 3, 31)]
    [TestCase("01-01-2024-31-03-2024", 2024, 1, 1, 2024, 3, 31)]
    [TestCase("01/01/2024 al 31/03/2024", 2024, 1, 1, 2024, 3, 31)]
    [TestCase("01/01/2024 – 31/03/2024", 2024, 1, 1, 2024, 3, 31)]
    [TestCase("15/08/2023", 2023, 8, 15, 2023, 8, 15)]
    public void Parses_ranges_and_single_days(string text, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        Assert.That(Dates.TryParseDayFirstRange(text, out var range, out var error), Is.True, error);
        Assert.That(range, Is.EqualTo(new DateRange { Start = new DateOnly(y1, m1, d1), End = new DateOnly(y2, m2, d2) }));
    }

    [TestCase("31/03/2024-01/01/2024", "The range '31/03/2024-01/01/2024' ends before it starts.")]
    [TestCase("01/01/2024-31/02/2024", "'31/02/2024' is not a real calendar date (February 2024 has 29 days).")]
    [TestCase("enero 2024", "'enero 2024' is not a day-first date (expected dd/MM/yyyy).")]
    public void Rejects_bad_ranges_with_words(string text, string expected)
    {
        Assert.That(Dates.TryParseDayFirstRange(text, out var range, out var error), Is.False);
        Assert.That(range, Is.Null);
        Assert.That(error, Is.EqualTo(expected));
    }

    [TestCase("2024-12-31", 2024, 12, 31)]
    [TestCase(" 2024-02-29 ", 2024, 2, 29)]
    public void Parses_ISO_dates(string text, int year, int month, int day)
    {
        Assert.That(Dates.TryParseIso(text, out var date, out var error), Is.True, error);
        Assert.That(date, Is.EqualTo(new DateOnly(year, month, day)));
    }

    [TestCase("2024-02-30", "'2024-02-30' is not a real calendar date (February 2024 has 29 days).")]
    [TestCase("31/12/2024", "'31/12/2024' is not an ISO 8601 date (expected yyyy-MM-dd).")]
    [TestCase("2024-1-5", "'2024-1-5' is not an ISO 8601 date (expected yyyy-MM-dd).")]
    [TestCase("２０２４-１２-３１", "'２０２４-１２-３１' is not an ISO 8601 date (expected yyyy-MM-dd).")]
    public void Rejects_bad_ISO_dates_with_words(string text, string expected)
    {
        Assert.That(Dates.TryParseIso(text, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    public void Missing_text_is_an_error_not_an_exception(string? text)
    {
        Assert.That(Dates.TryParseDayFirst(text, out _, out _), Is.False);
        Assert.That(Dates.TryParseIso(text, out _, out _), Is.False);
        Assert.That(Dates.TryParseDayFirstRange(text, out _, out _), Is.False);
    }

    [Test]
    public void Formats_day_first_with_the_chosen_separator()
    {
        Assert.That(Dates.FormatDayFirst(new DateOnly(2024, 3, 5)), Is.EqualTo("05/03/2024"));
        Assert.That(Dates.FormatDayFirst(new DateOnly(2024, 3, 5), '-'), Is.EqualTo("05-03-2024"));
    }

    [Test]
    public void Formats_a_range_or_a_single_day()
    {
        var range = new DateRange { Start = new DateOnly(2024, 1, 1), End = new DateOnly(2024, 3, 31) };

        Assert.That(Dates.FormatDayFirstRange(range), Is.EqualTo("01/01/2024-31/03/2024"));
        Assert.That(Dates.FormatDayFirstRange(range with { End = range.Start }), Is.EqualTo("01/01/2024"));
        Assert.That(Dates.FormatDayFirstRange(range with { End = null }), Is.EqualTo("01/01/2024"));
    }

    [Test]
    public void FormatDayFirst_then_TryParseDayFirst_is_identity_for_every_date()
    {
        Gen.Select(Gen.DateOnly, Gen.OneOfConst('/', '-', '.')).Sample((date, separator) =>
        {
            var text = Dates.FormatDayFirst(date, separator);
            Assert.That(Dates.TryParseDayFirst(text, out var back, out var error), Is.True, error);
            Assert.That(back, Is.EqualTo(date));
        }, iter: 500);
    }

    [Test]
    public void FormatDayFirstRange_then_TryParseDayFirstRange_is_identity()
    {
        Gen.Select(Gen.DateOnly, Gen.Int[0, 3650]).Where((start, days) => start.DayNumber + days <= DateOnly.MaxValue.DayNumber).Sample((start, days) =>
        {
            var range = new DateRange { Start = start, End = start.AddDays(days) };
            Assert.That(Dates.TryParseDayFirstRange(Dates.FormatDayFirstRange(range), out var back, out var error), Is.True, error);
            Assert.That(back, Is.EqualTo(range));
        }, iter: 300);
    }

    [Test]
    public void ISO_text_of_every_date_parses_back()
    {
        Gen.DateOnly.Sample(date =>
        {
            Assert.That(Dates.TryParseIso(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out var back, out _), Is.True);
            Assert.That(back, Is.EqualTo(date));
        }, iter: 300);
    }

    [Test]
    public void Parsers_never_throw_on_arbitrary_text()
    {
        Gen.OneOf(Gen.String, Gen.String["0123456789/-. al"]).Sample(text =>
        {
            Dates.TryParseDayFirst(text, out _, out _);
            Dates.TryParseDayFirstRange(text, out _, out _);
            Dates.TryParseIso(text, out _, out _);
        }, iter: 1000);
    }

    // The parsers read plain shapes (no surrounding space) without their regex. A space on each side sends the same
    // text through the regex path, which trims it: both paths must agree on the date, or on the error (whose quote
    // of the text is the only difference).
    [TestCase("2024-05-14T09:30:00-04:00", -4)]
    [TestCase("2024-05-14T09:30:00+02:00", 2)]
    [TestCase("2024-05-14T09:30:00Z", 0)]
    [TestCase(" 2024-05-14T09:30:00.25-03:00 ", -3)]
    public void Reads_an_instant_with_the_offset_it_was_written_with(string text, int offsetHours)
    {
        Assert.That(Dates.TryParseInstant(text, out var instant, out var error), Is.True, error);
        Assert.That(instant.Offset, Is.EqualTo(TimeSpan.FromHours(offsetHours)));
        Assert.That(instant.ToUniversalTime().TimeOfDay, Is.EqualTo(new TimeSpan(9 - offsetHours, 30, 0) + (text.Contains(".25") ? TimeSpan.FromMilliseconds(250) : TimeSpan.Zero)));
    }

    [TestCase("2024-05-14T09:30:00")]
    [TestCase("2024-05-14 09:30:00+02:00")]
    [TestCase("2024-02-30T09:30:00+02:00")]
    [TestCase("14-05-2024T09:30:00+02:00")]
    [TestCase("2024-05-14T09:30:00+0200")]
    [TestCase("２０２４-05-14T09:30:00+02:00")]
    [TestCase("")]
    [TestCase(null)]
    public void Refuses_an_instant_without_offset_or_in_another_shape_showing_the_exports_example(string? text)
    {
        Assert.That(Dates.TryParseInstant(text, out _, out var error, "2024-05-14T09:30:00-04:00"), Is.False);
        Assert.That(error, Is.EqualTo($"'{text}' is not an ISO 8601 date and time with its UTC offset (expected e.g. 2024-05-14T09:30:00-04:00)."));
    }

    [Test]
    public void Writes_an_instant_with_its_own_offset_and_only_the_fraction_it_has()
    {
        Assert.That(Dates.FormatInstant(new DateTimeOffset(2024, 5, 14, 9, 30, 0, TimeSpan.FromHours(-4))), Is.EqualTo("2024-05-14T09:30:00-04:00"));
        Assert.That(Dates.FormatInstant(new DateTimeOffset(2024, 5, 14, 9, 30, 0, 250, TimeSpan.Zero)), Is.EqualTo("2024-05-14T09:30:00.25+00:00"));
    }

    [Test]
    public void Every_written_instant_reads_back_as_the_same_instant_and_offset() =>
        Gen.Select(Gen.DateTime[new DateTime(1, 1, 2), new DateTime(9999, 12, 30)], Gen.Int[-14 * 60, 14 * 60]).Sample((time, minutes) =>
        {
            var instant = new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Unspecified), TimeSpan.FromMinutes(minutes));
            return Dates.TryParseInstant(Dates.FormatInstant(instant), out var again, out _) && again == instant && again.Offset == instant.Offset;
        });

    [Test]
    public void Iso_fast_path_agrees_with_the_general_path() =>
        DateLikeText("-", 4).Sample(text => SameOutcome(text, static (string t, out DateOnly d, out string? e) => Dates.TryParseIso(t, out d, out e)), iter: 500);

    [Test]
    public void Day_first_fast_path_agrees_with_the_general_path() =>
        DateLikeText("/-.", 2).Sample(text => SameOutcome(text, static (string t, out DateOnly d, out string? e) => Dates.TryParseDayFirst(t, out d, out e)), iter: 500);

    private delegate bool DateParser(string text, out DateOnly date, out string? error);

    /// <summary>Mostly well-shaped dates (digit runs of 1 to 4 and separators), with stray characters now and then.</summary>
    private static Gen<string> DateLikeText(string separators, int firstRun)
    {
        var run = Gen.String[Gen.Char["0123456789"], 1, 4];
        var separator = Gen.Char[separators + "/x"];
        var shaped = Gen.Select(run, separator, run, separator, run).Select((a, s1, b, s2, c) => $"{a}{s1}{b}{s2}{c}");
        var exact = Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 99], Gen.Int[0, 99], Gen.Char[separators]).Select((y, m, d, s) =>
            firstRun == 4
                ? string.Create(CultureInfo.InvariantCulture, $"{y:D4}{s}{m:D2}{s}{d:D2}")
                : string.Create(CultureInfo.InvariantCulture, $"{d}{s}{m:D2}{s}{y:D4}"));
        return Gen.OneOf(shaped, exact, Gen.String[Gen.Char["0123456789/-. "], 0, 12]);
    }

    private static void SameOutcome(string text, DateParser parse)
    {
        var fast = parse(text, out var fastDate, out var fastError);
        var general = parse(" " + text + " ", out var generalDate, out var generalError);
        Assert.That(fast, Is.EqualTo(general), text);
        Assert.That(fastDate, Is.EqualTo(generalDate), text);
        Assert.That(fastError, Is.EqualTo(generalError?.Replace($"' {text} '", $"'{text}'", StringComparison.Ordinal)), text);
    }
}
