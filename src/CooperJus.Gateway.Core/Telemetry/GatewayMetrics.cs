using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CooperJus.Gateway.Core.Telemetry;

/// <summary>
/// The gateway's one <see cref="Meter"/> (<see cref="MeterName"/>) and every instrument it has, named here and nowhere
/// else (docs: README "Metrics"; Prometheus names: dots become underscores, counters end in <c>_total</c>, seconds in
/// <c>_seconds</c>). Counters and the latency histogram are recorded as things happen; the gauges over the store read
/// <see cref="StoreCounts"/> through a cache, so a scrape costs at most one grouped query every
/// <see cref="StoreCacheFor"/>.
/// </summary>
/// <remarks>
/// Each gateway has its own instance, tagged with <see cref="Scope"/>: a process that runs two gateways (the demo, the
/// tests) keeps their figures apart by exporting only the instruments of its own scope.
/// </remarks>
public sealed class GatewayMetrics : IDisposable
{
    /// <summary>The meter's name, the same as the trace source's.</summary>
    public const string MeterName = GatewayTelemetry.SourceName;

    /// <summary>How long a reading of the store serves the gauges: 5 seconds.</summary>
    public static readonly TimeSpan StoreCacheFor = TimeSpan.FromSeconds(5);

    /// <summary>Every outcome of <c>cooperjus.intake.files</c>.</summary>
    private static readonly string[] IntakeFileOutcomes = ["processed", "failed"];

    /// <summary>Every outcome of <c>cooperjus.intake.records</c>.</summary>
    private static readonly string[] IntakeRecordOutcomes = ["queued", "held", "rejected"];

    private readonly Meter _meter;
    private readonly Counter<long> _attempts;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _deadLetters;
    private readonly Counter<long> _delivered;
    private readonly Histogram<double> _latency;
    private readonly Counter<long> _intakeFiles;
    private readonly Counter<long> _intakeRecords;
    private readonly Counter<long> _validationRejections;
    private readonly Counter<long> _inbound;
    private readonly ConcurrentDictionary<string, BreakerState> _circuits = new(StringComparer.Ordinal);
    private readonly Func<StoreCounts> _readStore;
    private readonly TimeProvider _clock;
    private readonly Lock _storeLock = new();
    private (StoreCounts Counts, long At)? _store;
    private long _checkpointCoveredAt; // Unix milliseconds.

