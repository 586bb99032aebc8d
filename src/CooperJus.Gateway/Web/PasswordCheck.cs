using System.Security.Cryptography;

namespace CooperJus.Gateway.Web;

/// <summary>
/// Checks a sign-in's password so that every attempt does the same work, whether the name is an account or not and
/// whatever parameters the account's hash was made with: otherwise the time of the answer tells which names are
/// accounts (an unknown name checked against a decoy of the default cost answers faster or slower than an account
/// hashed with another iteration count).
/// </summary>
/// <remarks>
/// The cost model: each attempt derives exactly <see cref="Ceiling"/> units of PBKDF2 work (iterations × 32-byte
/// blocks), the cost of the most expensive hash that can be checked (every configured or upgraded hash, and the
/// current parameters). An unknown name is checked against a decoy of that cost; an account whose hash costs less is
/// checked against its hash, then the difference is derived on a decoy salt and thrown away. PBKDF2's time is linear
/// in its iterations, so equal work is equal time, and none of it can be skipped by the attacker's choice of name.
/// </remarks>
internal sealed class PasswordCheck(IKeyDerivation derivation)
{
    // Per process, and never compared with anything: the decoy's work only has to be done.
    private readonly byte[] _decoySalt = RandomNumberGenerator.GetBytes(PasswordHashing.SaltBytes);

    /// <summary>The derivation used (PBKDF2, or a counting one in tests).</summary>
    public IKeyDerivation Derivation => derivation;

    /// <summary>What every attempt costs given these hashes: the dearest of them, and never less than a new hash.</summary>
    public static long Ceiling(IEnumerable<ParsedPasswordHash> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        return hashes.Select(PasswordHashing.Cost).Append(PasswordHashing.CurrentCost).Max();
    }

    /// <summary>
    /// True when <paramref name="password"/> matches <paramref name="hash"/>; a null hash (no such account) never
    /// matches. Either way exactly <paramref name="ceiling"/> units of work are done.
    /// </summary>
    public bool Matches(string password, ParsedPasswordHash? hash, long ceiling)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (hash is null)
        {
            Pad(password, ceiling);
            return false;
        }
        var matches = PasswordHashing.Verify(password, hash, derivation);
        Pad(password, ceiling - PasswordHashing.Cost(hash));
        return matches;
    }

    private void Pad(string password, long work)
    {
        // One block per run: the work is all in the iterations. Ceilings are at most 10,000,000 × 2 blocks.
        if (work > 0) derivation.Derive(password, _decoySalt, checked((int)work), PasswordHashing.KeyBytes);
    }
}
