using System.Text.Json;
using CooperJus.Gateway.Benchmarks.Generic;
using CooperJus.Gateway.Benchmarks.Measurement;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Benchmarks.Tests;

/// <summary>
/// The generic generator: a file of N records replicated from an adapter's good samples reads back with that
/// adapter as N requests, each accepted and with a reference of its own, and its shape's floor counts N records.
/// </summary>
public sealed class GenericGeneratorTests
{
    private const int Records = 40;

    [Test]
    public void A_replicated_Fortuny_XML_file_of_N_elements_translates_as_N_accepted_requests_with_their_own_references()
    {
        using var work = new WorkFolder();
        var (file, outcomes) = Replicate(ReferenceAdapters.Spain, work);

        Assert.That(file.Records, Is.EqualTo(Records));
        AssertAllAcceptedAndDistinct(outcomes, Records);
        Assert.That(XmlFloor.Run(file.Path).Accepted, Is.EqualTo(Records));
    }

    [Test]
    public void A_replicated_Sistema_Unico_JSON_file_of_N_pedidos_translates_as_N_accepted_requests_with_their_own_references()
    {
        using var work = new WorkFolder();
        var (file, outcomes) = Replicate(ReferenceAdapters.Brazil, work);

        Assert.That(file.Records, Is.EqualTo(Records));
        AssertAllAcceptedAndDistinct(outcomes, Records);
        Assert.That(JsonArrayFloor.Run(file.Path, "pedidos").Accepted, Is.EqualTo(Records));
    }

    [Test]
    public void A_replicated_SGF_CSV_file_of_at_least_N_rows_translates_as_the_requests_it_counts_with_their_own_references()
    {
        using var work = new WorkFolder();
        var (file, outcomes) = Replicate(ReferenceAdapters.Peru, work);

        Assert.That(file.Records, Is.GreaterThanOrEqualTo(Records));
        AssertAllAcceptedAndDistinct(outcomes, file.Requests);
        Assert.That(CsvFloor.Run(file.Path, ';').Accepted, Is.EqualTo(file.Records));
    }

