using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Core.Outbound;

/// <summary>What <see cref="HeldRequestReleaser"/> did with one held request.</summary>
/// <param name="Held">The held request.</param>
/// <param name="PartnerId">The partner now serving its country, or null when none does (it stays held).</param>
/// <param name="MessageId">The message that carries it, or null when it stays held.</param>
/// <param name="Outcome">Released now, or released before by someone else; meaningless while <paramref name="PartnerId"/> is null.</param>
public sealed record HeldRelease(HeldRequestEntry Held, string? PartnerId, string? MessageId, ReleaseOutcome Outcome)
{
    /// <summary>True when this call queued it.</summary>
    public bool ReleasedNow => PartnerId is not null && Outcome == ReleaseOutcome.Released;

    /// <summary>True when no partner serves its country yet.</summary>
    public bool StillHeld => PartnerId is null;
}
