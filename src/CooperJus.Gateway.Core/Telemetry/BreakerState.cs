namespace CooperJus.Gateway.Core.Telemetry;

/// <summary>The state of a partner's circuit breaker as the <c>cooperjus.delivery.circuit.state</c> gauge reports it.</summary>
public enum BreakerState
{
    /// <summary>Closed: messages are sent.</summary>
    Closed = 0,

    /// <summary>Half-open: one trial message is let through.</summary>
    HalfOpen = 1,

    /// <summary>Open: nothing is sent until the break ends.</summary>
    Open = 2,
}
