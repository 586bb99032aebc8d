using System.Text.RegularExpressions;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.IntegrationTests.Support;
namespace CooperJus.Gateway.IntegrationTests.Audit;

/// <summary>`cooperjus audit show` against the store of a real gateway that translated, sealed and delivered a request.</summary>
[TestFixture]
public sealed class AuditShowCliTests
{
    private static AuditedGateways Pair => AuditCliSetup.Pair;

    [TestCase("request id")]
    [TestCase("message id")]
    [TestCase("case reference")]
    public void Shows_the_original_record_canonical_document_lineage_and_timeline(string by)
    {
        var reference = by switch
        {
            "request id" => Pair.RequestId,
            "message id" => Pair.MessageId,
            _ => Pair.CaseReference,
        };

        var result = CliRunner.Run("audit", "show", reference, "--config", Pair.ConfigFile);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        var output = result.Output;
        Assert.That(output, Does.Contain($"== request {Pair.RequestId}"));
        Assert.That(output, Does.Contain($"case reference  {Pair.CaseReference}"));
        Assert.That(output, Does.Contain("-- Original record").And.Contain(Pair.OriginalRecord.Split('\n')[0].TrimEnd('\r')));
        Assert.That(output, Does.Contain("-- Canonical document").And.Contain($"\"requestId\": \"{Pair.RequestId}\""), "the canonical document, indented");
        Assert.That(output, Does.Contain("CANONICAL FIELD").And.Contain("/requestId").And.Contain("request-id"), "the lineage table");
        Assert.That(output, Does.Match(@"/persons/0/\S+\s+row \d+"), "a lineage row naming the source row");
        Assert.That(output, Does.Contain("record.parsed").And.Contain("message.sealed").And.Contain("delivery.attempted").And.Contain("receipt.received"), "the timeline");
        Assert.That(output, Does.Match(@"receipt\.received\s+es\s+gateway\s+body sha256 [0-9a-f]{64}"), "the receipt's line names the partner and the body's hash");
    }

    /// <summary>The Cusco export's request to Chile: no partner of Peru's serves Chile, so it is held, never sent.</summary>
    private const string ChileCase = "2506015502-2024-118-0";

    [TestCase("case reference")]
    [TestCase("request id")]
    public void Shows_a_held_request_with_its_record_canonical_document_and_the_reason_it_waits(string by)
    {
        var requestId = Pair.Audit.ReadRows(1, null, CancellationToken.None)
            .First(r => r.Kind == AuditEventKinds.RequestHeld && r.CaseReference == ChileCase).RequestId!;

        var result = CliRunner.Run("audit", "show", by == "request id" ? requestId : ChileCase, "--config", Pair.ConfigFile);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        var output = result.Output;
        TestContext.Out.WriteLine(output);
        Assert.That(output, Does.Contain($"== request {requestId}"));
        Assert.That(output, Does.Contain("-- Original record").And.Contain("SGF-2024-000187;" + ChileCase), "the record as exported");
        Assert.That(output, Does.Contain("-- Canonical document").And.Contain($"\"requestId\": \"{requestId}\""));
        Assert.That(output, Does.Match(@"record\.parsed[\s\S]*request\.translated[\s\S]*request\.held"), "the timeline");
        Assert.That(output, Does.Not.Contain("message.sealed"));
    }

    [Test]
    public async Task A_header_rewritten_into_something_unreadable_exits_1_saying_the_log_was_altered()
    {
        using var folder = new TemporaryFolder();
        var events = await Pair.Audit.GetEventsAsync(Pair.RequestId, null, CancellationToken.None);
        var target = events.First(e => e.Kind == AuditEventKinds.RequestTranslated).Sequence;
        var config = Pair.CopyWithHeaderRewritten(folder, target, header => Regex.Replace(header, "\"at\":\"[^\"]*\"", "\"at\":\"yesterday\""));

        var result = CliRunner.Run("audit", "show", Pair.RequestId, "--config", config);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.All);
        Assert.That(result.Error, Does.Contain("a stored audit header of this request is no longer readable: the log was altered; run `cooperjus audit verify`"));
        Assert.That(result.All, Does.Not.Contain("Exception").And.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void An_unknown_reference_exits_1_naming_it()
    {
        var result = CliRunner.Run("audit", "show", "NO-SUCH-CASE-4711", "--config", Pair.ConfigFile);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.All);
        Assert.That(result.Error, Does.Contain("NO-SUCH-CASE-4711"));
    }
}
