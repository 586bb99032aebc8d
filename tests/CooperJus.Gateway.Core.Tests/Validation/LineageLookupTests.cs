using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;

namespace CooperJus.Gateway.Core.Tests.Validation;

[TestFixture]
public sealed class LineageLookupTests
{
    [Test]
    public void Prefers_the_exact_path_then_the_nearest_ancestor()
    {
        var recorder = new LineageRecorder();
        recorder.Record("/persons/0", "row", Row("TIPO_FILA", "PERSONA"));
        recorder.Record("/persons/0/birthDate", "day-first-date", Row("FECHA_NACIMIENTO", "05/06/1980"));

        Assert.That(LineageLookup.FindNearest(recorder.Entries, "/persons/0/birthDate")?.Conversion, Is.EqualTo("day-first-date"));
        Assert.That(LineageLookup.FindNearest(recorder.Entries, "/persons/0/identityDocuments/0/number")?.Conversion, Is.EqualTo("row"));
        Assert.That(LineageLookup.FindNearest(recorder.Entries, "/offences/0/iccsCode"), Is.Null);
    }

    [Test]
    public void Takes_the_last_entry_recorded_for_a_path()
    {
        var recorder = new LineageRecorder();
        recorder.Record("/urgency/level", "adapter-default");
        recorder.Record("/urgency/level", "code-list:urgency", Row("URGENCIA", "URGENTE"));

        Assert.That(LineageLookup.FindNearest(recorder.Entries, "/urgency/level")?.Conversion, Is.EqualTo("code-list:urgency"));
    }

    [Test]
    public void Checks_the_top_level_ancestor()
    {
        var entries = new List<LineageEntry> { new() { CanonicalPath = "/persons", Conversion = "rows", Sources = Array.Empty<SourceLocation>() } };

        Assert.That(LineageLookup.FindNearest(entries, "/persons/3/fullName")?.Conversion, Is.EqualTo("rows"));
    }

    [TestCase("")]
    [TestCase("persons")]
    public void A_path_without_parents_finds_nothing(string path) =>
        Assert.That(LineageLookup.FindNearest([], path), Is.Null);

    private static SourceLocation Row(string column, string value) => new() { File = "solicitudes_test.csv", Row = 2, Line = 2, Field = column, Value = value };
}
