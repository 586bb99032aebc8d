using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// Sign-in under attack, over real HTTP: attempts beyond the limit of one client address are answered 429 at once
/// and never count as wrong passwords; a flood of sign-ins with made-up names from one address does not slow a real
/// sign-in from another; and the right password upgrades an outdated hash beside the store, never in the
/// configuration file. A second client is simulated by connecting from 127.0.0.2 (all of 127.0.0.0/8 is loopback).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class SignInLimitTests
{
    private static readonly IPAddress OtherClient = IPAddress.Parse("127.0.0.2");

    private TestGateway _gateway = null!;

    [SetUp]
    public void Create() => _gateway = TestGateway.Create("pe", "PE");

    [TearDown]
    public async Task Dispose() => await _gateway.DisposeAsync();

    [Test]
    public async Task Attempts_beyond_the_limit_of_an_address_are_answered_429_at_once_and_do_not_count_as_wrong_passwords()
    {
        UseTestAccounts();
        await _gateway.Set("AuditorView:SignInAttemptsPerMinute", "2").StartAsync();
        using var guesser = new AuditorViewClient(_gateway.Url);
        var refused = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            using var wrong = await guesser.SignInAsync(TestAccounts.Lockable, TestAccounts.WrongPassword);
            refused.Add(wrong.StatusCode);
        }

        var limited = new List<(HttpStatusCode Status, string? RetryAfter, string Page)>();
        for (var i = 0; i < 5; i++)
        {
            using var over = await guesser.SignInAsync(TestAccounts.Lockable, TestAccounts.WrongPassword);
            limited.Add((over.StatusCode, over.Headers.RetryAfter?.ToString(), await over.Content.ReadAsStringAsync()));
        }
        using var owner = new AuditorViewClient(_gateway.Url, OtherClient);
        using var right = await owner.SignInAsync(TestAccounts.Lockable, TestAccounts.AuditorPassword);

        Assert.Multiple(() =>
        {
            Assert.That(refused, Is.All.EqualTo(HttpStatusCode.OK), "two checked and refused: the form again");
            Assert.That(limited.Select(l => l.Status), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(limited.Select(l => l.RetryAfter), Is.All.Not.Null);
            Assert.That(limited.Select(l => l.Page), Is.All.Contain(Html.Encode(SignInPage.TooManyAttempts)), "a page a person can read");
            Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "not locked: only the two checked attempts counted, not 7 of 5");
        });
    }

    [Test]
    public async Task A_real_sign_in_takes_under_two_seconds_while_twelve_threads_flood_sign_in_from_another_address()
    {
        // The limits as configured by default, and the account as production makes it: the full iteration count, so
        // no upgrade adds to the measured sign-in.
        UseTestAccounts(withDefaultLimit: true);
        await _gateway.Set("AuditorView:Accounts:0:PasswordHash", PasswordHashing.Hash(TestAccounts.AuditorPassword)).StartAsync();
        await TimedSignInAsync(); // the first request of a process pays for loading and compiling: not the figure
        var quiet = await TimedSignInAsync();
        var answers = new ConcurrentDictionary<HttpStatusCode, int>();
        using var stop = new CancellationTokenSource();
        var flood = Enumerable.Range(0, 12).Select(_ => Task.Run(() => FloodAsync(answers, stop.Token))).ToList();
        await Eventually.Until(() => answers.Values.Sum() >= 100 && answers.ContainsKey(HttpStatusCode.TooManyRequests), "the flood to be under way and held off");

        TimeSpan underFlood;
        try
        {
            underFlood = await TimedSignInAsync();
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(flood);
        }

        TestContext.Out.WriteLine($"real sign-in: {quiet.TotalSeconds:0.00} s alone, {underFlood.TotalSeconds:0.00} s under a flood of 12 threads from {OtherClient}");
        TestContext.Out.WriteLine("flood answers: " + string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{(int)a.Key}: {a.Value}")));
        Assert.That(underFlood, Is.LessThan(TimeSpan.FromSeconds(2)));
        Assert.That(answers.GetValueOrDefault(HttpStatusCode.OK), Is.LessThanOrEqualTo(20), "at most the address's 20 attempts a minute were checked; the rest were held off");
    }

    [Test]
    public async Task A_sign_in_with_an_outdated_hash_keeps_an_upgraded_one_beside_the_store_and_leaves_the_configuration_file_alone()
    {
        var configFile = Path.Combine(_gateway.Root, "gateway.json");
        var configured = $$"""{ "AuditorView": { "Enabled": true, "Accounts": [ { "Name": "ana", "Role": "auditor", "PasswordHash": "{{TestAccounts.AuditorPasswordHash}}" } ] } }""";
        File.WriteAllText(configFile, configured);
        _gateway.ConfigFile = configFile;
        _gateway.Set("Logging:LogLevel:" + AuditorViewLog.Category, "Information");
        await _gateway.StartAsync();
        var log = CapturedLog.Of(_gateway.Host!);
        var upgrades = Path.Combine(_gateway.Root, PasswordUpgrades.FileName);

        using var first = new AuditorViewClient(_gateway.Url);
        using var signedIn = await first.SignInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);
        var kept = File.ReadAllText(upgrades);
        using var second = new AuditorViewClient(_gateway.Url);
        using var again = await second.SignInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);

        Assert.Multiple(() =>
        {
            Assert.That((signedIn.StatusCode, again.StatusCode), Is.EqualTo((HttpStatusCode.Redirect, HttpStatusCode.Redirect)));
            Assert.That(kept, Does.Contain("\"ana\"").And.Contain($"pbkdf2-sha256${PasswordHashing.DefaultIterations}$"));
            Assert.That(File.ReadAllText(upgrades), Is.EqualTo(kept), "the second sign-in checked the upgrade and rehashed nothing");
            Assert.That(File.ReadAllText(configFile), Is.EqualTo(configured), "the operator's file is never rewritten");
            Assert.That(log.Lines.Where(l => l.EventId == 4011).Select(l => l.Message), Has.One.Contain(PasswordUpgrades.FileName), "the operator is told where the new hash is");
        });
        log.Dispose();
    }

    private void UseTestAccounts(bool withDefaultLimit = false)
    {
        foreach (var (key, value) in TestAccounts.Settings())
            if (!withDefaultLimit || key != "AuditorView:SignInAttemptsPerMinute") _gateway.Set(key, value);
    }

    private async Task<TimeSpan> TimedSignInAsync()
    {
        using var client = new AuditorViewClient(_gateway.Url);
        var clock = Stopwatch.StartNew();
        using var response = await client.SignInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);
        clock.Stop();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the real sign-in succeeded");
        return clock.Elapsed;
    }

    /// <summary>One attacker's thread: made-up names as fast as the gateway answers, from <see cref="OtherClient"/>.</summary>
    private async Task FloodAsync(ConcurrentDictionary<HttpStatusCode, int> answers, CancellationToken stop)
    {
        using var attacker = new AuditorViewClient(_gateway.Url, OtherClient);
        await attacker.GetAsync("/audit/sign-in");
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var status = await attacker.PostBlindAsync("/audit/sign-in", [new("account", Guid.NewGuid().ToString("N")), new("password", "guess")], stop);
                answers.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
