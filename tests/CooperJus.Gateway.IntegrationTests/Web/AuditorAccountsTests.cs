using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>The auditor view's accounts are checked at start: every mistake named by its key, with the gateway's other configuration errors.</summary>
[TestFixture]
public sealed class AuditorAccountsTests
{
    private static readonly string GoodHash = PasswordHashing.Hash("a good long password", PasswordHashing.MinimumIterations);

    [Test]
    public void Well_configured_accounts_are_found_by_name_ignoring_case()
    {
        var problems = new List<string>();

        var accounts = AuditorAccounts.Check(Options(true, ("Ana", GoodHash, "auditor"), ("olga", GoodHash, "operator")), problems);

        Assert.That(problems, Is.Empty);
        Assert.That(accounts.TryFind("ANA", out var ana), Is.True);
        Assert.That(ana!.Role, Is.EqualTo(AuditorRoles.Auditor));
        Assert.That(accounts.TryFind("nobody", out _), Is.False);
    }

    [Test]
    public void An_unknown_role_is_named_with_its_account()
    {
        var problems = new List<string>();

        AuditorAccounts.Check(Options(true, ("ana", GoodHash, "admin")), problems);

        Assert.That(problems, Has.One.Contains("AuditorView:Accounts:0:Role").And.Contain("'admin'").And.Contain("auditor, operator"));
    }

    [Test]
    public void A_malformed_hash_is_named_without_showing_it()
    {
        var problems = new List<string>();

        AuditorAccounts.Check(Options(true, ("ana", "my-secret-password", "auditor")), problems);

        Assert.That(problems, Has.One.Contains("AuditorView:Accounts:0:PasswordHash").And.Contain("cooperjus accounts hash-password"));
        Assert.That(problems, Has.None.Contain("my-secret-password"), "a password pasted in the wrong place is not echoed");
    }

    [Test]
    public void A_name_used_twice_is_refused_whatever_its_case()
    {
        var problems = new List<string>();

        AuditorAccounts.Check(Options(true, ("ana", GoodHash, "auditor"), ("ANA", GoodHash, "operator")), problems);

        Assert.That(problems, Has.One.Contains("AuditorView:Accounts:1:Name").And.Contain("used twice"));
    }

    [Test]
    public void An_enabled_view_without_accounts_is_refused()
    {
        var problems = new List<string>();

        AuditorAccounts.Check(Options(true), problems);

        Assert.That(problems, Has.One.Contains("AuditorView:Accounts").And.Contain("no account"));
    }

    [Test]
    public async Task Account_mistakes_are_listed_with_the_other_configuration_errors_at_start()
    {
        await using var gateway = TestGateway.Create("pe", "PE");
        gateway.Set("Delivery:MaxAttempts", "0")
            .Set("AuditorView:Enabled", "true")
            .Set("AuditorView:Accounts:0:Name", "ana").Set("AuditorView:Accounts:0:Role", "superuser").Set("AuditorView:Accounts:0:PasswordHash", GoodHash)
            .Set("AuditorView:Accounts:1:Name", "Ana").Set("AuditorView:Accounts:1:Role", "auditor").Set("AuditorView:Accounts:1:PasswordHash", "pbkdf2-sha256$12$x$y");

        var failure = Assert.ThrowsAsync<StartupException>(() => gateway.StartAsync());

        Assert.That(failure.Message, Does.StartWith("The gateway cannot start:")
            .And.Contain("Delivery:MaxAttempts")
            .And.Contain("AuditorView:Accounts:0:Role")
            .And.Contain("AuditorView:Accounts:1:Name")
            .And.Contain("AuditorView:Accounts:1:PasswordHash"));
    }

    private static AuditorViewOptions Options(bool enabled, params (string Name, string Hash, string Role)[] accounts)
    {
        var options = new AuditorViewOptions { Enabled = enabled };
        foreach (var (name, hash, role) in accounts) options.Accounts.Add(new AuditorAccountOptions { Name = name, PasswordHash = hash, Role = role });
        return options;
    }
}
