using System.Text;
using CooperJus.Adapters.PE.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using static CooperJus.Adapters.PE.Tests.Support.SgfCsv;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>The CSV itself: header, separator, quoting, line breaks, row numbers and file-level problems.</summary>
public sealed class CsvStructureTests
{
    [Test]
    public void Header_names_match_ignoring_case_and_spaces_in_any_order()
    {
        var columns = Columns.Reverse().Select((c, i) => i % 2 == 0 ? $" {c.ToLowerInvariant()} " : c).ToList();
        var rows = new[] { Row(Request(), Person()) }.Cast<IReadOnlyDictionary<string, string>>()
            .Select(r => (IReadOnlyDictionary<string, string>)r.ToDictionary(kv => columns.Single(c => string.Equals(c.Trim(), kv.Key, StringComparison.OrdinalIgnoreCase)), kv => kv.Value));

        var results = Pe.Read(Build(rows, columns));

        Assert.That(results.Single().IsAccepted, Is.True);
        Assert.That(results.Single().Request!.Persons.Single().FullName, Is.EqualTo("Juan Carlos Quispe Mamani"));
    }

    [Test]
    public void Unknown_column_is_one_warning_on_the_header_row_however_many_rows()
    {
        var rows = Enumerable.Range(0, 3).Select(_ => (IReadOnlyDictionary<string, string>)Row(Request(), Person(), ("OBSERVACIONES", "x")));

        var results = Pe.Read(Build(rows, [.. Columns, "OBSERVACIONES"]));

        var warning = results.SelectMany(r => r.Problems).Single();
        Assert.That(warning.Rule, Is.EqualTo("csv.unknown-column"));
        Assert.That(warning.IsError, Is.False);
        Assert.That(warning.Source!.Row, Is.EqualTo(1));
        Assert.That(warning.Source.Value, Is.EqualTo("OBSERVACIONES"));
        Assert.That(results.Count(r => r.IsAccepted), Is.EqualTo(1));
    }

    [TestCase("NRO_SOLICITUD")]
    [TestCase("HECHOS")]
    [TestCase("TIPO_FILA")]
    public void Missing_required_column_is_a_file_error_and_nothing_is_read(string column)
    {
        var results = Pe.Read(Build([Row(Request(), Person())], [.. Columns.Where(c => c != column)]));

        var error = results.Single().Problems.Single();
        Assert.That(results.Single().RecordId, Is.Null);
        Assert.That(error.Rule, Is.EqualTo("csv.missing-column"));
        Assert.That(error.Source, Is.EqualTo(new SourceLocation { File = "solicitudes_test.csv", Row = 1, Line = 1, Field = column }));
    }

    [Test]
    public void Optional_columns_may_be_absent()
    {
        string[] columns = ["NRO_SOLICITUD", "CARPETA_FISCAL", "DEPENDENCIA", "PAIS_REQUERIDO", "DELITOS", "HECHOS", "DILIGENCIAS", "TIPO_FILA"];

        var results = Pe.Read(Build([Row(Request())], columns));

        Assert.That(results.Single().IsAccepted, Is.True);
    }

    [Test]
    public void Column_named_twice_is_a_file_error()
    {
        var results = Pe.Read(Build([Row(Request(), Person())], [.. Columns, "nombres"]));

        Assert.That(results.Single().Problems.Single().Rule, Is.EqualTo("csv.duplicate-column"));
    }

