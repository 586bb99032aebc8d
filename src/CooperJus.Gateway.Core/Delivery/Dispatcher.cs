using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Telemetry;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CooperJus.Gateway.Core.Delivery;

/// <summary>
/// Delivers the outbox. Each partner with due messages gets its own worker, so a slow or dead partner never delays
/// another. A worker leases a batch from the store, sends up to <see cref="DeliveryOptions.ConcurrencyPerPartner"/>
/// at once through the partner's Polly pipeline, and closes every lease with exactly one store call: delivered (with
/// the partner's verified receipt), retry at a time set by <see cref="Backoff"/>, or dead letter with the reason.
/// Retry state lives only in the store: killed at any instant, the gateway resumes from there (a message whose
/// receipt was lost is sent again and answered <c>duplicate</c>, carrying the original receipt).
/// </summary>
public sealed class Dispatcher
{
    private readonly IGatewayStore _store;
    private readonly PartnerDirectory _partners;
    private readonly PartnerTransport _transport;
    private readonly PartnerPipelines _pipelines;
    private readonly ReceiptVerifier _receipts;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _clock;
    private readonly string _owner;
    private readonly GatewayMetrics? _metrics;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>
    /// Creates a dispatcher; <paramref name="owner"/> names this instance's leases and must be stable across restarts;
    /// attempts, deliveries, retries, dead letters and circuit states are counted in <paramref name="metrics"/> when given.
    /// </summary>
    public Dispatcher(IGatewayStore store, PartnerDirectory partners, PartnerTransport transport, ReceiptVerifier receipts, DeliveryOptions options, TimeProvider clock, string owner,
        GatewayMetrics? metrics = null)
    {
        _metrics = metrics;
        _store = store;
        _partners = partners;
        _transport = transport;
        _receipts = receipts;
        _options = options;
        _clock = clock;
        _owner = owner;
        _pipelines = new PartnerPipelines(options, clock, metrics);
    }

    /// <summary>Raised after each message reaches a final state or a retry is scheduled (for logs and metrics).</summary>
    public event Action<DeliveryReport>? Reported;

