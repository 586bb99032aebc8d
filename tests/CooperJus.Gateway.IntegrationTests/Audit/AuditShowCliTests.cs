using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Audit;

/// <summary>`cooperjus audit show` against the store of a real gateway that translated, sealed and delivered a request.</summary>
[TestFixture]
public sealed class AuditShowCliTests
{
    private static AuditedPair Pair => AuditCliSetup.Pair;

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

    [Test]
    public void An_unknown_reference_exits_1_naming_it()
    {
        var result = CliRunner.Run("audit", "show", "NO-SUCH-CASE-4711", "--config", Pair.ConfigFile);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.All);
        Assert.That(result.Error, Does.Contain("NO-SUCH-CASE-4711"));
    }
}
