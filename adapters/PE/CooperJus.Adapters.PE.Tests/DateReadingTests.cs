using CooperJus.Adapters.PE.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Conversions;
using CsCheck;
using static CooperJus.Adapters.PE.Tests.Support.SgfCsv;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>
/// The reader takes a shortcut for dates written <c>dd/MM/yyyy</c>; whatever is written, the result, its lineage and
/// its problem must be those of the SDK's <see cref="Dates"/>.
/// </summary>
public sealed class DateReadingTests
{
    private static readonly Gen<string> DayFirstText =
        Gen.Select(Gen.Int[0, 35], Gen.Int[0, 14], Gen.Int[0, 2200], Gen.Int[0, 3], (d, m, y, style) => style switch
        {
            0 => $"{d:00}/{m:00}/{y:0000}",
            1 => $"{d}/{m}/{y:0000}",
            2 => $"{d:00}-{m:00}-{y:0000}",
            _ => $" {d:00}/{m:00}/{y:0000}",
        });

    [Test]
    public void Birth_date_is_read_as_the_sdk_reads_it()
    {
        DayFirstText.Sample(text =>
        {
            var result = ReadOne.Result(Row(Request(), Person(), ("FECHA_NACIMIENTO", text)));
            if (Dates.TryParseDayFirst(text, out var expected, out var error))
            {
                Assert.That(result.Request!.Persons[0].BirthDate, Is.EqualTo(expected));
                Assert.That(ReadOne.Lineage(result, "/persons/0/birthDate").Conversion, Is.EqualTo(Dates.DayFirstConversion));
            }
            else
            {
                Assert.That(OnlyError(result), Is.EqualTo(("date.invalid", error, "/persons/0/birthDate")));
            }
        }, iter: 300);
    }

    [Test]
    public void Facts_period_is_read_as_the_sdk_reads_it()
    {
        Gen.Select(DayFirstText, DayFirstText, Gen.Int[0, 2]).Sample((start, end, style) =>
        {
            var text = style switch { 0 => start, 1 => $"{start}-{end}", _ => $"{start} - {end}" };
            var result = ReadOne.Result(Row(Request(), Person(), ("FECHA_HECHOS", text)));
            if (Dates.TryParseDayFirstRange(text, out var expected, out var error))
            {
                Assert.That(result.Request!.Facts.Period, Is.EqualTo(expected));
                Assert.That(ReadOne.Lineage(result, "/facts/period/start").Conversion, Is.EqualTo(Dates.DayFirstRangeConversion));
            }
            else
            {
                Assert.That(OnlyError(result), Is.EqualTo(("date.invalid", error, "/facts/period")));
            }
        }, iter: 300);
    }

    private static (string Rule, string Message, string? Path) OnlyError(RecordResult result)
    {
        var error = result.Problems.Single(p => p.IsError);
        return (error.Rule, error.Message, error.CanonicalPath);
    }
}
