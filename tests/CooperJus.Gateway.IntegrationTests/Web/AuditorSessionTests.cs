using System.Net;
using System.Text.Json.Nodes;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Web;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// Sessions end when they should, on the server: a cookie copied before sign-out is worthless after it; removing an
/// account, changing its role or its password in the configuration file ends its sessions as soon as the gateway has
/// read the file; a session ends after the idle timeout, and after the absolute lifetime however busy it is; and a
/// configuration file that cannot be used leaves the last good accounts in force. The view's clock is a fake one,
/// stepped by the tests; the accounts come from a real JSON file the gateway watches.
/// </summary>
[TestFixture]
public sealed class AuditorSessionTests
{
    private const int Reloaded = 4008;
    private const int NotReloaded = 4007;

    private FakeTimeProvider _clock = null!;
    private TestGateway _gateway = null!;
    private CapturedLog _log = null!;

    private string ConfigFile => Path.Combine(_gateway.Root, "gateway.json");

    [SetUp]
    public void Create()
    {
        _clock = FixedClock.Create();
        _gateway = TestGateway.Create("pe", "PE");
        _gateway.ViewClock = _clock;
        _gateway.ConfigFile = ConfigFile;
        _gateway.Set("Logging:LogLevel:" + AuditorViewLog.Category, "Information");
        WriteAccounts((TestAccounts.Auditor, "auditor", TestAccounts.AuditorPasswordHash), (TestAccounts.Operator, "operator", TestAccounts.OperatorPasswordHash));
    }

    [TearDown]
    public async Task Dispose()
    {
        await _gateway.DisposeAsync();
        _log?.Dispose();
    }

