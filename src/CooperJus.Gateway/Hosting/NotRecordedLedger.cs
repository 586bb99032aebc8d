namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Counts, per client address, the unattributable messages answered without being recorded since the last
/// <see cref="Drain"/>, so that what the limit dropped is itself on record (<see cref="NotRecordedWorker"/>). At most
/// <see cref="MaxAddresses"/> addresses are told apart per window; beyond them the count goes to
/// <see cref="OtherAddresses"/>, so a sender with many addresses cannot grow this without bound either. Thread-safe.
/// </summary>
internal sealed class NotRecordedLedger(TimeProvider clock)
{
    /// <summary>How many distinct client addresses are counted apart in one window.</summary>
    public const int MaxAddresses = 10_000;

    /// <summary>The entry that counts every address beyond the first <see cref="MaxAddresses"/> of a window.</summary>
    public const string OtherAddresses = "other-addresses";

    private readonly Lock _lock = new();
    private Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private DateTimeOffset _since = clock.GetUtcNow();
    private long _total;

    /// <summary>Every unattributable message not recorded since the gateway started.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>Counts one message from <paramref name="clientAddress"/> that was not recorded.</summary>
    public void Count(string clientAddress)
    {
        lock (_lock)
        {
            var key = _counts.Count < MaxAddresses || _counts.ContainsKey(clientAddress) ? clientAddress : OtherAddresses;
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
        }
        Interlocked.Increment(ref _total);
    }

    /// <summary>What was counted since the last call, and starts a new window; null when nothing was.</summary>
    public NotRecordedSummary? Drain()
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var since = _since;
            _since = now;
            if (_counts.Count == 0) return null;
            var counts = _counts;
            _counts = new Dictionary<string, long>(StringComparer.Ordinal);
            return new NotRecordedSummary(since, now, counts);
        }
    }
}
