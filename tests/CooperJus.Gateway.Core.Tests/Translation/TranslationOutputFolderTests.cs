using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Tests.Translation;

[TestFixture]
public sealed class TranslationOutputFolderTests
{
    private static readonly SourceLocation Cell = new() { File = "solicitudes_x.csv", Row = 7, Field = "NRO_DOC", Value = "10117410-3" };
    private TemporaryFolder _folder = null!;

    [SetUp]
    public void Create() => _folder = new TemporaryFolder();

    [TearDown]
    public void Delete() => _folder.Dispose();

    private void WriteAll(params TranslationOutcome[] outcomes)
    {
        var summary = new TranslationSummary { Files = 1 };
        using var output = new TranslationOutputFolder(_folder.Path, "PE", new DateTimeOffset(2024, 3, 20, 0, 0, 0, TimeSpan.Zero));
        foreach (var outcome in outcomes)
        {
            summary.Add(outcome);
            output.Write("/in/solicitudes_x.csv", outcome);
        }
        output.Complete(summary);
    }

    private static TranslationOutcome Accepted() => new()
    {
        Record = new RecordResult { RecordId = "SGF-1", Request = SomeRequests.Full() },
        Problems = [],
        CanonicalJson = CanonicalJson.Serialize(SomeRequests.Full()),
    };

    private static TranslationOutcome Rejected(string recordId) => new()
    {
        Record = new RecordResult { RecordId = recordId, OriginalText = "NRO_SOLICITUD;NRO_DOC\nSGF-2;10117410-3\n" },
        Problems = [Problem.Error("identity.check-digit", "PE DNI '10117410-3' is not valid: check digit should be 2, not 3", Cell)],
    };

    [Test]
    public void Writes_each_accepted_request_and_its_lineage_named_by_request_id()
    {
        WriteAll(Accepted());

        Assert.That(File.ReadAllText(_folder.Combine(SomeRequests.RequestId + ".json")), Is.EqualTo(CanonicalJson.Serialize(SomeRequests.Full())));
        var lineage = JsonNode.Parse(File.ReadAllText(_folder.Combine(SomeRequests.RequestId + ".lineage.json")))!;
        Assert.That((string?)lineage["requestId"], Is.EqualTo(SomeRequests.RequestId));
    }

    [Test]
    public void Keeps_the_original_of_a_rejected_record_and_reports_why()
    {
        WriteAll(Accepted(), Rejected("SGF-2"));

        var report = JsonNode.Parse(File.ReadAllText(_folder.Combine("translation-report.json")))!;
        var record = report["records"]!.AsArray().Single()!;
        Assert.That((string?)record["outcome"], Is.EqualTo("rejected"));
        Assert.That((string?)record["problems"]![0]!["source"]!["field"], Is.EqualTo("NRO_DOC"));
        Assert.That(File.ReadAllText(_folder.Combine((string)record["quarantinedAs"]!)), Does.Contain("SGF-2;10117410-3"));
        Assert.That((long?)report["summary"]!["rejected"], Is.EqualTo(1));
        var text = File.ReadAllText(_folder.Combine("translation-report.txt"));
        Assert.That(text, Does.Contain("solicitudes_x.csv record SGF-2: rejected"));
        Assert.That(text, Does.Contain("solicitudes_x.csv row 7, field NRO_DOC, value \"10117410-3\""));
        Assert.That(text, Does.Contain("1 accepted, 1 rejected"));
    }

    [Test]
    public void A_record_id_cannot_place_its_quarantined_original_outside_the_output_folder()
    {
        WriteAll(Rejected("../../escape"), Rejected("../../escape"));

        var kept = Directory.GetFiles(_folder.Combine("rejected"));
        Assert.That(kept, Has.Length.EqualTo(2));
        Assert.That(kept, Is.All.StartsWith(_folder.Combine("rejected")));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(_folder.Path)!, "*escape*"), Is.Empty);
    }
}
