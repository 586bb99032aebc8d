namespace CooperJus.Gateway.Core.Inbound;

/// <summary>
/// Decides whether the evidence of one more unattributable inbound message (no valid signature by a listed partner key:
/// unparsable, unknown key, bad signature, too large to read) may be recorded now. Anyone who can reach the partner
/// endpoint can send such bytes without a key, so what they cost the store is limited per client address. Thread-safe.
/// </summary>
public interface IUnattributedEvidenceGate
{
    /// <summary>
    /// True when evidence from <paramref name="clientAddress"/> may be recorded now. When false, nothing is recorded:
    /// the caller answers "try again later" after <paramref name="retryAfter"/>, and the gate counts what it refused.
    /// </summary>
    bool TryAdmit(string clientAddress, out TimeSpan retryAfter);
}