    /// <summary>Creates the meter and its instruments; <paramref name="readStore"/> counts the store (see <see cref="StoreCounts"/>).</summary>
    public GatewayMetrics(Func<StoreCounts> readStore, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(readStore);
        ArgumentNullException.ThrowIfNull(clock);
        _readStore = readStore;
        _clock = clock;
        // Until a checkpoint is known (CheckpointCovered), the age counts from the start: a gateway that cannot sign from
        // its first pass on shows an age that grows, and the alert on it fires, rather than no series at all.
        _checkpointCoveredAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
        _meter = new Meter(new MeterOptions(MeterName) { Scope = Scope });
        _attempts = _meter.CreateCounter<long>("cooperjus.delivery.attempts", "{attempt}", "HTTP attempts to deliver a message, by partner and outcome (accepted, duplicate, rejected, http-error, network-error, timeout, invalid-receipt).");
        _retries = _meter.CreateCounter<long>("cooperjus.delivery.retries", "{retry}", "Messages whose attempt failed and that were scheduled to be tried again, by partner.");
        _deadLetters = _meter.CreateCounter<long>("cooperjus.delivery.dead_letters", "{message}", "Messages dead-lettered (rejected by the partner or out of retries), by partner.");
        _delivered = _meter.CreateCounter<long>("cooperjus.delivery.delivered", "{message}", "Messages the partner receipted, by partner and receipt outcome (accepted, duplicate).");
        _latency = _meter.CreateHistogram("cooperjus.delivery.latency", "s", "Seconds from sealing (entering the outbox) to the partner's verified receipt, by partner.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 14400, 86400] });
        _intakeFiles = _meter.CreateCounter<long>("cooperjus.intake.files", "{file}", "Intake files handled, by outcome (processed, failed).");
        _intakeRecords = _meter.CreateCounter<long>("cooperjus.intake.records", "{record}", "Records of intake files, by outcome (queued, held, rejected).");
        _validationRejections = _meter.CreateCounter<long>("cooperjus.validation.rejections", "{problem}", "Validation errors by rule id and source: intake (a record not sent) or inbound (a partner's envelope refused).");
        _inbound = _meter.CreateCounter<long>("cooperjus.inbound.messages", "{message}", "Envelopes received from partners, by outcome (accepted, duplicate, rejected, busy).");
        _meter.CreateObservableGauge("cooperjus.requests", () => Store().Requests.Select(r =>
            new Measurement<long>(r.Count, new("partner", r.PartnerId), new("status", r.State), new("direction", r.Kind))), "{request}",
            "Requests in the store by partner, status and direction.");
        _meter.CreateObservableGauge("cooperjus.requests.held", () => Store().Requests.Where(r => r.State == "held").Sum(r => r.Count), "{request}",
            "Requests held because no partner serves their country.");
        _meter.CreateObservableGauge("cooperjus.requests.overdue", () => Store().Overdue, "{request}",
            "Requests past their respond-by date whose status is not final.");
        _meter.CreateObservableGauge("cooperjus.outbox.messages", () => Store().Outbox.Select(m =>
            new Measurement<long>(m.Count, new("partner", m.PartnerId), new("state", m.State), new("type", m.Kind))), "{message}",
            "Outgoing messages in the store by partner, state (queued, sending, retry-waiting, delivered, dead-lettered) and type.");
        _meter.CreateObservableGauge("cooperjus.inbox.messages", () => Store().Inbox.Select(m =>
            new Measurement<long>(m.Count, new("partner", m.PartnerId), new("type", m.State))), "{message}",
            "Messages received and stored, by partner and type (cooperation-request, cooperation-response).");
        _meter.CreateObservableGauge("cooperjus.delivery.circuit.state", () => _circuits.Select(c =>
            new Measurement<int>((int)c.Value, new KeyValuePair<string, object?>("partner", c.Key))), null,
            "The circuit breaker of each partner: 0 closed (sending), 1 half-open (trying one), 2 open (not sending).");
        _meter.CreateObservableGauge("cooperjus.audit.checkpoint.age", CheckpointAge, "s",
            "Seconds since the audit log's head was last covered by a signed checkpoint.");
    }

    /// <summary>What tells this gateway's instruments from another's in the same process (<see cref="Meter.Scope"/>).</summary>
    public object Scope { get; } = new();

    /// <summary>One HTTP attempt to <paramref name="partner"/> ended with <paramref name="outcome"/> (a kebab-case word).</summary>
    public void Attempted(string partner, string outcome) => _attempts.Add(1, new("partner", partner), new("outcome", outcome));

    /// <summary>A message was receipted by <paramref name="partner"/>, <paramref name="latency"/> after it was sealed.</summary>
    public void Delivered(string partner, string outcome, TimeSpan latency)
    {
        _delivered.Add(1, new("partner", partner), new("outcome", outcome));
        _latency.Record(Math.Max(0, latency.TotalSeconds), new KeyValuePair<string, object?>("partner", partner));
    }

    /// <summary>A message to <paramref name="partner"/> is to be tried again.</summary>
    public void RetryScheduled(string partner) => _retries.Add(1, new KeyValuePair<string, object?>("partner", partner));

    /// <summary>A message to <paramref name="partner"/> was dead-lettered.</summary>
    public void DeadLettered(string partner) => _deadLetters.Add(1, new KeyValuePair<string, object?>("partner", partner));

    /// <summary>An intake file was handled: <c>processed</c> or <c>failed</c>.</summary>
    public void IntakeFile(string outcome) => _intakeFiles.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary><paramref name="count"/> records of an intake file ended with <paramref name="outcome"/> (<c>queued</c>, <c>held</c>, <c>rejected</c>).</summary>
    public void IntakeRecords(string outcome, int count)
    {
        if (count > 0) _intakeRecords.Add(count, new KeyValuePair<string, object?>("outcome", outcome));
    }

    /// <summary>
    /// An error of <paramref name="rule"/> kept a record from being sent (<paramref name="source"/> <c>intake</c>) or
    /// made this gateway refuse a partner's envelope (<c>inbound</c>).
    /// </summary>
    public void ValidationRejected(string rule, string source = "intake") => _validationRejections.Add(1, new("rule", rule), new("source", source));

    /// <summary>An envelope was received and answered with <paramref name="outcome"/>.</summary>
    public void Received(string outcome) => _inbound.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>The circuit breaker of <paramref name="partner"/> is now in <paramref name="state"/>.</summary>
    public void Circuit(string partner, BreakerState state) => _circuits[partner] = state;

    /// <summary>
    /// Adds 0 to every series of the counters the alerts watch with <c>increase()</c> whose labels are known in advance
    /// (intake files by outcome, intake records by outcome), so each series exists from the start: Prometheus sees no
    /// increase in a series whose first sample is already 1, and the first failure after a start would go unnoticed.
    /// </summary>
    /// <remarks>
    /// Called once the exporters listen (a measurement nobody listens to is dropped), which is after this instance is
    /// created: the host calls it once its meter provider is built.
    /// </remarks>
    public void StartKnownSeries()
    {
        foreach (var outcome in IntakeFileOutcomes) _intakeFiles.Add(0, new KeyValuePair<string, object?>("outcome", outcome));
        foreach (var outcome in IntakeRecordOutcomes) _intakeRecords.Add(0, new KeyValuePair<string, object?>("outcome", outcome));
    }

    /// <summary>
    /// The audit log's head was covered by a signed checkpoint at <paramref name="at"/>: just signed, nothing new to
    /// sign, or (at start) the time of the last checkpoint in the file. Until the first call the age counts from the
    /// creation of this instance.
    /// </summary>
    public void CheckpointCovered(DateTimeOffset at) => Interlocked.Exchange(ref _checkpointCoveredAt, at.ToUnixTimeMilliseconds());

    private double CheckpointAge() => (_clock.GetUtcNow().ToUnixTimeMilliseconds() - Interlocked.Read(ref _checkpointCoveredAt)) / 1000.0;

    private StoreCounts Store()
    {
        lock (_storeLock)
        {
            var now = _clock.GetTimestamp();
            if (_store is { } cached && _clock.GetElapsedTime(cached.At, now) < StoreCacheFor) return cached.Counts;
            StoreCounts counts;
            try
            {
                counts = _readStore();
            }
#pragma warning disable CA1031 // A scrape must not fail over the store: the gauges go quiet and the next scrape tries again.
            catch (Exception)
#pragma warning restore CA1031
            {
                return StoreCounts.Empty;
            }
            _store = (counts, now);
            return counts;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
