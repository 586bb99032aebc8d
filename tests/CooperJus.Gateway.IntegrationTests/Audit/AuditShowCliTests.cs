using System.Text.Json;
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
        Assert.That(output, Does.Contain("partner -, requested State CL"), "no partner yet, shown as '-' as in 'requests'");
        Assert.That(output, Does.Contain("-- Original record").And.Contain("SGF-2024-000187;" + ChileCase), "the record as exported");
        Assert.That(output, Does.Contain("-- Canonical document").And.Contain($"\"requestId\": \"{requestId}\""));
        Assert.That(output, Does.Match(@"record\.parsed[\s\S]*request\.translated[\s\S]*request\.held"), "the timeline");
        Assert.That(output, Does.Not.Contain("message.sealed"));
    }

    [TestCase("the sent request")]
    [TestCase("the held request")]
    [TestCase("the never-sent request")]
    public void Finds_a_request_by_its_national_record_number(string which)
    {
        var record = which switch { "the sent request" => RecordOf(Pair.RequestId), "the held request" => ChileRecord, _ => AuditedGateways.RefusedRecord };
        var requestId = which == "the sent request" ? Pair.RequestId : RequestOfRecord(record);

        var result = CliRunner.Run("audit", "show", record, "--config", Pair.ConfigFile);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        Assert.That(result.Output, Does.Contain($"== request {requestId}"));
        Assert.That(result.Output, Does.Contain(record + ";"), "the record as exported");
    }

    [Test]
    public void Json_output_of_a_sent_request_holds_the_documented_fields()
    {
        var result = CliRunner.Run("audit", "show", Pair.CaseReference, "--json", "--config", Pair.ConfigFile);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        using var json = JsonDocument.Parse(result.Output);
        var request = json.RootElement.GetProperty("requests").EnumerateArray().Single(r => r.GetProperty("requestId").GetString() == Pair.RequestId);
        var timeline = request.GetProperty("timeline").EnumerateArray().ToList();
        var sealedEvent = timeline.First(e => e.GetProperty("kind").GetString() == AuditEventKinds.MessageSealed);
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("reference").GetString(), Is.EqualTo(Pair.CaseReference));
            Assert.That(request.GetProperty("caseReference").GetString(), Is.EqualTo(Pair.CaseReference));
            Assert.That(request.GetProperty("neverSent").GetBoolean(), Is.False);
            Assert.That(request.GetProperty("direction").GetString(), Is.EqualTo("outgoing"));
            Assert.That(request.GetProperty("partnerId").GetString(), Is.EqualTo("es"));
            Assert.That(request.GetProperty("requestedCountry").GetString(), Is.EqualTo("ES"));
            Assert.That(request.GetProperty("status").GetString(), Is.EqualTo("delivered"));
            Assert.That(request.GetProperty("overdue").ValueKind, Is.EqualTo(JsonValueKind.False));
            Assert.That(request.GetProperty("sourceFile").GetString(), Is.EqualTo(AuditedGateways.SampleFile));
            Assert.That(request.GetProperty("originalRecord").GetString(), Is.EqualTo(Pair.OriginalRecord));
            Assert.That(request.GetProperty("canonicalDocument").GetProperty("requestId").GetString(), Is.EqualTo(Pair.RequestId), "the document as JSON");
            Assert.That(request.GetProperty("lineage").ValueKind, Is.EqualTo(JsonValueKind.Object));
            Assert.That(request.GetProperty("rejectionReasons").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(timeline.Select(e => e.GetProperty("sequence").GetInt64()), Is.Ordered.Ascending);
            Assert.That(sealedEvent.GetProperty("at").GetString(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$"), "RFC 3339, UTC");
            Assert.That(sealedEvent.GetProperty("messageId").GetString(), Is.EqualTo(Pair.MessageId));
            Assert.That(sealedEvent.GetProperty("partnerId").GetString(), Is.EqualTo("es"));
            Assert.That(sealedEvent.GetProperty("actor").GetString(), Is.EqualTo("gateway"));
            Assert.That(sealedEvent.GetProperty("facts").GetProperty("type").GetString(), Is.EqualTo("cooperation-request"));
            Assert.That(sealedEvent.GetProperty("body").GetProperty("sha256").GetString(), Does.Match("^[0-9a-f]{64}$"));
            Assert.That(sealedEvent.GetProperty("body").GetProperty("pruned").GetBoolean(), Is.False);
            Assert.That(sealedEvent.GetProperty("hash").GetString(), Does.Match("^[0-9a-f]{64}$"));
        });
    }

    [Test]
    public void Json_output_of_a_never_sent_request_says_so_with_the_reasons()
    {
        var result = CliRunner.Run("audit", "show", AuditedGateways.RefusedRecord, "--json", "--config", Pair.ConfigFile);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        using var json = JsonDocument.Parse(result.Output);
        var request = json.RootElement.GetProperty("requests").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.GetProperty("neverSent").GetBoolean(), Is.True);
            Assert.That(request.GetProperty("status").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(request.GetProperty("rejectionReasons").GetString(), Does.Contain("deadline.before-request"));
            Assert.That(request.GetProperty("originalRecord").GetString(), Does.Contain(AuditedGateways.RefusedRecord + ";"));
        });
    }

    [Test]
    public void Json_output_of_a_held_request_gives_its_status_held()
    {
        var result = CliRunner.Run("audit", "show", ChileCase, "--json", "--config", Pair.ConfigFile);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        using var json = JsonDocument.Parse(result.Output);
        var request = json.RootElement.GetProperty("requests").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.GetProperty("neverSent").GetBoolean(), Is.False);
            Assert.That(request.GetProperty("status").GetString(), Is.EqualTo("held"));
            Assert.That(request.GetProperty("partnerId").ValueKind, Is.EqualTo(JsonValueKind.Null), "no partner yet: null, as 'requests --json' gives it");
            Assert.That(request.GetProperty("originalRecord").GetString(), Does.Contain(ChileRecord + ";" + ChileCase));
        });
    }

    /// <summary>The Cusco export's record to Chile.</summary>
    private const string ChileRecord = "SGF-2024-000187";

    /// <summary>The national record number the adapter gave the record <paramref name="requestId"/> was made of.</summary>
    private static string RecordOf(string requestId) =>
        Pair.Audit.ReadRows(1, null, CancellationToken.None)
            .Where(r => r.Kind == AuditEventKinds.RecordParsed && r.RequestId == requestId)
            .Select(r => AuditHeader.Parse(r.Header, r.BodyPruned).Fact("record")).First()!;

    private static string RequestOfRecord(string record) =>
        Pair.Audit.ReadRows(1, null, CancellationToken.None)
            .Where(r => r.Kind == AuditEventKinds.RecordParsed && AuditHeader.Parse(r.Header, r.BodyPruned).Fact("record") == record)
            .Select(r => r.RequestId).First()!;

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
