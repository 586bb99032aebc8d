using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Inbound;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;

namespace CooperJus.Gateway.IntegrationTests.Delivery;

/// <summary>
/// Anyone who reaches Spain's partner port can POST junk without a key. What nobody's key signed costs the store a
/// bounded record (size, SHA-256, client address, first 4 KiB), and only so many per client address per window: the
/// rest is answered 429 with Retry-After, not stored, not signed, and only counted, the count written to the audit log
/// once per window. What a partner's key signed is never limited and keeps its whole body as evidence.
/// </summary>
[TestFixture]
public sealed class UnattributedFloodTests
{
    private const int JunkPosts = 1000;
    private const int JunkBytes = 130 * 1024;
    private const int Seed = 20261201;
    private const long OneMegabyte = 1_000_000;

    private PartnerIdentity _peru = null!;
    private TestGateway _spain = null!;
    private PartnerClient _partner = null!;
    private HttpClient _http = null!;

    [SetUp]
    public void Prepare()
    {
        _peru = new PartnerIdentity("pe", "PE");
        _spain = TestGateway.Create("es", "ES");
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    }

    [TearDown]
    public async Task Stop()
    {
        _partner?.Dispose();
        _http.Dispose();
        await _spain.DisposeAsync();
        _peru.Dispose();
    }

    [Test]
    public async Task A_thousand_unattributable_junk_posts_grow_the_store_by_under_a_megabyte()
    {
        // The default limit per address, over a window the whole flood fits in however slow the machine.
        await StartSpainAsync(("PartnerEndpoint:UnattributedWindow", "00:10:00"));
        var before = StoreBytes();

        var answers = new ConcurrentBag<Answer>();
        await Parallel.ForEachAsync(Enumerable.Range(0, JunkPosts), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) => answers.Add(await PostAsync(JunkBodies.For(i, JunkBytes, Seed))));

