using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// The auditor view's test accounts: an auditor and an operator with their passwords, hashed once per test run with
/// the smallest iteration count the configuration accepts (quick to make; every sign-in still does the work of the
/// current parameters, and upgrades these hashes, see PasswordCheck and PasswordUpgrades).
/// </summary>
internal static class TestAccounts
{
    public const string Auditor = "ana";
    public const string AuditorPassword = "correct horse battery staple";
    public const string Operator = "olga";
    public const string OperatorPassword = "operator's long passphrase";
    public const string WrongPassword = "not the password at all";

    /// <summary>An auditor with the auditor's password, for the tests that lock an account.</summary>
    public const string Lockable = "carla";

    private static readonly Lazy<string> AuditorHash = new(() => PasswordHashing.Hash(AuditorPassword, PasswordHashing.MinimumIterations));
    private static readonly Lazy<string> OperatorHash = new(() => PasswordHashing.Hash(OperatorPassword, PasswordHashing.MinimumIterations));

    /// <summary>The auditor's password hashed with the smallest accepted iteration count (an outdated hash: sign-in upgrades it).</summary>
    public static string AuditorPasswordHash => AuditorHash.Value;

    /// <summary>The operator's password hashed with the smallest accepted iteration count.</summary>
    public static string OperatorPasswordHash => OperatorHash.Value;

    /// <summary>The configuration that enables the view with both accounts.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        yield return new("AuditorView:Enabled", "true");
        yield return new("AuditorView:Accounts:0:Name", Auditor);
        yield return new("AuditorView:Accounts:0:Role", "auditor");
        yield return new("AuditorView:Accounts:0:PasswordHash", AuditorHash.Value);
        yield return new("AuditorView:Accounts:1:Name", Operator);
        yield return new("AuditorView:Accounts:1:Role", "operator");
        yield return new("AuditorView:Accounts:1:PasswordHash", OperatorHash.Value);
        yield return new("AuditorView:Accounts:2:Name", Lockable);
        yield return new("AuditorView:Accounts:2:Role", "auditor");
        yield return new("AuditorView:Accounts:2:PasswordHash", AuditorHash.Value);
        // A fixture signs in more often in a minute than people do; the limit's own tests set their own.
        yield return new("AuditorView:SignInAttemptsPerMinute", "1000");
    }
}
