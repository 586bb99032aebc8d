namespace CooperJus.Gateway.Web;

/// <summary>
/// Decides a sign-in attempt: the name's lock, a turn for the hashing work (<see cref="PasswordWork"/>), a check of
/// the password that costs the same for every name (<see cref="PasswordCheck"/>), and, when the right password meets
/// a hash made with older parameters, a new hash (<see cref="PasswordUpgrades"/>).
/// </summary>
internal sealed class AuditorCredentials(CurrentAccounts accounts, SignInThrottle throttle, PasswordWork work, PasswordCheck check, PasswordUpgrades upgrades)
{
    /// <summary>Checks <paramref name="password"/> for the account named <paramref name="name"/>, asked by <paramref name="client"/> (a <see cref="ClientAddress"/> key).</summary>
    /// <returns>The outcome, and the account when the name is one.</returns>
    public async Task<(SignInOutcome Outcome, AuditorAccount? Account)> CheckAsync(string name, string password, string client, CancellationToken cancellationToken)
    {
        var current = accounts.Value;
        current.TryFind(name, out var account);
        if (throttle.IsLocked(name)) return (SignInOutcome.Locked, account);
        var (turn, refusal) = await work.EnterAsync(client, cancellationToken).ConfigureAwait(false);
        if (turn is null) return (refusal == PasswordWorkRefusal.ClientBusy ? SignInOutcome.ClientBusy : SignInOutcome.Busy, account);
        using (turn)
        {
            var hash = account is null ? null : upgrades.Effective(account);
            var ceiling = PasswordCheck.Ceiling(current.All.SelectMany(a => new[] { a.Hash, upgrades.Effective(a) }));
            if (!check.Matches(password, hash, ceiling)) return (SignInOutcome.Refused, account);
            // Only now is the password known to be right, and only now can it be hashed again.
            if (PasswordHashing.IsOutdated(hash!)) upgrades.Keep(account!, PasswordHashing.Hash(password, PasswordHashing.DefaultIterations, check.Derivation));
            return (SignInOutcome.Accepted, account);
        }
    }
}
