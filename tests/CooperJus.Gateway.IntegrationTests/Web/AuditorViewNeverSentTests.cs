using System.Net;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// The auditor view shows what `cooperjus audit show` shows, from the same view in Core: a request the gateway never
/// sent (a record of Peru's that translates but is refused: its deadline precedes the request) and a request found by its national
/// record number (the record id the adapter gave, kept by the <c>record.parsed</c> event), not only by case reference.
/// </summary>
[TestFixture]
public sealed class AuditorViewNeverSentTests
{
    /// <summary>The refused record: translated, refused by validation, never sent.</summary>
    private const string RefusedRecord = AuditedGateways.RefusedRecord;

    private AuditedGateways _gateways = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _gateways = await AuditedGateways.StartAsync(withAuditorView: true);
        await _gateways.DropRefusedRecordAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_gateways is not null) await _gateways.DisposeAsync();
    }

    [Test]
    public async Task Shows_a_request_that_was_never_sent_with_its_record_and_why_it_was_refused()
    {
        var requestId = RequestOfRecord(RefusedRecord);
        using var client = await SignedInAsync();

        using var response = await client.GetAsync($"/audit/requests/{requestId}");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), page);
            Assert.That(page, Does.Contain("never sent (rejected or not routed)"));
            Assert.That(page, Does.Contain("Rejection reasons").And.Contain("deadline.before-request"));
            Assert.That(page, Does.Contain(RefusedRecord + ";"), "the record as exported");
            Assert.That(page, Does.Contain("record.rejected"), "the timeline");
        });
    }

    [Test]
    public async Task A_request_the_audit_log_does_not_know_is_still_404()
    {
        using var client = await SignedInAsync();

        using var response = await client.GetAsync("/audit/requests/0190d3a5-0000-7000-8000-000000000000");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("the sent request")]
    [TestCase("the never-sent request")]
    public async Task A_search_by_national_record_number_finds_the_request(string which)
    {
        var record = which == "the sent request" ? RecordOf(_gateways.RequestId) : RefusedRecord;
        var requestId = which == "the sent request" ? _gateways.RequestId : RequestOfRecord(RefusedRecord);
        using var client = await SignedInAsync();
        await client.GetAsync("/audit"); // the search form, with its token

        using var response = await client.PostAsync("/audit/search", [new("caseReference", record)]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), page);
        Assert.That(page, Does.Contain($"/audit/requests/{requestId}"));
    }

    /// <summary>The national record number the adapter gave the record <paramref name="requestId"/> was made of.</summary>
    private string RecordOf(string requestId) =>
        _gateways.Audit.ReadRows(1, null, CancellationToken.None)
            .Where(r => r.Kind == AuditEventKinds.RecordParsed && r.RequestId == requestId)
            .Select(r => AuditHeader.Parse(r.Header, r.BodyPruned).Fact("record")).First()!;

    private string RequestOfRecord(string record) =>
        _gateways.Audit.ReadRows(1, null, CancellationToken.None)
            .Where(r => r.Kind == AuditEventKinds.RecordParsed && AuditHeader.Parse(r.Header, r.BodyPruned).Fact("record") == record)
            .Select(r => r.RequestId).First()!;

    private async Task<AuditorViewClient> SignedInAsync()
    {
        var client = new AuditorViewClient(_gateways.Peru.Url);
        using var response = await client.SignInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the auditor signs in");
        return client;
    }
}
