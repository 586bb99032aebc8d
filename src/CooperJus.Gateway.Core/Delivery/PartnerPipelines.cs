using System.Collections.Concurrent;
using CooperJus.Gateway.Core.Telemetry;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace CooperJus.Gateway.Core.Delivery;

/// <summary>
/// One Polly pipeline per partner, so a dead partner opens only its own circuit: quick retries (exponential backoff
/// with jitter, honouring <c>Retry-After</c>) around a circuit breaker around a per-attempt timeout. Each quick retry
/// is reported to <see cref="AttemptObserver"/> so the store holds every attempt; the long waits of an outage are
/// not here but in the store (<see cref="Dispatcher"/>), so a restart resumes them.
/// </summary>
public sealed class PartnerPipelines
{
    /// <summary>Where the dispatcher puts the callback that records an attempt that Polly is about to retry.</summary>
    public static readonly ResiliencePropertyKey<Func<Outcome<SendResult>, ValueTask>> AttemptObserver = new("cooperjus.attempt-observer");

    private readonly ConcurrentDictionary<string, ResiliencePipeline<SendResult>> _pipelines = new(StringComparer.Ordinal);
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _clock;
    private readonly GatewayMetrics? _metrics;

    /// <summary>Creates the pipelines' factory; each circuit's state changes go to <paramref name="metrics"/> when given.</summary>
    public PartnerPipelines(DeliveryOptions options, TimeProvider clock, GatewayMetrics? metrics = null)
    {
        _options = options;
        _clock = clock;
        _metrics = metrics;
    }

    /// <summary>The pipeline of <paramref name="partnerId"/>, built on first use.</summary>
    public ResiliencePipeline<SendResult> For(string partnerId) => _pipelines.GetOrAdd(partnerId, Build);

    private ResiliencePipeline<SendResult> Build(string partnerId)
    {
        _metrics?.Circuit(partnerId, BreakerState.Closed);
        var transient = new PredicateBuilder<SendResult>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => r.IsTransient);
        var builder = new ResiliencePipelineBuilder<SendResult> { TimeProvider = _clock };
        if (_options.QuickRetries > 0) builder.AddRetry(new RetryStrategyOptions<SendResult>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = _options.QuickRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.BaseDelay,
                MaxDelay = _options.MaxDelay,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter is { } asked && asked > TimeSpan.Zero ? asked : (TimeSpan?)null),
                OnRetry = args => args.Context.Properties.TryGetValue(AttemptObserver, out var observe) ? observe(args.Outcome) : ValueTask.CompletedTask,
            });
        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<SendResult>
            {
                ShouldHandle = transient,
                FailureRatio = 0.5,
                MinimumThroughput = 5,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = _options.BreakDuration,
                OnOpened = _ => Changed(partnerId, BreakerState.Open),
                OnHalfOpened = _ => Changed(partnerId, BreakerState.HalfOpen),
                OnClosed = _ => Changed(partnerId, BreakerState.Closed),
            })
            .AddTimeout(_options.AttemptTimeout)
            .Build();
    }

    private ValueTask Changed(string partnerId, BreakerState state)
    {
        _metrics?.Circuit(partnerId, state);
        return ValueTask.CompletedTask;
    }
}
