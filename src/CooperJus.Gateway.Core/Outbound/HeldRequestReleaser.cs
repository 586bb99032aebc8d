using CooperJus.Gateway.Core.Versions;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Core.Outbound;

/// <summary>
/// Sends held requests once a partner serves their country: each one still held whose country the partner directory
/// now routes is sealed for that partner and released through <see cref="IGatewayStore.ReleaseHeldAsync"/>, which
/// queues it exactly once however many processes try at the same moment. Used by the running gateway at start and when
/// its partner directory is reloaded, and by <c>cooperjus requests release</c>.
/// </summary>
public sealed class HeldRequestReleaser
{
    private readonly IGatewayStore _store;
    private readonly Func<PartnerDirectory> _partners;
    private readonly RequestSealer _sealer;

    /// <summary>
    /// Creates a releaser; <paramref name="partners"/> gives the partner directory in force at each call (it may be
    /// reloaded between calls).
    /// </summary>
    public HeldRequestReleaser(IGatewayStore store, Func<PartnerDirectory> partners, RequestSealer sealer)
    {
        _store = store;
        _partners = partners;
        _sealer = sealer;
    }

    /// <summary>Raised when a released request is sealed in an older canonical version for its partner (<see cref="RequestSealer.Downgraded"/>).</summary>
    public event Action<Versions.DowngradeReport>? Downgraded
    {
        add => _sealer.Downgraded += value;
        remove => _sealer.Downgraded -= value;
    }

    /// <summary>
    /// Releases every held request (only of <paramref name="country"/>, or only <paramref name="requestId"/>, when
    /// given) whose country a partner now serves; <paramref name="actor"/> is recorded in each <c>request.released</c>.
    /// Returns one line per held request considered.
    /// </summary>
    public async Task<IReadOnlyList<HeldRelease>> ReleaseAsync(string? country, string? requestId, string actor, CancellationToken cancellationToken)
    {
        var directory = _partners();
        var held = await _store.ListHeldAsync(country, requestId, cancellationToken).ConfigureAwait(false);
        var results = new List<HeldRelease>(held.Count);
        foreach (var entry in held)
        {
            if (!directory.TryGetPartnerForCountry(entry.RequestedCountry, out var partner))
            {
                results.Add(new HeldRelease(entry, null, null, ReleaseOutcome.NotHeld));
                continue;
            }
            var message = _sealer.Seal(StoredDocuments.ReadRequest(entry.CanonicalJson), partner);
            var outcome = await _store.ReleaseHeldAsync(message, actor, cancellationToken).ConfigureAwait(false);
            results.Add(new HeldRelease(entry, partner.Id, message.MessageId, outcome));
        }
        return results;
    }
}
