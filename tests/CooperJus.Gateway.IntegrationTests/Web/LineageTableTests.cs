using System.Net;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// The request page and `audit show` read lineage with the lineage files' own reader: the shape the gateway writes, and
/// nothing else (what does not read is shown as stored, with a note).
/// </summary>
[TestFixture]
public sealed class LineageTableTests
{
    [Test]
    public void Reads_the_translators_lineage_with_the_file_named_once()
    {
        const string Json = """{"requestId":"r1","sourceFile":"solicitudes_2024_cusco.csv","entries":[{"canonicalPath":"/issuingAuthority/caseReference","sources":[{"row":2,"line":2,"field":"CARPETA_FISCAL","value":"2506015500-2024-45-0"}],"conversion":"copy"},{"canonicalPath":"/language","sources":[],"conversion":"adapter-default"}]}""";

        var rows = LineageTable.Read(Json, out var problem);

        Assert.That(problem, Is.Null);
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0], Is.EqualTo(new LineageRow("/issuingAuthority/caseReference", rows[0].Sources, "copy")));
        Assert.That(rows[0].Sources.Single(), Is.EqualTo(new LineageSource("solicitudes_2024_cusco.csv", "row 2 (line 2)", "CARPETA_FISCAL", "2506015500-2024-45-0")));
        Assert.That(rows[1].Sources, Is.Empty);
    }

    [Test]
    public void Reads_a_source_that_names_its_own_file()
    {
        const string Json = """{"requestId":"r1","sourceFile":"pedidos.json","entries":[{"canonicalPath":"/persons/0/name","sources":[{"file":"anexo.json","path":"/pedidos/0/nome","line":12,"field":"nome","value":"Ana"}],"conversion":"copy"}]}""";

        var source = LineageTable.Read(Json, out _).Single().Sources.Single();

        Assert.That(source, Is.EqualTo(new LineageSource("anexo.json", "/pedidos/0/nome (line 12)", "nome", "Ana")));
    }

    [Test]
    public void Reads_the_lineage_the_gateway_recorded_for_a_real_record()
    {
        var document = new CooperJus.Gateway.Core.Translation.LineageDocument
        {
            RequestId = "r1",
            SourceFile = "solicitudes.csv",
            Entries = [new() { CanonicalPath = "/urgency/level", Conversion = "code-list:urgency", Sources = [new() { File = "solicitudes.csv", Row = 3, Field = "URGENCIA", Value = "URGENTE" }] }],
        };
        var json = System.Text.Json.JsonSerializer.Serialize(document);

        var row = LineageTable.Read(json, out var problem).Single();

        Assert.That(problem, Is.Null);
        Assert.That((row.CanonicalPath, row.Conversion), Is.EqualTo(("/urgency/level", "code-list:urgency")));
        Assert.That(row.Sources.Single(), Is.EqualTo(new LineageSource("solicitudes.csv", "row 3", "URGENCIA", "URGENTE")));
    }

    [TestCase("""[{"canonicalPath":"/x","sources":[],"conversion":"copy"}]""", TestName = "A bare array of entries")]
    [TestCase("""{"f":"a.csv","/urgency/level":{"c":"code-list:urgency","s":[{"r":3,"v":"URGENTE"}]}}""", TestName = "A compact map from path to entry")]
    [TestCase("""{"requestId":"r","sourceFile":"a.csv","entries":[{"canonicalPath":"/x","sources":[42],"conversion":"copy"}]}""", TestName = "A source that is not an object")]
    [TestCase("""{"requestId":"r","sourceFile":"a.csv","entries":[{"canonicalPath":"/x","sources":[]}]}""", TestName = "An entry without its conversion")]
    [TestCase("{\"entries\": [", TestName = "Cut JSON")]
    [TestCase("null", TestName = "JSON null")]
    public void A_lineage_that_is_not_what_the_gateway_writes_gives_no_rows_and_says_so(string json)
    {
        var rows = LineageTable.Read(json, out var problem);

        Assert.That(rows, Is.Empty);
        Assert.That(problem, Does.Contain("it is shown as stored"));
    }

    [Test]
    public void The_request_page_shows_a_lineage_that_does_not_read_as_stored_with_a_note()
    {
        const string Stored = """{"f":"a.csv","/urgency/level":"kept by another program"}""";
        var request = new TrackedRequest("r1", RequestDirection.Outgoing, "CASE-1", "es", "ES", null, DateTimeOffset.UnixEpoch, RequestStatus.Delivered);
        var view = new AuditRequestView(new RequestSummary(request, DateTimeOffset.UnixEpoch, null, false), "a.csv", "row", null, Stored, []);

        var page = WebUtility.HtmlDecode(RequestPage.Render(new Viewer("ana", AuditorRoles.Auditor, new FormToken("__form", "t")), view, new Dictionary<string, OutboxState>(), null, false));

        Assert.That(page, Does.Contain("<pre>" + Stored + "</pre>"));
        Assert.That(page, Does.Contain("The lineage is not a lineage document as the gateway writes it"));
    }

    [TestCase("/audit/requests/abc", "/audit/requests/abc")]
    [TestCase("/audit", "/audit")]
    [TestCase("//evil.example/audit", "/audit")]
    [TestCase("/audit//evil.example", "/audit")]
    [TestCase("/\\evil.example", "/audit")]
    [TestCase("https://evil.example/audit", "/audit")]
    [TestCase("/health", "/audit")]
    [TestCase("/auditx", "/audit")]
    [TestCase(null, "/audit")]
    public void Sign_in_returns_only_to_pages_of_the_view(string? returnUrl, string expected)
    {
        Assert.That(AuditorPaths.LocalReturn(returnUrl), Is.EqualTo(expected));
    }
}
