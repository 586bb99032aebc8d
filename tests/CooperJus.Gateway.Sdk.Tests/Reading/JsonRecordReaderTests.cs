using System.Text;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Gateway.Sdk.Tests.Reading;

/// <summary>The SDK's streaming reader of JSON records: located values, typed access, the problems it reports, bounded memory.</summary>
public sealed class JsonRecordReaderTests
{
    private const string FileName = "solicitudes_test.json";

    private static readonly JsonRecordReaderOptions InArray = new() { ArrayProperty = "solicitudes", RecordNoun = "solicitud" };

    private static JsonRecordReader Reader(string json, JsonRecordReaderOptions? options = null) =>
        new(new MemoryStream(Encoding.UTF8.GetBytes(json)), FileName, options ?? InArray);

    /// <summary>Reads every record with <paramref name="map"/>, returning each record's problems and the file's.</summary>
    private static List<(JsonReadEvent Event, RecordScope Scope)> ReadAll(JsonRecordReader reader, Action<JsonRecord>? map = null)
    {
        var results = new List<(JsonReadEvent, RecordScope)>();
        while (reader.Next() is { } found)
        {
            var scope = new RecordScope();
            if (found.Kind == JsonReadEventKind.Record)
            {
                var record = reader.Open(found, scope);
                map?.Invoke(record);
                record.ReportUnknownProperties();
            }
            results.Add((found, scope));
        }
        return results;
    }

    [Test]
    public void Streams_the_records_of_an_array_property_after_the_header()
    {
        var events = ReadAll(Reader("""{ "version": "1", "solicitudes": [ { "id": "A" }, { "id": "B" } ] }"""));
        Assert.That(events.Select(e => e.Event.Kind), Is.EqualTo(new[] { JsonReadEventKind.HeaderValue, JsonReadEventKind.RecordsStart, JsonReadEventKind.Record, JsonReadEventKind.Record }));
        Assert.That(events[0].Event.Name, Is.EqualTo("version"));
        Assert.That(events[0].Event.Text, Is.EqualTo("1"));
        Assert.That(events.Skip(2).Select(e => e.Event.Pointer), Is.EqualTo(new[] { "/solicitudes/0", "/solicitudes/1" }));
    }

    [Test]
    public void Streams_the_records_of_a_root_array_with_their_lines_and_original_text()
    {
        var reader = Reader("[\n  { \"id\": \"A\" },\n  { \"id\": \"B\",\n    \"n\": 2 }\n]", new JsonRecordReaderOptions());
        var texts = new List<string>();
        var ids = new List<SourceLocation?>();
        ReadAll(reader, record =>
        {
            texts.Add(record.OriginalText);
            var view = record.RootObject()!;
            ids.Add(view.String("id", "/ref"));
            view.Number("n", "/n");
        });
        Assert.That(texts, Is.EqualTo(new[] { "{ \"id\": \"A\" }", "{ \"id\": \"B\",\n    \"n\": 2 }" }));
        Assert.That(ids.Select(i => (i!.Path, i.Line, i.Field, i.Value)), Is.EqualTo(new[] { ("/0", 2L, "id", "A"), ("/1", 3L, "id", "B") }));
    }

    [Test]
    public void Reports_a_duplicate_property_with_its_pointer_and_line()
    {
        var events = ReadAll(Reader("{ \"solicitudes\": [\n { \"id\": \"A\",\n   \"id\": \"B\" } ] }"), record => record.RootObject()!.String("id", "/ref"));
        var problem = events.Single(e => e.Event.Kind == JsonReadEventKind.Record).Scope.Problems.Single();
        Assert.That(problem.Rule, Is.EqualTo("json.duplicate-property"));
        Assert.That((problem.Source!.Path, problem.Source.Line, problem.Source.Field), Is.EqualTo(("/solicitudes/0", 3L, "id")));
        Assert.That(problem.IsError, Is.True);
    }