        var growth = StoreBytes() - before;
        var recorded = StoreInspector.Rejections(_spain.StorePath);
        var signed = answers.Count(a => a.Status == 422);
        var notRecorded = answers.Count(a => a.Status == 429);
        TestContext.Out.WriteLine($"{JunkPosts} junk POSTs of about {JunkBytes} bytes from 127.0.0.1: the store (db + wal) grew by {growth:N0} bytes " +
            $"({before:N0} -> {before + growth:N0}); {signed} answered 422 with a signed rejection and recorded, {notRecorded} answered 429 and not recorded.");
        Assert.Multiple(() =>
        {
            Assert.That(growth, Is.LessThan(OneMegabyte), "store growth for 1,000 unattributable junk POSTs");
            Assert.That(signed + notRecorded, Is.EqualTo(JunkPosts), "every POST is answered: a signed rejection, or 429");
            Assert.That(signed, Is.EqualTo(new PartnerEndpointOptions().UnattributedPerAddress), "as many are recorded as the per-address limit allows");
            Assert.That(answers.Where(a => a.Status == 429).Select(a => a.RetryAfter), Has.All.GreaterThan(TimeSpan.Zero), "429 says when to try again");
            Assert.That(recorded, Has.Count.EqualTo(signed), "a rejection is signed only when it is recorded");
            Assert.That(recorded.Select(r => r.RawBodyLength), Has.All.LessThanOrEqualTo(InboundProcessor.UnattributedEvidenceBytes), "only the first 4 KiB are kept");
            Assert.That(recorded.Select(r => r.BodySize), Has.All.GreaterThan(JunkBytes - 4), "the evidence names the size of the whole body");
            Assert.That(recorded.Select(r => r.ClientAddress), Has.All.EqualTo("127.0.0.1"));
        });
    }

    [Test]
    public async Task A_message_a_partner_signed_keeps_its_whole_body_as_evidence_and_is_not_limited()
    {
        await StartSpainAsync(("PartnerEndpoint:UnattributedPerAddress", "1"));
        var first = await PostAsync(JunkBodies.For(1, 8 * 1024, Seed));
        var second = await PostAsync(JunkBodies.For(3, 8 * 1024, Seed));
        var request = CanonicalRequests.Peruvian("SGF-SIGNED-INVALID-1");
        var invalid = JsonNode.Parse(CanonicalRequests.Payload(request with { Facts = request.Facts with { Summary = new string('x', 100_000) } }).GetRawText())!;
        invalid["kind"] = "whatever-you-like";
        var sent = _partner.Seal(_peru, CanonicalRequests.Element(invalid));

        var signedInvalid = await PostAsync(sent.Body.ToArray());

        var receipt = await _partner.VerifyReceiptAsync(signedInvalid.Body, sent.Body, _peru.Id, sent.Envelope.MessageId);
        var evidence = StoreInspector.Rejections(_spain.StorePath);
        TestContext.Out.WriteLine($"Signed by Peru, schema-invalid, {sent.Body.Length} bytes: answered {signedInvalid.Status}, {evidence[^1].RawBodyLength} bytes kept as evidence.");
        Assert.Multiple(() =>
        {
            Assert.That((first.Status, second.Status), Is.EqualTo((422, 429)), "the unattributable limit (1 per address) is reached");
            Assert.That(signedInvalid.Status, Is.EqualTo(422), "a message a partner signed is answered whatever the unattributable limit");
            Assert.That(receipt.Receipt?.Errors.Select(e => e.Rule), Does.Contain("schema"));
            Assert.That(evidence, Has.Count.EqualTo(2));
            Assert.That((evidence[1].PartnerId, evidence[1].RawBodyLength, evidence[1].BodySize), Is.EqualTo(((string?)_peru.Id, sent.Body.Length, (long)sent.Body.Length)),
                "the whole body a partner signed is kept");
        });
    }

    [Test]
    public async Task Unattributable_messages_over_the_limit_are_answered_429_and_their_count_is_written_to_the_audit_log()
    {
        await StartSpainAsync(("PartnerEndpoint:UnattributedPerAddress", "3"), ("PartnerEndpoint:UnattributedWindow", "00:00:01"));

        var answers = new List<Answer>();
        for (var i = 0; i < 12; i++) answers.Add(await PostAsync(JunkBodies.For(i, 2048, Seed)));

        var refused = answers.Count(a => a.Status == 429);
        await Eventually.Until(() => NotRecordedInAuditLog().Sum(e => e.Count) == refused, "the count of what was not recorded to reach the audit log");
        var events = NotRecordedInAuditLog();
        var verification = await _spain.Services.AuditVerifier.VerifyAsync(CancellationToken.None);
        TestContext.Out.WriteLine($"12 junk POSTs with a limit of 3 per address and second: {refused} answered 429; audit events: " +
            string.Join(" | ", events.Select(e => e.Header)));
        Assert.Multiple(() =>
        {
            Assert.That(refused, Is.GreaterThanOrEqualTo(6), "at most 3 per window are recorded, and 12 POSTs span at most two windows");
            Assert.That(answers.Where(a => a.Status == 429).Select(a => a.Body.Length), Has.All.EqualTo(0), "nothing is signed for what is not recorded");
            Assert.That(StoreInspector.Rejections(_spain.StorePath), Has.Count.EqualTo(12 - refused));
            Assert.That(_spain.Services.NotRecorded.Total, Is.EqualTo(refused));
            Assert.That(events.Select(e => e.Header), Has.All.Contains("\"top\":\"127.0.0.1 ("));
            Assert.That(verification.IsIntact, Is.True, verification.Problem);
        });
    }

    private async Task StartSpainAsync(params (string Key, string Value)[] settings)
    {
        foreach (var (key, value) in settings) _spain.Set(key, value);
        await _spain.StartAsync(_peru.AsPartner("http://127.0.0.1:9/"));
        _partner = new PartnerClient(_spain.AsPartner());
    }

    private async Task<Answer> PostAsync(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(PartnerProtocol.MediaType);
        using var answer = await _http.PostAsync(new Uri(new Uri(_spain.Url), PartnerProtocol.MessagesPath.TrimStart('/')), content);
        return new Answer((int)answer.StatusCode, answer.Headers.RetryAfter?.Delta, await answer.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Bytes of the store on disk: the database and its write-ahead log.</summary>
    private long StoreBytes() => new[] { _spain.StorePath, _spain.StorePath + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);

    /// <summary>The <c>inbound.not-recorded</c> events: their headers and the count their bodies give 127.0.0.1.</summary>
    private List<(string Header, long Count)> NotRecordedInAuditLog() =>
        _spain.Services.Store.Audit.ReadRows(1, null, CancellationToken.None)
            .Where(r => r.Kind == AuditEventKinds.InboundNotRecorded)
            .Select(r => (Encoding.UTF8.GetString(r.Header), CountFor(Encoding.UTF8.GetString(r.Body!), "127.0.0.1")))
            .ToList();

    private static long CountFor(string body, string address) =>
        body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t'))
            .Where(parts => parts[0] == address).Sum(parts => long.Parse(parts[1], CultureInfo.InvariantCulture));

    private sealed record Answer(int Status, TimeSpan? RetryAfter, byte[] Body);
}
