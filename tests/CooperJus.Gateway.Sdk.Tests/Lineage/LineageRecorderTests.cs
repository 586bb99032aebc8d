using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;
using CooperJus.Gateway.Sdk.Tests.Support;

namespace CooperJus.Gateway.Sdk.Tests.Lineage;

public sealed class LineageRecorderTests
{
    [Test]
    public void Records_entries_in_order()
    {
        var recorder = new LineageRecorder();
        var birth = Some.Row("FECHA_NACIMIENTO", "05/06/1980");

        recorder.Record("/persons/0/birthDate", "day-first-date", birth);
        recorder.Record("/language", "adapter-default");

        Assert.That(recorder.Entries.Select(e => e.CanonicalPath), Is.EqualTo(new[] { "/persons/0/birthDate", "/language" }));
        Assert.That(recorder.Entries[0].Sources, Is.EqualTo(new[] { birth }));
        Assert.That(recorder.Entries[1].Sources, Is.Empty);
    }

    [Test]
    public void Keeps_its_own_copy_of_the_sources()
    {
        // Regression: the params array was stored as given, so a caller reusing it rewrote recorded lineage.
        var recorder = new LineageRecorder();
        var sources = new[] { Some.Row("NOMBRES", "Juan") };

        recorder.Record("/persons/0/givenNames", "copy", sources);
        sources[0] = Some.Row("RAZON_SOCIAL", "Otra");

        Assert.That(recorder.Entries[0].Sources[0].Field, Is.EqualTo("NOMBRES"));
    }

    [TestCase("", "copy")]
    [TestCase("/facts/summary", "")]
    public void Rejects_empty_path_or_conversion(string path, string conversion) =>
        Assert.That(() => new LineageRecorder().Record(path, conversion), Throws.InstanceOf<ArgumentException>());

    [Test]
    public void A_single_source_entry_reads_like_a_params_entry()
    {
        var recorder = new LineageRecorder();
        var birth = Some.Row("FECHA_NACIMIENTO", "05/06/1980");

        recorder.Record("/persons/0/birthDate", "day-first-date", birth);
        recorder.Record("/persons/0/birthDate", "day-first-date", [birth]);
        var single = recorder.Entries[0];
        var general = recorder.Entries[1];

        Assert.That(single.Sources, Is.EqualTo(general.Sources));
        Assert.That(single.Sources, Is.TypeOf(general.Sources.GetType()));
        var firstRead = single.Sources;
        Assert.That(single.Sources, Is.SameAs(firstRead));
        Assert.That(single.ToString(), Is.EqualTo(general.ToString()));
    }

    [Test]
    public void A_copy_of_a_single_source_entry_equals_it_until_a_member_changes()
    {
        var recorder = new LineageRecorder();
        recorder.Record("/persons/0/birthDate", "day-first-date", Some.Row("FECHA_NACIMIENTO", "05/06/1980"));
        var entry = recorder.Entries[0];

        var copy = entry with { };

        Assert.That(copy, Is.EqualTo(entry));
        Assert.That(copy.GetHashCode(), Is.EqualTo(entry.GetHashCode()));
        Assert.That(copy.Sources, Is.SameAs(entry.Sources));
        Assert.That(entry with { Conversion = "copy" }, Is.Not.EqualTo(entry));
        Assert.That(entry with { Sources = [] }, Is.Not.EqualTo(entry));
    }
}