    [Test]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        await StartAsync();
        using var ana = await SignedInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);
        var copied = ana.SessionCookie!;
        using var thief = Client();
        using var whileSignedIn = await thief.GetWithCookieAsync("/audit", copied);
        await ana.GetAsync("/audit");

        using var signOut = await ana.PostAsync("/audit/sign-out", []);
        using var afterwards = await thief.GetWithCookieAsync("/audit", copied);

        Assert.That(whileSignedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the copy works while the session lasts");
        Assert.That(signOut.Headers.Location!.ToString(), Does.StartWith("/audit/sign-in"));
        AssertSentToSignIn(afterwards);
    }

    [Test]
    public async Task A_session_ends_after_the_idle_timeout_and_not_before()
    {
        await StartAsync();
        using var ana = await SignedInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);

        _clock.Advance(TimeSpan.FromMinutes(29));
        using var stillThere = await ana.GetAsync("/audit");
        _clock.Advance(TimeSpan.FromMinutes(29));
        using var stillThereAgain = await ana.GetAsync("/audit");
        _clock.Advance(TimeSpan.FromMinutes(30));
        using var idle = await ana.GetAsync("/audit");

        Assert.That(stillThere.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stillThereAgain.StatusCode, Is.EqualTo(HttpStatusCode.OK), "each page restarts the idle time");
        AssertSentToSignIn(idle);
    }

    [Test]
    public async Task The_absolute_lifetime_ends_a_session_even_while_it_is_used()
    {
        _gateway.Set("AuditorView:SessionAbsoluteLifetime", "01:00:00");
        await StartAsync();
        using var ana = await SignedInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);
        var answers = new List<HttpStatusCode>();
        for (var minute = 10; minute < 60; minute += 10)
        {
            _clock.Advance(TimeSpan.FromMinutes(10));
            using var page = await ana.GetAsync("/audit");
            answers.Add(page.StatusCode);
        }

        _clock.Advance(TimeSpan.FromMinutes(10));
        using var afterAnHour = await ana.GetAsync("/audit");

        Assert.That(answers, Is.All.EqualTo(HttpStatusCode.OK), "used every ten minutes, never idle");
        AssertSentToSignIn(afterAnHour);
    }

    [Test]
    public async Task An_account_removed_from_the_configuration_file_is_refused_as_soon_as_the_file_is_read()
    {
        await StartAsync();
        using var ana = await SignedInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);
        using var olga = await SignedInAsync(TestAccounts.Operator, TestAccounts.OperatorPassword);

        WriteAccounts((TestAccounts.Operator, "operator", TestAccounts.OperatorPasswordHash));
        await WaitForLogAsync(Reloaded, "the gateway to read the changed file");

        using var removed = await ana.GetAsync("/audit");
        using var kept = await olga.GetAsync("/audit");
        using var stranger = Client();
        using var signInAgain = await stranger.SignInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);
        AssertSentToSignIn(removed);
        Assert.That(kept.StatusCode, Is.EqualTo(HttpStatusCode.OK), "other accounts keep their sessions");
        Assert.That(signInAgain.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the sign-in form again: the account is gone");
    }

    [TestCase("auditor", "operator")]
    [TestCase("operator", "auditor")]
    public async Task A_role_changed_in_the_configuration_file_ends_the_session(string before, string after)
    {
        WriteAccounts((TestAccounts.Auditor, before, TestAccounts.AuditorPasswordHash));
        await StartAsync();
        using var ana = await SignedInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);

        WriteAccounts((TestAccounts.Auditor, after, TestAccounts.AuditorPasswordHash));
        await WaitForLogAsync(Reloaded, "the gateway to read the changed file");

        using var changed = await ana.GetAsync("/audit");
        AssertSentToSignIn(changed);
        using var again = await SignedInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);
        using var page = await again.GetAsync("/audit");
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain($"{TestAccounts.Auditor} ({after})"), "the next sign-in carries the new role");
    }

    [Test]
    public async Task A_new_password_set_in_the_configuration_file_ends_the_session_and_replaces_the_old_one()
    {
        const string NewPassword = "the operator reset this one";
        await StartAsync();
        using var ana = await SignedInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);

        WriteAccounts((TestAccounts.Auditor, "auditor", PasswordHashing.Hash(NewPassword, PasswordHashing.MinimumIterations)));
        await WaitForLogAsync(Reloaded, "the gateway to read the changed file");

        using var changed = await ana.GetAsync("/audit");
        using var first = Client();
        using var oldPassword = await first.SignInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);
        using var second = Client();
        using var newPassword = await second.SignInAsync(TestAccounts.Auditor, NewPassword);
        AssertSentToSignIn(changed);
        Assert.That(oldPassword.StatusCode, Is.EqualTo(HttpStatusCode.OK), "refused: the form again (even though the gateway had upgraded the old hash)");
        Assert.That(newPassword.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [TestCase("{ \"AuditorView\": { \"Enabled\": true, \"Accounts\": [ { \"Name\": \"ana\", ", "gateway.json", TestName = "A_configuration_file_cut_short_keeps_the_last_good_accounts")]
    [TestCase("{ \"AuditorView\": { \"Enabled\": true, \"Accounts\": [ { \"Name\": \"ana\", \"Role\": \"auditor\", \"PasswordHash\": \"my-secret-password\" } ] } }",
        "AuditorView:Accounts:0:PasswordHash", TestName = "A_configuration_file_with_a_password_in_place_of_a_hash_keeps_the_last_good_accounts")]
    [TestCase("{ \"AuditorView\": { \"Enabled\": true, \"Accounts\": [ { \"Name\": \"ana\", \"Role\": \"superuser\", \"PasswordHash\": \"x\" } ] } }",
        "AuditorView:Accounts:0:Role", TestName = "A_configuration_file_with_an_unknown_role_keeps_the_last_good_accounts")]
    public async Task A_configuration_file_that_cannot_be_used_keeps_the_last_good_accounts(string content, string named)
    {
        await StartAsync();
        using var olga = await SignedInAsync(TestAccounts.Operator, TestAccounts.OperatorPassword);

        WriteFile(content);
        var why = await WaitForLogAsync(NotReloaded, "the gateway to refuse the changed file");

        using var page = await olga.GetAsync("/audit");
        using var again = Client();
        using var signIn = await again.SignInAsync(TestAccounts.Operator, TestAccounts.OperatorPassword);
        TestContext.Out.WriteLine(why.Message);
        Assert.Multiple(() =>
        {
            Assert.That(why.Message, Does.Contain(named), "the log says why");
            Assert.That(why.Message, Does.Not.Contain("my-secret-password"), "a password pasted in the wrong place is not echoed");
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the session of an account of the last good set holds");
            Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "and the account still signs in");
        });
    }

    [Test]
    public async Task A_deleted_configuration_file_keeps_the_last_good_accounts()
    {
        await StartAsync();
        using var ana = await SignedInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);

        File.Delete(ConfigFile);
        var why = await WaitForLogAsync(NotReloaded, "the gateway to notice the missing file");

        using var page = await ana.GetAsync("/audit");
        Assert.That(why.Message, Does.Contain("missing"));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a missing file is not an empty list of accounts");
    }

    private async Task StartAsync()
    {
        await _gateway.StartAsync();
        _log = CapturedLog.Of(_gateway.Host!);
    }

    private AuditorViewClient Client() => new(_gateway.Url);

    private async Task<AuditorViewClient> SignedInAsync(string account, string password)
    {
        var client = Client();
        using var response = await client.SignInAsync(account, password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"{account} signs in");
        return client;
    }

    private Task<CapturedLine> WaitForLogAsync(int eventId, string what) =>
        Eventually.Get(() => Task.FromResult(_log.Lines.FirstOrDefault(l => l.EventId == eventId)), what, TimeSpan.FromSeconds(15));

    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/audit/sign-in"));
    }

    private void WriteAccounts(params (string Name, string Role, string Hash)[] accounts)
    {
        var list = new JsonArray(accounts.Select(a => (JsonNode)new JsonObject { ["Name"] = a.Name, ["Role"] = a.Role, ["PasswordHash"] = a.Hash }).ToArray());
        WriteFile(new JsonObject { ["AuditorView"] = new JsonObject { ["Enabled"] = true, ["Accounts"] = list } }.ToJsonString());
    }

    /// <summary>Replaces the file in one step, as a careful operator (or a deployment tool) does.</summary>
    private void WriteFile(string content)
    {
        File.WriteAllText(ConfigFile + ".new", content);
        File.Move(ConfigFile + ".new", ConfigFile, overwrite: true);
    }
}
