using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;

namespace CooperJus.Gateway.Core.Tests.Translation;

[TestFixture]
public sealed class LineageDocumentJsonTests
{
    private static readonly SourceLocation Cell = new() { File = "solicitudes_x.csv", Row = 7, Line = 9, Field = "NRO_DOC", Value = "10117410-2" };
    private static readonly SourceLocation Elsewhere = new() { File = "anexo.json", Path = "/pedidos/0/cpf", Line = 12, Field = "cpf", Value = "529.982.247-25" };

    private static LineageDocument Lineage(params SourceLocation[] sources) => new()
    {
        RequestId = "r-1",
        SourceFile = "solicitudes_x.csv",
        Entries = [new LineageEntry { CanonicalPath = "/persons/0/identityDocuments/0/number", Conversion = "copy", Sources = sources }],
    };

    private static string Written(LineageDocument lineage)
    {
        using var buffer = new MemoryStream();
        CanonicalFiles.WriteLineage(buffer, lineage);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Test]
    public void A_source_in_the_documents_file_does_not_repeat_the_file_name()
    {
        var source = JsonNode.Parse(Written(Lineage(Cell)))!["entries"]![0]!["sources"]![0]!.AsObject();

        Assert.That(source.Select(p => p.Key), Is.EqualTo(new[] { "row", "line", "field", "value" }));
    }

    [Test]
    public void A_source_in_another_file_names_it()
    {
        var source = JsonNode.Parse(Written(Lineage(Elsewhere)))!["entries"]![0]!["sources"]![0]!;

        Assert.That((string?)source["file"], Is.EqualTo("anexo.json"));
    }

    [Test]
    public void Reading_what_was_written_gives_the_same_sources_with_their_files()
    {
        var read = JsonSerializer.Deserialize<LineageDocument>(Written(Lineage(Cell, Elsewhere)), CanonicalJson.Options)!;

        Assert.That(read.Entries.Single().Sources, Is.EqualTo(new[] { Cell, Elsewhere }));
        Assert.That(read.SourceFile, Is.EqualTo("solicitudes_x.csv"));
    }

    [Test]
    public void Reads_the_older_form_in_which_every_source_names_its_file()
    {
        const string older = """
            {"requestId":"r-1","sourceFile":"solicitudes_x.csv","entries":[{"canonicalPath":"/a","sources":[{"file":"solicitudes_x.csv","row":7,"line":9,"field":"NRO_DOC","value":"10117410-2"}],"conversion":"copy"}]}
            """;

        var read = JsonSerializer.Deserialize<LineageDocument>(older, CanonicalJson.Options)!;

        Assert.That(read.Entries.Single().Sources.Single(), Is.EqualTo(Cell));
    }

    [Test]
    public void The_indented_canonical_form_holds_the_same_content_as_the_compact_file()
    {
        var lineage = Lineage(Cell, Elsewhere);

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(CanonicalJson.SerializeValue(lineage)), JsonNode.Parse(Written(lineage))), Is.True);
    }

    [Test]
    public void Each_lineage_written_holds_only_its_own_entries_though_the_buffer_is_reused()
    {
        var first = Written(Lineage(Cell, Elsewhere));
        var second = Written(Lineage(Cell));

        Assert.That(second, Does.Not.Contain("anexo.json"));
        Assert.That(JsonNode.Parse(first)!["entries"]![0]!["sources"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(JsonNode.Parse(second)!["entries"]![0]!["sources"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_lineage_without_entries_is_not_readable()
    {
        Assert.That(() => JsonSerializer.Deserialize<LineageDocument>("""{"requestId":"r","sourceFile":"f"}""", CanonicalJson.Options), Throws.InstanceOf<JsonException>());
    }
}
