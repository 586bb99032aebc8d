using System.Diagnostics.Metrics;
using CooperJus.Gateway.Core.Delivery;
using CooperJus.Gateway.Core.Telemetry;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace CooperJus.Gateway.Core.Tests.Telemetry;

/// <summary>The instruments that are not plain counters: the circuit-breaker gauge and the cached store gauges.</summary>
public sealed class GatewayMetricsTests
{
    [Test]
    public async Task The_circuit_gauge_follows_a_partner_circuit_from_closed_to_open()
    {
        var clock = new FakeTimeProvider();
        using var metrics = new GatewayMetrics(() => StoreCounts.Empty, clock);
        var pipelines = new PartnerPipelines(new DeliveryOptions { QuickRetries = 0 }, clock, metrics);
        var failing = new SendResult(503, ReadOnlyMemory<byte>.Empty, null, null);

        var pipeline = pipelines.For("es");
        var before = Observe(metrics, "cooperjus.delivery.circuit.state");
        for (var i = 0; i < 5; i++) await pipeline.ExecuteAsync(_ => ValueTask.FromResult(failing));
        var after = Observe(metrics, "cooperjus.delivery.circuit.state");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Is.EqualTo(new[] { ("es", (double)BreakerState.Closed) }));
            Assert.That(after, Is.EqualTo(new[] { ("es", (double)BreakerState.Open) }));
        }
    }

    [Test]
    public void The_store_is_read_once_per_cache_period_whatever_the_number_of_gauges_and_scrapes()
    {
        var clock = new FakeTimeProvider();
        var reads = 0;
        using var metrics = new GatewayMetrics(() =>
        {
            reads++;
            return new StoreCounts([new StoreCount("es", "queued", "cooperation-request", reads)], [], [new StoreCount("es", "held", "outgoing", 3)], 1);
        }, clock);

        var first = Observe(metrics, "cooperjus.outbox.messages");
        var held = Observe(metrics, "cooperjus.requests.held");
        Observe(metrics, "cooperjus.requests.overdue");
        clock.Advance(GatewayMetrics.StoreCacheFor);
        var later = Observe(metrics, "cooperjus.outbox.messages");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(new[] { ("es", 1.0) }));
            Assert.That(held, Is.EqualTo(new[] { ((string?)null, 3.0) }), "a status the code names nowhere else is counted from the stored word");
            Assert.That(later, Is.EqualTo(new[] { ("es", 2.0) }), "read again once the cache expired");
            Assert.That(reads, Is.EqualTo(2));
        }
    }

    [Test]
    public void The_checkpoint_age_grows_from_the_start_until_a_checkpoint_covers_the_head()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 5, 0, 0, TimeSpan.Zero));
        using var metrics = new GatewayMetrics(() => StoreCounts.Empty, clock);

        var atStart = Observe(metrics, "cooperjus.audit.checkpoint.age");
        clock.Advance(TimeSpan.FromMinutes(11));
        var unsigned = Observe(metrics, "cooperjus.audit.checkpoint.age");
        metrics.CheckpointCovered(clock.GetUtcNow().AddMinutes(-2));
        var covered = Observe(metrics, "cooperjus.audit.checkpoint.age");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(atStart, Is.EqualTo(new[] { ((string?)null, 0.0) }), "a series from the start, before any checkpoint pass");
            Assert.That(unsigned, Is.EqualTo(new[] { ((string?)null, 660.0) }), "no checkpoint signed: the age counts from the start");
            Assert.That(covered, Is.EqualTo(new[] { ((string?)null, 120.0) }), "from the checkpoint's time once one is known");
        }
    }

    [Test]
    public void The_intake_counters_the_alerts_watch_start_at_zero_for_every_outcome()
    {
        using var metrics = new GatewayMetrics(() => StoreCounts.Empty, new FakeTimeProvider());
        var seen = new List<(string Instrument, string? Outcome, long Value)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (i, l) =>
            {
                if (ReferenceEquals(i.Meter.Scope, metrics.Scope)) l.EnableMeasurementEvents(i);
            },
        };
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) =>
        {
            string? outcome = null;
            foreach (var tag in tags) if (tag.Key == "outcome") outcome = tag.Value as string;
            seen.Add((i.Name, outcome, value));
        });
        listener.Start();

        metrics.StartKnownSeries();

        Assert.That(seen, Is.EquivalentTo(new[]
        {
            ("cooperjus.intake.files", "processed", 0L), ("cooperjus.intake.files", "failed", 0L),
            ("cooperjus.intake.records", "queued", 0L), ("cooperjus.intake.records", "held", 0L), ("cooperjus.intake.records", "rejected", 0L),
        }));
    }

    /// <summary>The current measurements of one instrument of <paramref name="metrics"/> (only its scope), as (partner, value).</summary>
    private static List<(string? Partner, double Value)> Observe(GatewayMetrics metrics, string instrument)
    {
        var seen = new List<(string?, double)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (i, l) =>
            {
                if (ReferenceEquals(i.Meter.Scope, metrics.Scope) && i.Name == instrument) l.EnableMeasurementEvents(i);
            },
        };
        void Record(ReadOnlySpan<KeyValuePair<string, object?>> tags, double value)
        {
            string? partner = null;
            foreach (var tag in tags) if (tag.Key == "partner") partner = tag.Value as string;
            seen.Add((partner, value));
        }
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => Record(tags, value));
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) => Record(tags, value));
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) => Record(tags, value));
        listener.Start();
        listener.RecordObservableInstruments();
        return seen;
    }
}
