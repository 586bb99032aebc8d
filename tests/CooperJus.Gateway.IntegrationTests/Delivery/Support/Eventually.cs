using System.Diagnostics;

namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>
/// Waits for a condition by looking again every few milliseconds until a deadline: the tests synchronise on what the
/// gateways durably did (store rows, files), never on a fixed sleep.
/// </summary>
internal static class Eventually
{
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    /// <summary>Returns the first non-null result of <paramref name="probe"/>; fails the test naming <paramref name="what"/> at the deadline.</summary>
    public static async Task<T> Get<T>(Func<Task<T?>> probe, string what, TimeSpan? patience = null) where T : class
    {
        var limit = patience ?? DefaultPatience;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } result) return result;
            if (clock.Elapsed > limit) break;
            await Task.Delay(Interval);
        }
        Assert.Fail($"Waited {limit.TotalSeconds:0.#} s for {what}.");
        throw new UnreachableException();
    }

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static Task Until(Func<Task<bool>> condition, string what, TimeSpan? patience = null) =>
        Get(async () => await condition() ? "yes" : null, what, patience);

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static Task Until(Func<bool> condition, string what, TimeSpan? patience = null) =>
        Until(() => Task.FromResult(condition()), what, patience);
}
