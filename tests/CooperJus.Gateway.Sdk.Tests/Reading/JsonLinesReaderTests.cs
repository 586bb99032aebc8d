using System.Text;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Gateway.Sdk.Tests.Reading;

/// <summary>The SDK's JSON Lines reader: one record per line, a bad line rejected alone, lines in every location.</summary>
public sealed class JsonLinesReaderTests
{
    private static JsonLinesReader Reader(string text, JsonRecordReaderOptions? options = null) =>
        new(new MemoryStream(Encoding.UTF8.GetBytes(text)), "solicitudes_test.jsonl", options);

    private static List<(JsonReadEvent Event, RecordScope Scope, string? Id)> ReadAll(JsonLinesReader reader)
    {
        var results = new List<(JsonReadEvent, RecordScope, string?)>();
        while (reader.Next() is { } found)
        {
            var scope = new RecordScope();
            string? id = null;
            if (found.Kind == JsonReadEventKind.Record)
            {
                var record = reader.Open(found, scope);
                id = record.RootObject()?.String("id", "/ref")?.Value;
                record.ReportUnknownProperties();
            }
            results.Add((found, scope, id));
        }
        return results;
    }

    [Test]
    public void A_bad_json_line_does_not_spoil_the_next_lines()
    {
        var results = ReadAll(Reader("{ \"id\": \"A\" }\n{ \"id\": \n{ \"id\": \"C\" }\n"));
        Assert.That(results.Select(r => (r.Event.Kind, r.Event.Line, r.Id)), Is.EqualTo(new[]
        {
            (JsonReadEventKind.Record, 1L, (string?)"A"), (JsonReadEventKind.InvalidRecord, 2L, null), (JsonReadEventKind.Record, 3L, "C"),
        }));
        Assert.That(results[1].Event.Rule, Is.EqualTo("json.invalid"));
    }

    [Test]
    public void A_line_of_the_wrong_type_is_a_located_type_error_and_the_next_is_read()
    {
        var results = ReadAll(Reader("[1, 2]\n{ \"id\": \"B\" }"));
        var problem = results[0].Scope.Problems.Single();
        Assert.That((problem.Rule, problem.Source!.Line), Is.EqualTo(("json.type", 1L)));
        Assert.That(results[1].Id, Is.EqualTo("B"));
    }

    [Test]
    public void Every_location_holds_the_line_and_blank_lines_are_skipped()
    {
        var results = ReadAll(Reader("{ \"id\": \"A\" }\r\n\r\n   \n{ \"id\": 7, \"x\": 1 }\r\n"));
        Assert.That(results, Has.Count.EqualTo(2));
        Assert.That(results[1].Scope.Problems.Select(p => (p.Rule, p.Source!.Line, p.Source.Field)), Is.EqualTo(new[] { ("json.type", 4L, "id"), ("json.unknown-property", 4L, "x") }));
    }

    [Test]
    public void A_line_holding_two_values_is_invalid()
    {
        var results = ReadAll(Reader("{ \"id\": \"A\" } { \"id\": \"B\" }"));
        Assert.That((results.Single().Event.Kind, results.Single().Event.Rule), Is.EqualTo((JsonReadEventKind.InvalidRecord, "json.invalid")));
    }

    [Test]
    public void Skips_a_line_above_the_cap_without_keeping_it()
    {
        var text = "{ \"id\": \"A\" }\n{ \"id\": \"" + new string('x', 5000) + "\" }\n{ \"id\": \"C\" }";
        var reader = Reader(text, new JsonRecordReaderOptions { InitialBufferBytes = 256, MaxRecordBytes = 1024 });
        var results = ReadAll(reader);
        Assert.That(results.Select(r => (r.Event.Kind, r.Event.Line)), Is.EqualTo(new[]
        {
            (JsonReadEventKind.Record, 1L), (JsonReadEventKind.OversizedRecord, 2L), (JsonReadEventKind.Record, 3L),
        }));
        Assert.That(results[2].Id, Is.EqualTo("C"));
        Assert.That(reader.PeakBufferBytes, Is.LessThanOrEqualTo(1024));
    }
}
