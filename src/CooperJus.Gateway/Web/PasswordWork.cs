namespace CooperJus.Gateway.Web;

/// <summary>
/// Bounds the password-hashing work of sign-in, the one thing an anonymous visitor can make the gateway spend CPU on:
/// at most <c>concurrency</c> checks run at once (about half the cores, so the gateway's own work always has the
/// rest), at most <c>queue</c> more wait for a turn, and one client address has at most one check running or waiting.
/// Anything beyond is refused at once, without hashing: a flood from one address cannot queue ahead of anyone, and a
/// flood from many cannot make a real sign-in wait longer than the queue takes to drain.
/// </summary>
internal sealed class PasswordWork(int concurrency, int queue)
{
    private readonly SemaphoreSlim _running = new(concurrency, concurrency);
    private readonly HashSet<string> _admitted = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Checks at once, by default: half the cores, at least one.</summary>
    public static int DefaultConcurrency => Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Checks waiting at most, by default: four per running one.</summary>
    public static int DefaultQueue => 4 * DefaultConcurrency;

    /// <summary>
    /// Waits for a turn for <paramref name="client"/> (a <see cref="ClientAddress"/> key); the turn is given back by
    /// disposing it. Null, with <paramref name="refusal"/> set, when the work is refused.
    /// </summary>
    public async Task<(IDisposable? Turn, PasswordWorkRefusal Refusal)> EnterAsync(string client, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_admitted.Contains(client)) return (null, PasswordWorkRefusal.ClientBusy);
            if (_admitted.Count >= concurrency + queue) return (null, PasswordWorkRefusal.Saturated);
            _admitted.Add(client);
        }
        try
        {
            await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Leave(client);
            throw;
        }
        return (new Turn(this, client), PasswordWorkRefusal.None);
    }

    private void Leave(string client)
    {
        lock (_gate) _admitted.Remove(client);
    }

    /// <summary>A running check: gives its place back once.</summary>
    private sealed class Turn(PasswordWork work, string client) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            work._running.Release();
            work.Leave(client);
        }
    }
}
