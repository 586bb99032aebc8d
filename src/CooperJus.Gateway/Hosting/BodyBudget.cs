using System.Buffers;
using System.Threading.RateLimiting;
using CooperJus.Gateway.Core.Inbound;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// The body bytes the partner endpoint holds at once (<see cref="PartnerEndpointOptions.MaxBufferedBytes"/>), as the
/// permits of a <see cref="ConcurrencyLimiter"/>, one per KiB. A request takes what its body will hold until its
/// answer is written; when they are not there it is answered 503 at once (no queue: a waiting request would keep its
/// connection and its sender's retry policy handles a 503 with Retry-After). Thread-safe.
/// </summary>
/// <remarks>
/// The bodies themselves are read into <see cref="Buffers"/>, a pool that keeps as many buffers of each size as the
/// budget holds envelopes of the largest size: a burst of large bodies reuses the same memory, instead of leaving
/// the garbage collector a large object heap of spent buffers that it reclaims (and the process's resident memory
/// shrinks) only at its next full collection.
/// </remarks>
internal sealed class BodyBudget : IDisposable
{
    private const int BytesPerPermit = 1024;

    /// <summary>What a body declared over the envelope limit holds: its head as evidence and one read buffer.</summary>
    private const long HeadAndReadBuffer = InboundProcessor.UnattributedEvidenceBytes + 64 * 1024;

    private readonly ConcurrencyLimiter _limiter;
    private readonly int _permitLimit;
    private readonly long _maxEnvelopeBytes;

    public BodyBudget(long maxBufferedBytes, long maxEnvelopeBytes)
    {
        _permitLimit = Permits(maxBufferedBytes);
        _maxEnvelopeBytes = maxEnvelopeBytes;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = _permitLimit, QueueLimit = 0 });
        Buffers = ArrayPool<byte>.Create((int)maxEnvelopeBytes, (int)Math.Max(1, maxBufferedBytes / maxEnvelopeBytes));
    }

    /// <summary>The bytes not taken by bodies in hand now (for health and tests).</summary>
    public long AvailableBytes => (_limiter.GetStatistics()?.CurrentAvailablePermits ?? 0) * BytesPerPermit;

    /// <summary>The buffers bodies are read into.</summary>
    public ArrayPool<byte> Buffers { get; }

    /// <summary>
    /// Takes the bytes a body of <paramref name="declaredLength"/> (null: not declared) will hold; the lease gives them
    /// back when disposed. A lease that is not acquired means: answer 503.
    /// </summary>
    public RateLimitLease TryReserve(long? declaredLength)
    {
        var held = declaredLength switch
        {
            null => _maxEnvelopeBytes,
            { } length when length > _maxEnvelopeBytes => HeadAndReadBuffer,
            { } length => length,
        };
        return _limiter.AttemptAcquire(Math.Min(Permits(held), _permitLimit));
    }

    public void Dispose() => _limiter.Dispose();

    private static int Permits(long bytes) => (int)Math.Max(1, (bytes + BytesPerPermit - 1) / BytesPerPermit);
}
