namespace CooperJus.Gateway.Web;

/// <summary>
/// Locks an account name for a while after too many wrong passwords in a row, so passwords cannot be guessed at the
/// speed of the network. Names that are not accounts are counted and locked the same way: how sign-in answers must
/// never tell whether an account exists. Kept in memory: a restart forgets the counts, which only helps someone who
/// can already restart the gateway.
/// </summary>
internal sealed class SignInThrottle(int threshold, TimeSpan lockout, TimeProvider clock)
{
    // Bounds the memory a stream of made-up names can take; stale entries go first.
    private const int MaxTracked = 10_000;

    private readonly Dictionary<string, Failures> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    /// <summary>How long a name stays locked.</summary>
    public TimeSpan Lockout => lockout;

    /// <summary>True while <paramref name="name"/> is locked: sign-in is refused without checking the password.</summary>
    public bool IsLocked(string name)
    {
        lock (_gate)
        {
            return _failures.TryGetValue(Key(name), out var entry) && entry.LockedUntil > clock.GetUtcNow();
        }
    }

    /// <summary>Counts a wrong password; returns true when this failure locked the name.</summary>
    public bool RecordFailure(string name)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_failures.Count >= MaxTracked) Forget(now);
            var key = Key(name);
            var entry = _failures.GetValueOrDefault(key);
            // Once a lock has run out the name gets a full set of tries again, and locks again after as many.
            if (entry is null || (entry.Count >= threshold && entry.LockedUntil <= now)) entry = new Failures(0, now, DateTimeOffset.MinValue);
            var count = entry.Count + 1;
            var locks = count >= threshold;
            _failures[key] = new Failures(count, now, locks ? now + lockout : entry.LockedUntil);
            return locks;
        }
    }

    /// <summary>A right password: the count starts again.</summary>
    public void RecordSuccess(string name)
    {
        lock (_gate)
        {
            _failures.Remove(Key(name));
        }
    }

    private static string Key(string name) => name.Trim();

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, entry) in _failures.ToList())
            if (entry.LockedUntil <= now && entry.LastFailure + lockout <= now) _failures.Remove(key);
        // Still full of fresh failures (an attack with many names): drop the oldest half rather than grow.
        if (_failures.Count >= MaxTracked)
            foreach (var (key, _) in _failures.OrderBy(p => p.Value.LastFailure).Take(_failures.Count / 2).ToList()) _failures.Remove(key);
    }

    private sealed record Failures(int Count, DateTimeOffset LastFailure, DateTimeOffset LockedUntil);
}