    [Test]
    public void Reports_a_wrong_type_with_its_pointer_line_and_canonical_path()
    {
        SourceLocation? read = null;
        var events = ReadAll(Reader("{ \"solicitudes\": [ {\n \"fecha\": 20240502 } ] }"), record => read = record.RootObject()!.String("fecha", "/issuedOn"));
        var problem = events.Last().Scope.Problems.Single();
        Assert.That(read, Is.Null);
        Assert.That(problem.Rule, Is.EqualTo("json.type"));
        Assert.That((problem.Source!.Path, problem.Source.Line, problem.Source.Field, problem.Source.Value), Is.EqualTo(("/solicitudes/0", 2L, "fecha", "20240502")));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/issuedOn"));
    }

    [Test]
    public void Locates_a_missing_required_property_at_its_object()
    {
        SourceLocation? missing = null;
        ReadAll(Reader("{ \"solicitudes\": [\n {\n \"id\": \"A\" } ] }"), record => missing = record.RootObject()!.At("fecha"));
        Assert.That((missing!.Path, missing.Line, missing.Field, missing.Value), Is.EqualTo(("/solicitudes/0", 2L, "fecha", (string?)null)));
    }

    [Test]
    public void Reports_a_missing_required_property_at_its_object_with_the_line()
    {
        var events = ReadAll(Reader("{ \"solicitudes\": [\n {\n \"id\": \"A\", \"fecha\": \" \" } ] }"), record =>
        {
            var view = record.RootObject()!;
            view.String("id", "/ref");
            view.RequiredString("fecha", "/issuedOn");
            view.RequiredString("autoridad", "/issuingAuthority/name");
        });
        var problems = events.Last().Scope.Problems;
        Assert.That(problems.Select(p => (p.Rule, p.Source!.Path, p.Source.Line, p.Source.Field, p.CanonicalPath)), Is.EqualTo(new[]
        {
            ("required", "/solicitudes/0", 3L, "fecha", "/issuedOn"), ("required", "/solicitudes/0", 2L, "autoridad", "/issuingAuthority/name"),
        }));
    }

    [Test]
    public void Warns_about_unknown_properties_but_not_declared_ones()
    {
        var events = ReadAll(Reader("""{ "solicitudes": [ { "id": "A", "nota": "x", "extra": { "b": 1 } } ] }"""), record =>
        {
            var view = record.RootObject()!;
            view.String("id", "/ref");
            view.Declare("nota");
        });
        var problem = events.Last().Scope.Problems.Single();
        Assert.That((problem.Rule, problem.IsError, problem.Source!.Field, problem.Source.Path), Is.EqualTo(("json.unknown-property", false, "extra", "/solicitudes/0")));
    }

    [Test]
    public void A_record_that_is_not_an_object_is_a_type_error_and_the_next_is_read()
    {
        var events = ReadAll(Reader("""{ "solicitudes": [ 5, { "id": "B" } ] }"""), record => record.RootObject()?.String("id", "/ref"));
        var records = events.Where(e => e.Event.Kind == JsonReadEventKind.Record).ToList();
        Assert.That(records[0].Scope.Problems.Select(p => (p.Rule, p.Source!.Path)), Is.EqualTo(new[] { ("json.type", "/solicitudes/0") }));
        Assert.That(records[1].Scope.Problems, Is.Empty);
    }

    [Test]
    public void Stops_with_a_located_problem_where_the_json_breaks_keeping_the_records_before()
    {
        var events = ReadAll(Reader("{ \"solicitudes\": [ { \"id\": \"A\" },\n { \"id\": } ] }"));
        Assert.That(events.Count(e => e.Event.Kind == JsonReadEventKind.Record), Is.EqualTo(1));
        var last = events.Last().Event;
        Assert.That((last.Kind, last.Rule, last.Fatal, last.Line), Is.EqualTo((JsonReadEventKind.Problem, "json.invalid", true, 2L)));
    }

