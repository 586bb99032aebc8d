using System.Diagnostics.CodeAnalysis;

namespace CooperJus.Gateway.Web;

/// <summary>
/// The accounts allowed to sign in, checked once at start: every problem (unknown role, malformed hash, duplicate
/// name, an enabled view without accounts) is named by its configuration key and joins the gateway's other
/// configuration problems, so the start fails with all of them in one message.
/// </summary>
internal sealed class AuditorAccounts
{
    private readonly Dictionary<string, AuditorAccount> _byName;

    private AuditorAccounts(Dictionary<string, AuditorAccount> byName) => _byName = byName;

    /// <summary>How many accounts there are.</summary>
    public int Count => _byName.Count;

    /// <summary>Checks <paramref name="options"/>; adds one line per problem to <paramref name="problems"/>.</summary>
    public static AuditorAccounts Check(AuditorViewOptions options, List<string> problems)
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
            if (name.Length > 0 && hash is not null && AuditorRoles.All.Contains(account.Role)) byName.TryAdd(name, new AuditorAccount(name, hash, account.Role));
        }
        if (options.Enabled && options.Accounts.Count == 0) problems.Add($"{Section}:Accounts: the auditor view is enabled but has no account; add one (see `cooperjus accounts hash-password`) or set {Section}:Enabled to false.");
        return new AuditorAccounts(byName);
    }

    /// <summary>The account named <paramref name="name"/> (case ignored), if any.</summary>
    public bool TryFind(string name, [NotNullWhen(true)] out AuditorAccount? account) => _byName.TryGetValue(name.Trim(), out account);
}
