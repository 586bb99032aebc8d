using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Gateway.IntegrationTests.Support;

/// <summary>The clock every golden file was produced with, so the translation of a file without creation times is repeatable.</summary>
public static class FixedClock
{
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Now);
}
