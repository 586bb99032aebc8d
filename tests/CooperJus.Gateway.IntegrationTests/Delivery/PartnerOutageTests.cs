using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;

namespace CooperJus.Gateway.IntegrationTests.Delivery;

/// <summary>
/// Peru's gateway sends to Spain's (behind a proxy that can make it look down) and to Brazil's, all three real
/// gateways on loopback. A partner that is down for a while gets everything once it is back, with waits that grow
/// between attempts and a <c>Retry-After</c> that is honoured; the other partner is never held up meanwhile.
/// </summary>
[TestFixture]
public sealed class PartnerOutageTests
{
    private TestGateway _peru = null!;
    private TestGateway _spain = null!;
    private TestGateway _brazil = null!;
    private FakePartner _spainProxy = null!;

    [SetUp]
    public async Task CreateGateways()
    {
        _peru = TestGateway.Create("pe", "PE");
        _spain = TestGateway.Create("es", "ES");
        _brazil = TestGateway.Create("br", "BR");
        _spainProxy = await FakePartner.StartAsync(_spain.Url);
        await _spain.StartAsync(_peru.AsPartner());
        await _brazil.StartAsync(_peru.AsPartner());
    }

    [TearDown]
    public async Task DisposeGateways()
    {
        await _peru.DisposeAsync();
        await _spainProxy.DisposeAsync();
        await _spain.DisposeAsync();
        await _brazil.DisposeAsync();
    }

    [TestCase(FakePartnerMode.Refuse)]
    [TestCase(FakePartnerMode.Unavailable)]
    public async Task Messages_sent_while_a_partner_is_down_all_arrive_once_it_is_back_and_the_other_partner_is_not_held_up(FakePartnerMode down)
    {
        _spainProxy.Mode = down;
        await StartPeruAsync();

        _peru.Drop("solicitudes_2026_mixed.csv", SgfExport.File([.. SgfExport.Rows("SGF-OUT-ES", 3, "ESPAÑA"), .. SgfExport.Rows("SGF-OUT-BR", 2, "BRASIL")]));

        var toBrazil = await Eventually.Get(() => MessagesTo("br", 2, OutboxState.Delivered), "Peru's two requests to be delivered to Brazil while Spain is down");
        await Eventually.Until(() => _brazil.ExportedFiles().Count == 2, "Brazil's national export to hold both requests");
        var toSpain = await Eventually.Get(() => MessagesTo("es", 3, attemptsAtLeast: 2), "each request to Spain to have been tried at least twice");
        Assert.Multiple(() =>
        {
            Assert.That(_brazil.ExportedFiles(), Is.EquivalentTo(toBrazil.Select(m => _brazil.ExportNameOf(m.RequestId!))));
            Assert.That(toSpain.Select(m => m.State), Has.None.EqualTo(OutboxState.Delivered).And.None.EqualTo(OutboxState.DeadLettered));
            Assert.That(_spainProxy.Requests.Where(r => r.Forwarded), Is.Empty, "nothing got through while Spain was down");
            Assert.That(_spain.ExportedFiles(), Is.Empty);
        });

        _spainProxy.Mode = FakePartnerMode.Forward;

        await Eventually.Get(() => MessagesTo("es", 3, OutboxState.Delivered), "every request to Spain to be delivered once Spain is back");
        await Eventually.Until(() => _spain.ExportedFiles().Count == 3, "Spain's national export to hold the three requests");
        Assert.That(_spain.ExportedFiles(), Is.EquivalentTo(toSpain.Select(m => _spain.ExportNameOf(m.RequestId!))), "each request exactly once");
    }