    /// <summary>Tells the dispatcher that new messages were queued, so it does not wait for its next poll.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Runs until <paramref name="stoppingToken"/> is cancelled; in-flight sends are then released, not lost.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        await _store.ReleaseLeasesOfOwnerAsync(_owner, CancellationToken.None).ConfigureAwait(false);
        var workers = new Dictionary<string, Task>(StringComparer.Ordinal);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var partner in await _store.GetDuePartnersAsync(stoppingToken).ConfigureAwait(false))
                if (!workers.TryGetValue(partner, out var worker) || worker.IsCompleted)
                    workers[partner] = Task.Run(() => DrainAsync(partner, stoppingToken), CancellationToken.None);
            await WaitForWorkAsync(workers.Values, stoppingToken).ConfigureAwait(false);
        }
        await Task.WhenAll(workers.Values).ConfigureAwait(false);
    }

    /// <summary>
    /// Delivers everything due for <paramref name="partnerId"/> now, then returns (tests and the benchmark drive it
    /// directly). A continuous window: <see cref="DeliveryOptions.ConcurrencyPerPartner"/> senders take messages as
    /// they come while the next batch is leased, so one slow message never idles the others (a batch-then-wait loop
    /// kept only 1.5 of 2 cores busy in the delivery benchmark).
    /// </summary>
    public async Task DrainAsync(string partnerId, CancellationToken cancellationToken)
    {
        var window = Channel.CreateBounded<LeasedMessage>(_options.ConcurrencyPerPartner);
        var senders = Enumerable.Range(0, _options.ConcurrencyPerPartner)
            .Select(_ => Task.Run(() => SendFromAsync(window.Reader, cancellationToken), CancellationToken.None))
            .ToArray();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var batch = await _store.LeaseDueAsync(partnerId, _owner, _options.BatchSize, cancellationToken).ConfigureAwait(false);
                if (batch.Count == 0) break;
                foreach (var message in batch) await window.Writer.WriteAsync(message, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: what is leased is still handed to the senders, which release it.
        }
        finally
        {
            window.Writer.Complete();
            await Task.WhenAll(senders).ConfigureAwait(false);
        }
    }

    private async Task SendFromAsync(ChannelReader<LeasedMessage> window, CancellationToken cancellationToken)
    {
        await foreach (var message in window.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            await DeliverAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private async Task WaitForWorkAsync(IEnumerable<Task> workers, CancellationToken stoppingToken)
    {
        var now = _clock.GetUtcNow();
        var next = await _store.GetEarliestDueAsync(null, stoppingToken).ConfigureAwait(false);
        var wait = next is { } due ? Clamp(due - now) : _options.IdlePoll;
        if (wait <= TimeSpan.Zero && workers.Any(w => !w.IsCompleted)) wait = TimeSpan.FromMilliseconds(50);
        if (wait <= TimeSpan.Zero) return;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var woken = _wake.Reader.WaitToReadAsync(linked.Token).AsTask();
        var finished = workers.Where(w => !w.IsCompleted).ToList();
        await Task.WhenAny([woken, Task.Delay(wait, _clock, linked.Token), .. finished]).ConfigureAwait(false);
        await linked.CancelAsync().ConfigureAwait(false);
        while (_wake.Reader.TryRead(out _)) { }
    }

    private TimeSpan Clamp(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > _options.IdlePoll ? _options.IdlePoll : wait;

    private async Task DeliverAsync(LeasedMessage message, CancellationToken cancellationToken)
    {
        // A child of the span the message was sealed in, which may have ended long ago (or in a process since restarted).
        using var activity = GatewayTelemetry.Source.StartActivity(GatewayTelemetry.Deliver, ActivityKind.Producer, GatewayTelemetry.ParentOf(message.TraceParent));
        activity?.SetTag("cooperjus.message.id", message.MessageId);
        activity?.SetTag("cooperjus.message.type", message.MessageType);
        activity?.SetTag("cooperjus.partner", message.PartnerId);
        if (!_partners.TryGetPartner(message.PartnerId, out var partner))
        {
            await Finish(message, _store.DeadLetterAsync(message.Lease, null, $"partner '{message.PartnerId}' is no longer in the partner directory", CancellationToken.None), DeliveryState.DeadLettered, "unknown partner", null).ConfigureAwait(false);
            return;
        }
        var attempts = message.Attempts;
        // Set by each attempt as it starts: Polly calls OnRetry (the observer) BEFORE its retry delay, so a start time
        // taken there would place the next attempt before a wait (or a partner's Retry-After) it actually honoured.
        // Null when the circuit breaker refused the attempt unsent: it then "starts" when it is recorded.
        var startedAt = new StrongBox<DateTimeOffset?>();
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(PartnerPipelines.AttemptObserver, async outcome =>
        {
            attempts++;
            var attempt = Attempt(TakeStart(startedAt), outcome);
            _metrics?.Attempted(message.PartnerId, KebabNames<AttemptOutcome>.Word(attempt.Outcome));
            await _store.RecordAttemptAsync(message.Lease, attempt, CancellationToken.None).ConfigureAwait(false);
        });
        try
        {
            var outcome = await _pipelines.For(partner.Id).ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    state.StartedAt.Value = state.Clock.GetUtcNow();
                    return Outcome.FromResult(await state.Transport.SendAsync(state.Partner, state.Body, ctx.CancellationToken).ConfigureAwait(false));
                },
                context, (Transport: _transport, Partner: partner, Body: message.SignedEnvelope, StartedAt: startedAt, Clock: _clock)).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                await _store.ReleaseLeaseAsync(message.Lease, CancellationToken.None).ConfigureAwait(false);
                return;
            }
            await CompleteAsync(message, attempts + 1, TakeStart(startedAt), outcome).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private DateTimeOffset TakeStart(StrongBox<DateTimeOffset?> startedAt)
    {
        var start = startedAt.Value ?? _clock.GetUtcNow();
        startedAt.Value = null;
        return start;
    }

    private async Task CompleteAsync(LeasedMessage message, int attempts, DateTimeOffset startedAt, Outcome<SendResult> outcome)
    {
        var attempt = Attempt(startedAt, outcome);
        if (outcome.Result is { StatusCode: { } status } result && !result.IsTransient)
        {
            var receipt = await _receipts.VerifyAsync(result.Body, SentOf(message)).ConfigureAwait(false);
            if (receipt.IsDelivered)
            {
                var delivered = attempt with { Outcome = receipt.Receipt!.Outcome == ReceiptOutcome.Duplicate ? AttemptOutcome.Duplicate : AttemptOutcome.Accepted };
                await Finish(message, _store.MarkDeliveredAsync(message.Lease, delivered, result.Body, CancellationToken.None), DeliveryState.Delivered, receipt.Receipt.Outcome.ToString(), delivered).ConfigureAwait(false);
                return;
            }
            if (receipt.IsRejected || status is >= 400 and < 500)
            {
                var errors = receipt.IsRejected ? receipt.Receipt!.Errors : receipt.Errors;
                var reason = receipt.IsRejected
                    ? $"rejected by {message.PartnerId}: {string.Join("; ", errors.Select(e => $"{e.Rule}: {e.Message}"))}"
                    : $"HTTP {status} from {message.PartnerId} without a valid receipt ({string.Join("; ", errors.Select(e => e.Message))})";
                // The partner's words go to the store and the audit log only: they quote names and identity numbers.
                var reported = receipt.IsRejected
                    ? $"rejected by {message.PartnerId} (rules: {Rules(errors)}); the reasons are in `cooperjus outbox show {message.MessageId}`"
                    : $"HTTP {status} from {message.PartnerId} without a valid receipt (rules: {Rules(errors)})";
                var rejected = attempt with { Outcome = AttemptOutcome.Rejected, Error = reason };
                await Finish(message, _store.DeadLetterAsync(message.Lease, rejected, reason, CancellationToken.None), DeliveryState.DeadLettered, reported, rejected).ConfigureAwait(false);
                return;
            }
            attempt = attempt with { Outcome = AttemptOutcome.InvalidReceipt, Error = "receipt not valid: " + string.Join("; ", receipt.Errors.Select(e => $"{e.Rule}: {e.Message}")) };
            var invalid = $"receipt not valid (rules: {Rules(receipt.Errors)})";
            await RetryOrGiveUpAsync(message, attempts, attempt, result.RetryAfter, invalid).ConfigureAwait(false);
            return;
        }
        await RetryOrGiveUpAsync(message, attempts, attempt, outcome.Result?.RetryAfter ?? (outcome.Exception is BrokenCircuitException ? _options.BreakDuration : null), attempt.Error).ConfigureAwait(false);
    }

    private static string Rules(IEnumerable<ProtocolError> errors) => string.Join(", ", errors.Select(e => e.Rule).Distinct(StringComparer.Ordinal));

    // `reported` is what the report (and so the log) says of the attempt: the gateway's own words, never the partner's.
    private async Task RetryOrGiveUpAsync(LeasedMessage message, int attempts, DeliveryAttempt attempt, TimeSpan? retryAfter, string? reported)
    {
        if (attempts >= _options.MaxAttempts)
        {
            var reason = $"retry budget spent: {attempts} attempts, last: {attempt.Error}";
            await Finish(message, _store.DeadLetterAsync(message.Lease, attempt, reason, CancellationToken.None), DeliveryState.DeadLettered,
                $"retry budget spent: {attempts} attempts, last: {reported}", attempt).ConfigureAwait(false);
            return;
        }
        var wait = Backoff.Next(attempts, _options.BaseDelay, _options.MaxDelay, retryAfter, Random.Shared);
        var next = _clock.GetUtcNow() + wait;
        await Finish(message, _store.ScheduleRetryAsync(message.Lease, attempt, next, CancellationToken.None), DeliveryState.RetryScheduled, reported ?? "", attempt).ConfigureAwait(false);
    }

    // `attempt` is the last attempt, null when none was made (a partner no longer listed).
    private async Task Finish(LeasedMessage message, Task<bool> storeCall, DeliveryState state, string detail, DeliveryAttempt? attempt)
    {
        // False means the lease was lost (expired and taken by another instance): that instance now owns the outcome.
        if (!await storeCall.ConfigureAwait(false)) return;
        Observe(message, state, attempt);
        Reported?.Invoke(new DeliveryReport(message.MessageId, message.PartnerId, state, detail));
    }

    private void Observe(LeasedMessage message, DeliveryState state, DeliveryAttempt? attempt)
    {
        var activity = Activity.Current;
        activity?.SetTag("cooperjus.delivery.state", KebabNames<DeliveryState>.Word(state));
        if (attempt is not null)
        {
            _metrics?.Attempted(message.PartnerId, KebabNames<AttemptOutcome>.Word(attempt.Outcome));
            activity?.SetTag("cooperjus.attempt.outcome", KebabNames<AttemptOutcome>.Word(attempt.Outcome));
        }
        switch (state)
        {
            case DeliveryState.Delivered:
                var outcome = attempt?.Outcome == AttemptOutcome.Duplicate ? "duplicate" : "accepted";
                _metrics?.Delivered(message.PartnerId, outcome, _clock.GetUtcNow() - message.EnqueuedAt);
                activity?.AddEvent(new ActivityEvent("receipt verified", tags: new ActivityTagsCollection { ["cooperjus.receipt.outcome"] = outcome }));
                break;
            case DeliveryState.DeadLettered:
                _metrics?.DeadLettered(message.PartnerId);
                activity?.SetStatus(ActivityStatusCode.Error, "dead-lettered");
                break;
            default:
                _metrics?.RetryScheduled(message.PartnerId);
                break;
        }
    }

    private DeliveryAttempt Attempt(DateTimeOffset startedAt, Outcome<SendResult> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException } => new DeliveryAttempt(startedAt, AttemptOutcome.Timeout, null, $"no answer within {_options.AttemptTimeout.TotalSeconds:0.#} s"),
        { Exception: BrokenCircuitException } => new DeliveryAttempt(startedAt, AttemptOutcome.NetworkError, null, "not sent: the circuit to this partner is open after repeated failures"),
        { Exception: { } e } => new DeliveryAttempt(startedAt, AttemptOutcome.NetworkError, null, e.Message),
        { Result: { StatusCode: null } r } => new DeliveryAttempt(startedAt, AttemptOutcome.NetworkError, null, r.Error),
        { Result: { } r } when r.IsTransient => new DeliveryAttempt(startedAt, AttemptOutcome.HttpError, r.StatusCode, $"HTTP {r.StatusCode}"),
        { Result: { } r } => new DeliveryAttempt(startedAt, AttemptOutcome.Accepted, r.StatusCode, null),
        _ => new DeliveryAttempt(startedAt, AttemptOutcome.NetworkError, null, "no outcome"),
    };

    private static SentEnvelope SentOf(LeasedMessage message) =>
        new(message.MessageId, message.PartnerId, Sha256Hex.Of(message.SignedEnvelope.Span));
}
