using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;

namespace CooperJus.Gateway.IntegrationTests.Delivery;

/// <summary>
/// The partner endpoint's bounds on what a body may cost: the bytes it holds at once (503 with Retry-After beyond them,
/// before the body is read), how far it reads a body over the envelope limit (to twice the limit, at least 1 MiB beyond
/// it: 413 unread beyond that), and a
/// memory budget that could never hold one envelope of the largest size refused at start.
/// </summary>
[TestFixture]
public sealed class PartnerEndpointLimitsTests
{
    private const int MaxEnvelopeBytes = 64 * 1024;

    private PartnerIdentity _peru = null!;
    private TestGateway _spain = null!;
    private HttpClient _http = null!;

    [SetUp]
    public void Prepare()
    {
        _peru = new PartnerIdentity("pe", "PE");
        _spain = TestGateway.Create("es", "ES").Set("Messaging:MaxEnvelopeBytes", MaxEnvelopeBytes.ToString(CultureInfo.InvariantCulture));
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    }

    [TearDown]
    public async Task Stop()
    {
        _http.Dispose();
        await _spain.DisposeAsync();
        _peru.Dispose();
    }

    [Test]
    public async Task A_body_that_would_go_over_the_memory_budget_is_answered_503_with_retry_after_unread()
    {
        await StartAsync(("PartnerEndpoint:MaxBufferedBytes", (MaxEnvelopeBytes + 8 * 1024).ToString(CultureInfo.InvariantCulture)));
        using var slow = new HeldContent(JunkBodies.For(0, MaxEnvelopeBytes, 7));
        var first = PostAsync(slow);
        await Eventually.Until(() => _spain.Services.BodyBudget.AvailableBytes < 16 * 1024, "the slow body to take its share of the budget");

        using (var second = await PostAsync(new ByteArrayContent(JunkBodies.For(2, 16 * 1024, 7))))
        {
            slow.Release();
            using var firstAnswer = await first;
            TestContext.Out.WriteLine($"A second body while a {MaxEnvelopeBytes}-byte one is in hand: {(int)second.StatusCode}, Retry-After {second.Headers.RetryAfter?.Delta}; the first: {(int)firstAnswer.StatusCode}.");
            Assert.Multiple(() =>
            {
                Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(second.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
                Assert.That(firstAnswer.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), "the body in hand is read and answered");
                Assert.That(StoreInspector.Rejections(_spain.StorePath), Has.Count.EqualTo(1), "nothing of the refused one is stored");
            });
        }
        Assert.That(_spain.Services.BodyBudget.AvailableBytes, Is.EqualTo(MaxEnvelopeBytes + 8 * 1024), "every share is given back");
    }

    [Test]
    public async Task A_body_declared_beyond_the_read_bound_is_answered_413_unread_and_counted_as_not_recorded()
    {
        await StartAsync();
        var size = (int)PartnerMessageEndpoint.MaxRequestBytes(MaxEnvelopeBytes) + 1;

        using var answer = await PostAsync(new ByteArrayContent(JunkBodies.For(0, size, 7)));

        Assert.Multiple(() =>
        {
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.Not.EqualTo(PartnerProtocol.MediaType), "no receipt: the bytes were not read, so nothing names them");
            Assert.That(StoreInspector.Rejections(_spain.StorePath), Is.Empty);
            Assert.That(_spain.Services.NotRecorded.Total, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_memory_budget_smaller_than_the_envelope_limit_stops_the_start()
    {
        _spain.Set("PartnerEndpoint:MaxBufferedBytes", "4096");

        var failure = Assert.ThrowsAsync<StartupException>(() => _spain.StartAsync(_peru.AsPartner("http://127.0.0.1:9/")));

        Assert.That(failure.Message, Does.Contain("PartnerEndpoint:MaxBufferedBytes is 4096; it must be at least Messaging:MaxEnvelopeBytes (65536)"));
    }

    private async Task StartAsync(params (string Key, string Value)[] settings)
    {
        foreach (var (key, value) in settings) _spain.Set(key, value);
        await _spain.StartAsync(_peru.AsPartner("http://127.0.0.1:9/"));
    }

    private Task<HttpResponseMessage> PostAsync(HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue(PartnerProtocol.MediaType);
        return _http.PostAsync(new Uri(new Uri(_spain.Url), PartnerProtocol.MessagesPath.TrimStart('/')), content);
    }
}