    [Test]
    public async Task Waits_between_attempts_grow_while_a_partner_stays_down()
    {
        var baseDelay = TimeSpan.FromMilliseconds(100);
        _spainProxy.Mode = FakePartnerMode.Refuse;
        _peru.Set("Delivery:QuickRetries", "0").Set("Delivery:BaseDelay", "00:00:00.100").Set("Delivery:MaxDelay", "00:00:10");
        await StartPeruAsync();

        _peru.Drop("solicitudes_2026_one.csv", SgfExport.File(SgfExport.Row("SGF-GROW-1", "ESPAÑA")));

        var message = (await Eventually.Get(() => MessagesTo("es", 1), "the request to Spain to be queued")).Single();
        var history = await Eventually.Get(async () => await _peru.Store.GetOutboxMessageAsync(message.MessageId, CancellationToken.None) is { History.Count: >= 6 } detail ? detail.History : null,
            "six attempts to reach the dead partner");

        var waits = history.Zip(history.Skip(1), (before, after) => after.StartedAt - before.StartedAt).Take(5).ToList();
        Assert.Multiple(() =>
        {
            // Equal jitter: the n-th wait lies between half and all of BaseDelay·2^(n-1), so it is never shorter than the whole previous bound.
            for (var n = 1; n <= waits.Count; n++)
                Assert.That(waits[n - 1], Is.GreaterThanOrEqualTo(baseDelay * Math.Pow(2, n - 1) / 2), $"wait before attempt {n + 1}");
            Assert.That(waits[^1], Is.GreaterThan(waits[0] * 2), "the fifth wait against the first: " + string.Join(", ", waits.Select(w => $"{w.TotalMilliseconds:0} ms")));
            Assert.That(history.Select(a => a.Outcome), Has.All.EqualTo(AttemptOutcome.NetworkError));
        });
    }

    [TestCase(0, TestName = "Retry_After_is_honoured_by_the_durable_retry_schedule")]
    [TestCase(2, TestName = "Retry_After_is_honoured_by_the_quick_retries_within_one_dispatch")]
    public async Task Retry_After_is_honoured(int quickRetries)
    {
        var retryAfter = TimeSpan.FromSeconds(1);
        _spainProxy.Mode = FakePartnerMode.Unavailable;
        _spainProxy.RetryAfter = retryAfter;
        _peru.Set("Delivery:QuickRetries", quickRetries.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await StartPeruAsync();

        _peru.Drop("solicitudes_2026_busy.csv", SgfExport.File(SgfExport.Row("SGF-BUSY-1", "ESPAÑA")));
        await Eventually.Until(() => _spainProxy.Requests.Count >= 2, "two attempts answered 503 with Retry-After");
        _spainProxy.Mode = FakePartnerMode.Forward;

        var message = (await Eventually.Get(() => MessagesTo("es", 1, OutboxState.Delivered), "the request to be delivered once Spain accepts again")).Single();
        var arrivals = _spainProxy.RequestsFor(message.MessageId).Select(r => r.ArrivedAt).ToList();
        var history = (await _peru.Store.GetOutboxMessageAsync(message.MessageId, CancellationToken.None))!.History;
        // Timers run on the coarse monotonic clock (a kernel tick, up to 10 ms) and the store keeps milliseconds: that much slack, no more.
        var atLeast = retryAfter - TimeSpan.FromMilliseconds(20);
        Assert.Multiple(() =>
        {
            Assert.That(arrivals, Has.Count.GreaterThanOrEqualTo(3));
            Assert.That(arrivals.Zip(arrivals.Skip(1), (a, b) => b - a), Has.All.GreaterThanOrEqualTo(atLeast), "the partner saw no attempt before its Retry-After");
            Assert.That(history[1].StartedAt - history[0].StartedAt, Is.GreaterThanOrEqualTo(atLeast), "the stored attempt history agrees");
            Assert.That(history[0], Has.Property(nameof(AttemptRecord.HttpStatus)).EqualTo(503));
            Assert.That(history[^1].Outcome, Is.EqualTo(AttemptOutcome.Accepted));
        });
    }

    private Task StartPeruAsync() => _peru.StartAsync(_spain.AsPartner(_spainProxy.Url), _brazil.AsPartner());

    /// <summary>Peru's messages to <paramref name="partner"/> once there are <paramref name="count"/>, all in <paramref name="state"/> and tried as often as asked; else null.</summary>
    private async Task<List<OutboxEntry>?> MessagesTo(string partner, int count, OutboxState? state = null, int attemptsAtLeast = 0)
    {
        var messages = (await _peru.OutboxAsync()).Where(m => m.PartnerId == partner).ToList();
        var ready = messages.Count == count && messages.All(m => (state is null || m.State == state) && m.Attempts >= attemptsAtLeast);
        return ready ? messages : null;
    }
}
