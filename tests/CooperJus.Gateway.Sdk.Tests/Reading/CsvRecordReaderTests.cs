using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Gateway.Sdk.Tests.Reading;

/// <summary>The SDK's CSV reader and header check: located records, bad quoting, missing, duplicate and unknown columns.</summary>
public sealed class CsvRecordReaderTests
{
    private static readonly HashSet<string> Known = new(["NRO", "FECHA", "NOMBRE"], StringComparer.Ordinal);

    private static List<CsvRecord> ReadAll(string text, out Problem? fatal)
    {
        using var reader = new CsvRecordReader("export.csv", new StringReader(text), ";");
        var records = new List<CsvRecord>();
        while (reader.Next(out fatal) is { } record) records.Add(record);
        return records;
    }

    private static CsvHeader Header(string line) =>
        CsvHeader.Read(ReadAll(line + "\n", out _)[0], Known, ["NRO", "FECHA"], name => name.Trim().ToUpperInvariant(), "SGF");

    [Test]
    public void Locates_each_record_by_row_and_physical_line_with_its_exact_text()
    {
        var records = ReadAll("NRO;NOMBRE\n1;\"Ana\nMaría\"\n\n2;Luis\n", out var fatal);
        Assert.That(fatal, Is.Null);
        Assert.That(records.Select(r => (r.Location.Row, r.Location.Line)), Is.EqualTo(new[] { (1L, 1L), (2L, 2L), (4L, 5L) }));
        Assert.That(records[1].Fields, Is.EqualTo(new[] { "1", "Ana\nMaría" }));
        Assert.That(records[1].RawText, Is.EqualTo("1;\"Ana\nMaría\"\n"));
    }

    [Test]
    public void Reports_a_badly_quoted_field_on_its_record()
    {
        var records = ReadAll("NRO;NOMBRE\n1;Ana \"la\" Pérez\n", out _);
        var problem = records[1].Problems.Single();
        Assert.That((problem.Rule, problem.Source!.Row, problem.Source.Line), Is.EqualTo(("csv.bad-quote", 2L, 2L)));
    }

    [Test]
    public void Stops_with_a_located_problem_at_a_field_beyond_the_limit()
    {
        var records = ReadAll("NRO;NOMBRE\n1;\"" + new string('x', CsvRecordReader.MaxFieldSize + 10), out var fatal);
        Assert.That(records, Has.Count.EqualTo(1));
        Assert.That((fatal!.Rule, fatal.Source!.Row), Is.EqualTo(("csv.malformed", 2L)));
    }

    [Test]
    public void Reports_missing_duplicate_and_unknown_columns_located_in_the_header()
    {
        var header = Header("NRO;Nro ;EXTRA;");
        Assert.That(header.Problems.Select(p => (p.Rule, p.IsError, p.Source!.Field)), Is.EqualTo(new[]
        {
            ("csv.duplicate-column", true, "column 2"), ("csv.unknown-column", false, "column 3"), ("csv.unknown-column", false, "column 4"), ("csv.missing-column", true, "FECHA"),
        }));
        Assert.That(header.Problems.Select(p => p.Source!.Row), Is.All.EqualTo(1L));
        Assert.That(header.IsUsable, Is.False);
    }

    [Test]
    public void Finds_each_known_column_by_its_key()
    {
        var header = Header(" fecha ;NRO;Nombre");
        Assert.That(header.IsUsable, Is.True);
        Assert.That((header.IndexOf("NRO"), header.IndexOf("FECHA"), header.IndexOf("NOMBRE"), header.IndexOf("OTRA")), Is.EqualTo((1, 0, 2, -1)));
        Assert.That(header.ColumnCount, Is.EqualTo(3));
    }
}