    [TestCase(new byte[0])]
    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF })]
    [TestCase(new byte[] { 13, 10, 13, 10 })]
    public void Empty_file_is_a_file_error(byte[] content)
    {
        var results = Pe.ReadBytes(content);

        var error = results.Single().Problems.Single();
        Assert.That(error.Rule, Is.EqualTo("csv.empty"));
        Assert.That(error.Source!.File, Is.EqualTo("solicitudes_test.csv"));
    }

    [Test]
    public void Header_without_rows_reads_nothing()
    {
        Assert.That(Pe.Read(Build([])), Is.Empty);
    }

    [Test]
    public void Comma_separated_file_is_read_with_a_separator_warning()
    {
        var results = Pe.Read(Build([Row(Request(), Person())], separator: ","));

        Assert.That(results[0].Problems.Single().Rule, Is.EqualTo("csv.separator"));
        Assert.That(results[1].IsAccepted, Is.True);
        Assert.That(results[1].Request!.Persons.Single().Addresses.Single().Text, Is.EqualTo("Jr. Túpac Amaru 245, Cusco"));
    }

    [Test]
    public void Lf_and_crlf_line_endings_read_the_same()
    {
        var crlf = Pe.Read(Build([Row(Request(), Person()), Row(Request(), Company())]));
        var lf = Pe.Read(Build([Row(Request(), Person()), Row(Request(), Company())], newLine: "\n"));

        Assert.That(Gateway.Core.CanonicalJson.Serialize(lf.Single().Request!), Is.EqualTo(Gateway.Core.CanonicalJson.Serialize(crlf.Single().Request!)));
    }

    [Test]
    public void Rows_count_csv_records_and_lines_count_physical_lines_across_quoted_line_breaks()
    {
        var facts = "Primera línea\r\nsegunda línea\r\ntercera línea";
        var csv = Build(
            Row(Request("SGF-1"), Person(), ("HECHOS", facts)),
            Row(Request("SGF-1"), Person(), ("HECHOS", facts), ("FECHA_NACIMIENTO", "31/02/1980")),
            Row(Request("SGF-2"), Person(), ("FECHA_NACIMIENTO", "31/02/1980")));

        var errors = Pe.Read(csv).SelectMany(r => r.Problems).ToList();

        Assert.That(errors.Select(e => (e.Source!.Row, e.Source.Line)), Is.EqualTo(new (long?, long?)[] { (3, 5), (4, 8) }));
    }

    [Test]
    public void Blank_lines_count_as_rows_like_a_spreadsheet_shows_them()
    {
        var csv = Build(Row(Request(), Person())).Replace("\r\nSGF", "\r\n\r\nSGF", StringComparison.Ordinal) + Build(Row(Request(), Person(), ("NRO_DOC", "10117410-3"))).Split("\r\n", 2)[1];

        var error = Pe.Read(csv).SelectMany(r => r.Problems).Single();

        Assert.That((error.Source!.Row, error.Source.Line), Is.EqualTo(((long?)4, (long?)4)));
    }

    [Test]
    public void Row_of_empty_fields_is_skipped()
    {
        var csv = Build(Row(Request(), Person())) + new string(';', Columns.Length - 1) + "\r\n";

        Assert.That(Pe.Read(csv).Single().IsAccepted, Is.True);
    }

    [Test]
    public void Original_text_is_the_header_and_the_request_rows_exactly_as_in_the_file()
    {
        var csv = Build(Row(Request("SGF-1"), Person(), ("HECHOS", "a\r\nb \"c\"")), Row(Request("SGF-2"), Person()), Row(Request("SGF-2"), Company()));
        var lines = csv.Split("\r\n");

        var results = Pe.Read(csv);

        Assert.That(results[0].OriginalText, Is.EqualTo($"{lines[0]}\r\n{lines[1]}\r\n{lines[2]}\r\n"));
        Assert.That(results[1].OriginalText, Is.EqualTo($"{lines[0]}\r\n{lines[3]}\r\n{lines[4]}\r\n"));
    }

    [Test]
    public void Original_text_read_alone_gives_the_same_request()
    {
        var results = Pe.Read(Build(Row(Request("SGF-1"), Person()), Row(Request("SGF-2"), Person()), Row(Request("SGF-2"), CulturalObject())));

        var again = Pe.Read(results[1].OriginalText!).Single();

        Assert.That(Gateway.Core.CanonicalJson.Serialize(again.Request!), Is.EqualTo(Gateway.Core.CanonicalJson.Serialize(results[1].Request!)));
    }

    [Test]
    public void Result_location_is_the_first_row_of_the_request()
    {
        var results = Pe.Read(Build(Row(Request("SGF-1"), Person()), Row(Request("SGF-2"), Person()), Row(Request("SGF-2"), Company())));

        Assert.That(results.Select(r => r.Location!.Row), Is.EqualTo(new long?[] { 2, 3 }));
    }

    [Test]
    public void Row_with_an_extra_field_is_a_field_count_error()
    {
        var csv = Build(Row(Request(), Person())).TrimEnd() + ";sobrante\r\n";

        var error = Pe.Read(csv).Single().Problems.Single(p => p.IsError);

        Assert.That(error.Rule, Is.EqualTo("csv.field-count"));
        Assert.That(error.Source!.Row, Is.EqualTo(2));
    }

    [Test]
    public void Badly_quoted_field_is_an_error_on_its_row()
    {
        var csv = Build(Row(Request(), Person())).Replace("Jr. Túpac Amaru 245, Cusco", "\"Jr. Túpac\" Amaru", StringComparison.Ordinal);

        var error = Pe.Read(csv).Single().Problems.Single(p => p.IsError);

        Assert.That(error.Rule, Is.EqualTo("csv.bad-quote"));
        Assert.That(error.Source!.Row, Is.EqualTo(2));
    }

    [Test]
    public void Row_without_request_number_is_an_error_and_other_rows_are_still_read()
    {
        var results = Pe.Read(Build(Row(Request("SGF-1"), Person()), Row(Request(""), Person()), Row(Request("SGF-1"), Company()), Row(Request("SGF-2"), Person())));

        // The row is reported as soon as it is met, before the request around it is complete.
        Assert.That(results.Select(r => (r.RecordId, r.IsAccepted)), Is.EquivalentTo(new (string?, bool)[] { ("SGF-1", true), (null, false), ("SGF-2", true) }));
        var orphan = results.Single(r => r.RecordId is null);
        Assert.That(orphan.Problems.Single().Rule, Is.EqualTo("required"));
        Assert.That(orphan.Problems.Single().Source!.Row, Is.EqualTo(3));
        Assert.That(results.Single(r => r.RecordId == "SGF-1").Request!.Organisations, Has.Count.EqualTo(1));
    }

    [Test]
    public void One_bad_request_does_not_stop_the_good_ones()
    {
        var results = Pe.Read(Build(
            Row(Request("SGF-1"), Person(), ("FECHA_NACIMIENTO", "31/02/1980")),
            Row(Request("SGF-2"), Person()),
            Row(Request("SGF-3"), CulturalObject(), ("BIEN_VALOR", "mucho"))));

        Assert.That(results.Select(r => r.IsAccepted), Is.EqualTo(new[] { false, true, false }));
        Assert.That(results[0].Request, Is.Null);
        Assert.That(results[0].OriginalText, Does.Contain("31/02/1980"));
    }

    [Test]
    public void Unclosed_quote_beyond_the_largest_field_is_reported_not_thrown()
    {
        var csv = Build(Row(Request("SGF-1"), Person())) + "SGF-2;\"" + new string('x', 1_100_000);

        var results = Pe.Read(csv);

        Assert.That(results[0].IsAccepted, Is.False);
        Assert.That(results[^1].Problems.Single().Rule, Is.EqualTo("csv.malformed"));
        Assert.That(results[^1].Problems.Single().Source!.Row, Is.EqualTo(3));
    }

    [Test]
    public void Random_bytes_give_located_errors()
    {
        var results = Pe.ReadBytes(File.ReadAllBytes(Path.Combine(Pe.BadSamples, "solicitudes_bad_random-bytes.csv")));

        Assert.That(results.SelectMany(r => r.Problems).Where(p => p.IsError), Is.Not.Empty.And.All.Matches<Problem>(p => p.Source?.Row is not null));
        Assert.That(results.Select(r => r.Request), Has.All.Null);
    }

    [Test]
    public void Reading_is_lazy_and_stops_when_cancelled()
    {
        var csv = Encoding.UTF8.GetBytes(Build(Row(Request("SGF-1"), Person()), Row(Request("SGF-2"), Person()), Row(Request("SGF-3"), Person())));
        using var cancellation = new CancellationTokenSource();
        using var results = Pe.Adapter().Read(SourceFile.FromBytes("solicitudes_test.csv", csv), cancellation.Token).GetEnumerator();

        Assert.That(results.MoveNext(), Is.True);
        cancellation.Cancel();
        Assert.That(() => results.MoveNext(), Throws.InstanceOf<OperationCanceledException>());
    }
}
