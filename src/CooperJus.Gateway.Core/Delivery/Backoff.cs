namespace CooperJus.Gateway.Core.Delivery;

/// <summary>
/// When to try a message again: exponential backoff with "equal jitter" (half the exponential bound plus a random
/// part of the other half). The random part keeps gateways from hitting a partner that comes back all at the same
/// instant; the fixed half makes every wait longer than the one before, which full jitter would not. Never shorter
/// than what the partner asked for with <c>Retry-After</c>.
/// </summary>
public static class Backoff
{
    /// <summary>The wait before attempt number <paramref name="attempts"/> + 1.</summary>
    public static TimeSpan Next(int attempts, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan? retryAfter, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var exponent = Math.Min(Math.Max(attempts - 1, 0), 30);
        var bound = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        var jittered = TimeSpan.FromMilliseconds(bound / 2 + random.NextDouble() * bound / 2);
        return retryAfter is { } asked && asked > jittered ? asked : jittered;
    }
}