    [Test]
    public void Skips_a_record_above_the_cap_without_keeping_it_and_reads_the_next()
    {
        var big = $"{{ \"id\": \"B\", \"items\": [{string.Join(", ", Enumerable.Repeat("\"0123456789\"", 200))}] }}";
        var json = $"{{ \"solicitudes\": [ {{ \"id\": \"A\" }}, {big}, {{ \"id\": \"C\" }} ] }}";
        var reader = Reader(json, InArray with { InitialBufferBytes = 256, MaxRecordBytes = 1024 });
        var events = ReadAll(reader).Select(e => e.Event).Where(e => e.Kind is JsonReadEventKind.Record or JsonReadEventKind.OversizedRecord).ToList();
        Assert.That(events.Select(e => (e.Kind, e.Pointer)), Is.EqualTo(new[]
        {
            (JsonReadEventKind.Record, "/solicitudes/0"), (JsonReadEventKind.OversizedRecord, "/solicitudes/1"), (JsonReadEventKind.Record, "/solicitudes/2"),
        }));
        Assert.That(events[1].Rule, Is.EqualTo("json.solicitud-too-large"));
        Assert.That(reader.PeakBufferBytes, Is.LessThanOrEqualTo(2048));
    }

    [Test]
    public void Reads_thousands_of_records_without_growing_its_buffer()
    {
        var json = "{ \"solicitudes\": [" + string.Join(",\n", Enumerable.Range(0, 5000).Select(i => $"{{ \"id\": \"S-{i}\", \"fecha\": \"2024-05-02\" }}")) + "] }";
        var reader = Reader(json, InArray with { InitialBufferBytes = 4096 });
        var count = ReadAll(reader, record => record.RootObject()!.String("id", "/ref")).Count(e => e.Event.Kind == JsonReadEventKind.Record && e.Scope.Problems.Count == 1);
        Assert.That(count, Is.EqualTo(5000), "each record warns only of its unasked fecha");
        Assert.That(reader.PeakBufferBytes, Is.EqualTo(4096));
    }

    [Test]
    public void A_reused_node_gives_its_new_pointer_not_the_one_it_had()
    {
        var trees = new JsonSourceTree();
        var first = Build(trees, """{ "a": { "b": 1 } }""", "/pedidos/0");
        Assert.That(first.Properties[0].Value.Properties[0].Value.Pointer, Is.EqualTo("/pedidos/0/a/b"));
        var second = Build(trees, """[ { "c": 2 }, 3 ]""", "/pedidos/1");
        Assert.That(second.Pointer, Is.EqualTo("/pedidos/1"));
        Assert.That(second.Items[0].Properties[0].Value.Pointer, Is.EqualTo("/pedidos/1/0/c"));
        Assert.That(second.Items[1].Pointer, Is.EqualTo("/pedidos/1/1"));
        Assert.That(second.Items[0].Properties[0].Value.ObjectPointer, Is.EqualTo("/pedidos/1/0"));
    }

    [Test]
    public void A_record_with_a_huge_array_does_not_leave_the_pools_huge()
    {
        var trees = new JsonSourceTree();
        var huge = Build(trees, $"[{string.Join(", ", Enumerable.Range(0, 100_000))}]", "/pedidos/0");
        Assert.That(huge.Items.Length, Is.EqualTo(100_000));
        Assert.That(trees.KeptNodes, Is.GreaterThan(100_000), "the huge tree is whole while it is in use");
        var small = Build(trees, """{ "a": [1, 2] }""", "/pedidos/1");
        Assert.That(small.Properties[0].Value.Items[1].Text, Is.EqualTo("2"));
        Assert.That(trees.KeptNodes, Is.LessThanOrEqualTo(JsonNodePool.MaxKeptNodes));
        Assert.That(trees.KeptChildren, Is.LessThanOrEqualTo(4 * JsonChildStore<JsonSourceNode>.MaxKeptLength));
    }

    [Test]
    public void A_record_of_many_objects_does_not_leave_the_view_pool_huge()
    {
        var json = "{ \"solicitudes\": [ [" + string.Join(", ", Enumerable.Repeat("{ \"a\": 1 }", 3000)) + "] ] }";
        var reader = Reader(json);
        var views = reader.Opener.Views;
        while (reader.Next() is { } found)
        {
            if (found.Kind != JsonReadEventKind.Record) continue;
            var record = reader.Open(found, new RecordScope());
            foreach (var item in record.Root!.Items) record.Open(item);
            Assert.That(views.Opened.Length, Is.EqualTo(3000));
        }
        Assert.That(views.Opened.Length, Is.Zero);
        Assert.That(views.Kept, Is.EqualTo(JsonViewPool.MaxKeptViews));
    }

    private static JsonSourceNode Build(JsonSourceTree trees, string json, string pointer) =>
        trees.Build(Encoding.UTF8.GetBytes(json), json, pointer, 1, 3, 64);
}
