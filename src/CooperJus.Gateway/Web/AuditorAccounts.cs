using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace CooperJus.Gateway.Web;

/// <summary>
/// A checked set of the accounts allowed to sign in. At start every problem (unknown role, malformed hash, duplicate
/// name, an enabled view without accounts) is named by its configuration key and joins the gateway's other
/// configuration problems, so the start fails with all of them in one message; when the configuration file changes,
/// <see cref="CurrentAccounts"/> checks the new set the same way.
/// </summary>
internal sealed class AuditorAccounts
{
    private readonly Dictionary<string, AuditorAccount> _byName;

    private AuditorAccounts(Dictionary<string, AuditorAccount> byName) => _byName = byName;

    /// <summary>How many accounts there are.</summary>
    public int Count => _byName.Count;

    /// <summary>Every account.</summary>
    public IEnumerable<AuditorAccount> All => _byName.Values;

    /// <summary>Checks <paramref name="options"/>; adds one line per problem to <paramref name="problems"/>.</summary>
    /// <param name="options">The section as configured.</param>
    /// <param name="problems">Where the problems go.</param>
    /// <param name="emptyAllowed">False at start, where an enabled view without accounts is a mistake; true on a reload,
    /// where removing the last account is how an operator shuts everyone out at once.</param>
    public static AuditorAccounts Check(AuditorViewOptions options, List<string> problems, bool emptyAllowed = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(problems);
        const string Section = AuditorViewOptions.SectionName;
        var byName = new Dictionary<string, AuditorAccount>(StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Accounts.Count; i++)
        {
            var account = options.Accounts[i];
            var at = $"{Section}:Accounts:{i}";
            var name = account.Name.Trim();
            if (name.Length == 0 || name.Any(char.IsControl)) problems.Add($"{at}:Name: an account needs a name (printable characters).");
            else if (!names.Add(name)) problems.Add($"{at}:Name: the account name '{name}' is used twice (names ignore case).");
            if (!AuditorRoles.All.Contains(account.Role)) problems.Add($"{at}:Role: '{account.Role}' is not a role; use one of: {string.Join(", ", AuditorRoles.All)}.");
            if (!PasswordHashing.TryParse(account.PasswordHash, out var hash, out var why)) problems.Add($"{at}:PasswordHash: {why}.");
            if (name.Length > 0 && hash is not null && AuditorRoles.All.Contains(account.Role))
                byName.TryAdd(name, new AuditorAccount(name, hash, account.Role, Fingerprint(account.PasswordHash)));
        }
        if (options.Enabled && options.Accounts.Count == 0 && !emptyAllowed)
            problems.Add($"{Section}:Accounts: the auditor view is enabled but has no account; add one (see `cooperjus accounts hash-password`) or set {Section}:Enabled to false.");
        return new AuditorAccounts(byName);
    }

    /// <summary>The account named <paramref name="name"/> (case ignored), if any.</summary>
    public bool TryFind(string name, [NotNullWhen(true)] out AuditorAccount? account) => _byName.TryGetValue(name.Trim(), out account);

    /// <summary>True when both sets have the same names, roles and configured hashes.</summary>
    public bool SameAs(AuditorAccounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Count == Count && All.All(a => other.TryFind(a.Name, out var b) && b.Name == a.Name && b.Role == a.Role && b.Fingerprint == a.Fingerprint);
    }

    private static string Fingerprint(string configuredHash) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(configuredHash)));
}
