using System.Security.Claims;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>The server-side session store on its own: bounded, and a removed session is gone for good.</summary>
[TestFixture]
public sealed class AuditorSessionStoreTests
{
    [Test]
    public async Task Beyond_its_capacity_a_new_session_ends_the_one_used_least_recently()
    {
        var clock = FixedClock.Create();
        var (accounts, ana) = Accounts();
        using var _ = accounts;
        var sessions = new AuditorSessions(accounts, TimeSpan.FromMinutes(30), TimeSpan.FromHours(8), clock, NullLogger.Instance);
        var keys = new List<string>();
        for (var i = 0; i < AuditorSessions.Capacity; i++)
        {
            keys.Add(await sessions.StoreAsync(Ticket(ana)));
            clock.Advance(TimeSpan.FromMilliseconds(10));
        }
        await sessions.RetrieveAsync(keys[0]);

        var newest = await sessions.StoreAsync(Ticket(ana));

        Assert.Multiple(async () =>
        {
            Assert.That(sessions.Count, Is.EqualTo(AuditorSessions.Capacity));
            Assert.That(await sessions.RetrieveAsync(keys[1]), Is.Null, "the least recently used made room");
            Assert.That(await sessions.RetrieveAsync(keys[0]), Is.Not.Null, "the oldest, used a moment ago, stays");
            Assert.That(await sessions.RetrieveAsync(newest), Is.Not.Null);
        });
    }

    [Test]
    public async Task A_removed_session_is_not_found_again_and_keys_are_not_guessable()
    {
        var (accounts, ana) = Accounts();
        using var _ = accounts;
        var sessions = new AuditorSessions(accounts, TimeSpan.FromMinutes(30), TimeSpan.FromHours(8), FixedClock.Create(), NullLogger.Instance);
        var key = await sessions.StoreAsync(Ticket(ana));
        var other = await sessions.StoreAsync(Ticket(ana));

        await sessions.RemoveAsync(key);

        Assert.That(await sessions.RetrieveAsync(key), Is.Null);
        Assert.That(await sessions.RetrieveAsync(other), Is.Not.Null);
        Assert.That(key, Has.Length.GreaterThanOrEqualTo(43), "256 random bits");
        Assert.That(key, Is.Not.EqualTo(other));
    }

    private static (CurrentAccounts Accounts, AuditorAccount Ana) Accounts()
    {
        var options = new AuditorViewOptions { Enabled = true };
        options.Accounts.Add(new AuditorAccountOptions { Name = TestAccounts.Auditor, Role = AuditorRoles.Auditor, PasswordHash = TestAccounts.AuditorPasswordHash });
        var checkedAccounts = AuditorAccounts.Check(options, []);
        checkedAccounts.TryFind(TestAccounts.Auditor, out var ana);
        return (new CurrentAccounts(checkedAccounts, new ConfigurationBuilder().Build(), null, NullLogger.Instance), ana!);
    }

    private static AuthenticationTicket Ticket(AuditorAccount account)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role)], "Cookies");
        var properties = new AuthenticationProperties();
        properties.Items[AuditorSessions.CredentialItem] = account.Fingerprint;
        return new AuthenticationTicket(new ClaimsPrincipal(identity), properties, "Cookies");
    }
}