    [Test]
    public void A_replicated_JSON_Lines_file_of_N_lines_holds_N_values_each_with_a_reference_of_its_own()
    {
        using var work = new WorkFolder();
        var samples = Directory.CreateDirectory(Path.Combine(work.Path, "samples", "ZZ")).FullName;
        File.WriteAllText(Path.Combine(samples, "zz_2024_a.jsonl"), "{\"ref\":\"ZZ-2024-0001\",\"nombre\":\"Ñandú Pérez\"}\n{\"ref\":\"ZZ-2024-0002\",\"monto\":1.50}\n");
        File.WriteAllText(Path.Combine(samples, "zz_2024_b.jsonl"), "{\"ref\":\"ZZ-2024-0003\",\"lista\":[1,2]}\n");
        File.WriteAllText(Path.Combine(samples, "other.jsonl"), "{\"ref\":\"not a sample: the adapter's patterns do not match it\"}\n");
        var adapter = new LineAdapter();
        var good = GoodSamples.Load(adapter, Path.Combine(work.Path, "samples"));
        var replicator = JsonLinesReplicator.Load(good.Files, good.References)!;

        var file = replicator.Write(work.File("zz_bench.jsonl"), Records, seed: 7);

        var references = File.ReadLines(file.Path).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("ref").GetString()).ToList();
        Assert.That(good.Files, Has.Count.EqualTo(2));
        Assert.That(ShapeDetection.Detect(adapter.Descriptor, good.Files[0]), Is.EqualTo(SourceShape.JsonLines));
        Assert.That(references, Has.Count.EqualTo(Records).And.Unique);
        Assert.That(references, Has.All.Match("^ZZ-2024-\\d{4}$"));
        Assert.That(JsonLinesFloor.Run(file.Path).Accepted, Is.EqualTo(Records));
    }

    [Test]
    public void The_same_seed_gives_the_same_file_and_another_seed_another()
    {
        using var work = new WorkFolder();
        var adapter = ReferenceAdapters.Spain;
        var good = GoodSamples.Load(adapter, ReferenceAdapters.Samples);
        var replicator = XmlReplicator.Load(good.Files, good.References)!;

        var first = File.ReadAllBytes(replicator.Write(work.File("fortuny_a.xml"), Records, seed: 1).Path);
        var again = File.ReadAllBytes(replicator.Write(work.File("fortuny_b.xml"), Records, seed: 1).Path);
        var other = File.ReadAllBytes(replicator.Write(work.File("fortuny_c.xml"), Records, seed: 2).Path);

        Assert.That(again, Is.EqualTo(first));
        Assert.That(other, Is.Not.EqualTo(first));
    }

    [TestCase("FEA-2024-000117", 42, "FEA-2024-000042")]
    [TestCase("PGR-00018736/2024", 42, "PGR-00000042/2024")]
    [TestCase("SGF-2024-000302", 1_234_567, "SGF-2024-234567")]
    [TestCase("SIN-NUMERO", 42, "SIN-NUMERO")]
    public void A_reference_gets_the_number_in_its_longest_run_of_digits(string reference, long number, string expected) =>
        Assert.That(ReferenceRenamer.WithNumber(reference, number), Is.EqualTo(expected));

    [Test]
    public void The_shape_comes_from_the_descriptor_and_the_sample_decides_when_the_descriptor_does_not()
    {
        using var work = new WorkFolder();
        var lines = work.File("export.txt");
        File.WriteAllText(lines, "{\"a\":1}\n{\"a\":2}\n");
        var json = work.File("export.dat");
        File.WriteAllText(json, "{\n  \"a\": [ {\"b\": 1} ]\n}\n");
        var declaredJson = new AdapterDescriptor { Id = "ZZ", Version = "1", Country = "ZZ", DisplayName = "z", SourceFormat = "z", MediaType = "application/json", FilePatterns = ["z_*.json"] };
        var unknown = new AdapterDescriptor { Id = "ZZ", Version = "1", Country = "ZZ", DisplayName = "z", SourceFormat = "z", MediaType = "application/octet-stream", FilePatterns = ["z_*"] };

        Assert.Multiple(() =>
        {
            Assert.That(ShapeDetection.Detect(ReferenceAdapters.Spain.Descriptor, null), Is.EqualTo(SourceShape.Xml));
            Assert.That(ShapeDetection.Detect(ReferenceAdapters.Brazil.Descriptor, null), Is.EqualTo(SourceShape.Json));
            Assert.That(ShapeDetection.Detect(ReferenceAdapters.Peru.Descriptor, null), Is.EqualTo(SourceShape.Csv));
            Assert.That(ShapeDetection.Detect(unknown, lines), Is.EqualTo(SourceShape.JsonLines));
            Assert.That(ShapeDetection.Detect(unknown, json), Is.EqualTo(SourceShape.Json));
            Assert.That(ShapeDetection.Detect(declaredJson, lines), Is.EqualTo(SourceShape.JsonLines));
            Assert.That(ShapeDetection.Detect(declaredJson, json), Is.EqualTo(SourceShape.Json));
        });
    }

    /// <summary>What the benchmark does for an adapter without a generator: samples, shape, trial, file; then (b)'s translation of it.</summary>
    private static (Generation.GeneratedFile File, List<TranslationOutcome> Outcomes) Replicate(ICountryAdapter adapter, WorkFolder work)
    {
        var good = GoodSamples.Load(adapter, ReferenceAdapters.Samples);
        Replicator replicator = ShapeDetection.Detect(adapter.Descriptor, good.Files[0]) switch
        {
            SourceShape.Xml => XmlReplicator.Load(good.Files, good.References)!,
            SourceShape.Json => JsonReplicator.Load(good.Files, good.References)!,
            SourceShape.Csv => CsvReplicator.Load(good)!,
            var shape => throw new AssertionException($"unexpected shape {shape}"),
        };
        TemplateTrial.Choose(replicator, adapter, work.Path);
        var file = replicator.Write(work.File($"{adapter.Descriptor.Id.ToLowerInvariant()}_bench"), Records, seed: 11);
        var translator = new Translator(new RequestValidator(NoSchemaValidator.Instance, TimeProvider.System));
        return (file, translator.Translate(adapter, SourceFile.FromPath(file.Path)).ToList());
    }

    private static void AssertAllAcceptedAndDistinct(List<TranslationOutcome> outcomes, long requests)
    {
        var problem = outcomes.SelectMany(o => o.Problems).FirstOrDefault(p => p.IsError);
        Assert.That(problem, Is.Null, () => $"first problem: {problem}");
        Assert.That(outcomes, Has.Count.EqualTo(requests));
        Assert.That(outcomes.Select(o => o.Record.Request!.RequestId), Is.Unique);
    }
}
