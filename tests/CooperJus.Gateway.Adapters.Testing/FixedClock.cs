namespace CooperJus.Gateway.Adapters.Testing;

/// <summary>A clock stopped at one instant, so values taken from the clock (<c>createdAt</c>) are predictable.</summary>
/// <param name="now">The instant the clock always gives.</param>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>
    /// The instant every golden file was produced at: after the facts of the samples, before their deadlines. The
    /// conformance suite reads and validates at this instant, so a golden never depends on the day the test runs.
    /// </summary>
    public static readonly DateTimeOffset GoldenInstant = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A clock stopped at <see cref="GoldenInstant"/>.</summary>
    public static FixedClock Golden { get; } = new(GoldenInstant);

    /// <summary>The instant this clock gives.</summary>
    public DateTimeOffset Now => now;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => now;
}
