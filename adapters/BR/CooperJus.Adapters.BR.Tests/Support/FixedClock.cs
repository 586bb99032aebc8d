namespace CooperJus.Adapters.BR.Tests.Support;

/// <summary>A clock stopped at one instant, so createdAt from the clock is predictable.</summary>
internal sealed class FixedClock : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
