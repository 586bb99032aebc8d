using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>The request page reads lineage defensively: the translator's shape, older and compact ones, and shows what it does not know.</summary>
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
    public void Reads_sources_that_name_their_own_file_and_a_bare_array_of_entries()
    {
        const string Json = """[{"canonicalPath":"/persons/0/name","sources":[{"file":"pedidos.json","path":"/pedidos/0/nome","line":12,"field":"nome","value":"Ana"}],"conversion":"copy"}]""";

        var source = LineageTable.Read(Json, out _).Single().Sources.Single();

        Assert.That(source, Is.EqualTo(new LineageSource("pedidos.json", "/pedidos/0/nome (line 12)", "nome", "Ana")));
    }

    [Test]
    public void Reads_a_compact_map_from_canonical_path_to_entry()
    {
        const string Json = """{"f":"a.csv","/urgency/level":{"c":"code-list:urgency","s":[{"r":3,"field":"URGENCIA","v":"URGENTE"}]}}""";

        var row = LineageTable.Read(Json, out _).Single();

        Assert.That(row.CanonicalPath, Is.EqualTo("/urgency/level"));
        Assert.That(row.Conversion, Is.EqualTo("code-list:urgency"));
        Assert.That(row.Sources.Single(), Is.EqualTo(new LineageSource("a.csv", "row 3", "URGENCIA", "URGENTE")));
    }

    [Test]
    public void Shows_a_source_of_an_unknown_shape_as_stored()
    {
        const string Json = """{"entries":[{"canonicalPath":"/x","sources":[{"cell":"B7","value":"1"}, 42],"conversion":"copy"}]}""";

        var sources = LineageTable.Read(Json, out _).Single().Sources;

        Assert.That(sources.Select(s => s.Unrecognised), Is.EqualTo(new[] { """{"cell":"B7","value":"1"}""", "42" }));
    }

    [Test]
    public void Unreadable_json_is_reported_not_thrown()
    {
        var rows = LineageTable.Read("{\"entries\": [", out var problem);

        Assert.That(rows, Is.Empty);
        Assert.That(problem, Does.Contain("not readable JSON"));
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
