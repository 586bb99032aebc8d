using System.Threading.RateLimiting;
using CooperJus.Gateway.Core.Inbound;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// How many unattributable messages are recorded: fixed-window limits per client address and over all addresses
/// (<see cref="PartnerEndpointOptions"/>), chained, from <c>System.Threading.RateLimiting</c>. What they refuse is
/// counted in the <see cref="NotRecordedLedger"/>. The limiters keep their own time (the system clock), not the
/// gateway's <see cref="TimeProvider"/>. Thread-safe.
/// </summary>
internal sealed class UnattributedEvidenceLimiter : IUnattributedEvidenceGate, IDisposable
{
    private const string AllAddresses = "all";

    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _total;
    private readonly PartitionedRateLimiter<string> _chained;
    private readonly NotRecordedLedger _ledger;
    private readonly TimeSpan _window;

    public UnattributedEvidenceLimiter(PartnerEndpointOptions options, NotRecordedLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ledger = ledger;
        _window = options.UnattributedWindow;
        _perAddress = PartitionedRateLimiter.Create<string, string>(address =>
            RateLimitPartition.GetFixedWindowLimiter(address, _ => Window(options.UnattributedPerAddress)), StringComparer.Ordinal);
        _total = PartitionedRateLimiter.Create<string, string>(_ =>
            RateLimitPartition.GetFixedWindowLimiter(AllAddresses, _ => Window(options.UnattributedTotal)), StringComparer.Ordinal);
        _chained = PartitionedRateLimiter.CreateChained(_perAddress, _total);
    }

    /// <inheritdoc />
    public bool TryAdmit(string clientAddress, out TimeSpan retryAfter)
    {
        using var lease = _chained.AttemptAcquire(clientAddress);
        if (lease.IsAcquired)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) && after > TimeSpan.Zero ? after : _window;
        _ledger.Count(clientAddress);
        return false;
    }

    public void Dispose()
    {
        _chained.Dispose();
        _perAddress.Dispose();
        _total.Dispose();
    }

    private FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = _window, QueueLimit = 0, AutoReplenishment = true };
}
