using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// A sign-in's decision and its side effects on the password hashes: a right password met with a hash of older
/// parameters is hashed again with the current ones, kept beside the store and used from then on, until the operator
/// sets a new hash in the configuration, which wins.
/// </summary>
[TestFixture]
public sealed class AuditorCredentialsTests
{
    private const string Password = "an old but right password";
    private const string Client = "10.0.0.1";

    private readonly CountingDerivation _counting = new();
    private TemporaryFolder _folder = null!;
    private IConfigurationRoot _configuration = null!;
    private CurrentAccounts _accounts = null!;

    [SetUp]
    public void Create()
    {
        _folder = new TemporaryFolder();
        _configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AuditorView:Enabled"] = "true",
            ["AuditorView:Accounts:0:Name"] = "ana",
            ["AuditorView:Accounts:0:Role"] = "auditor",
            ["AuditorView:Accounts:0:PasswordHash"] = PasswordHashing.Hash(Password, PasswordHashing.MinimumIterations, _counting),
        }).Build();
        var problems = new List<string>();
        var atStart = AuditorAccounts.Check(_configuration.GetSection(AuditorViewOptions.SectionName).Get<AuditorViewOptions>()!, problems);
        Assert.That(problems, Is.Empty);
        _accounts = new CurrentAccounts(atStart, _configuration, null, NullLogger.Instance);
    }

    [TearDown]
    public void Dispose()
    {
        _accounts.Dispose();
        _folder.Dispose();
    }

    private string UpgradesFile => _folder.Combine(PasswordUpgrades.FileName);

    [Test]
    public async Task A_right_password_against_an_outdated_hash_is_hashed_again_with_the_current_parameters_and_used_from_then_on()
    {
        var credentials = Credentials(out var upgrades);

        var (outcome, account) = await credentials.CheckAsync("ana", Password, Client, CancellationToken.None);
        var firstWork = _counting.Work;
        var lastDerivation = _counting.Calls[^1];
        _counting.Reset();
        var (again, _) = await Credentials(out var reopened).CheckAsync("ana", Password, Client, CancellationToken.None);

        TestContext.Out.WriteLine($"first sign-in: {firstWork:N0} iterations (check + rehash); the next: {_counting.Work:N0}");
        Assert.Multiple(() =>
        {
            Assert.That((outcome, again), Is.EqualTo((SignInOutcome.Accepted, SignInOutcome.Accepted)));
            Assert.That(lastDerivation, Is.EqualTo((PasswordHashing.DefaultIterations, PasswordHashing.KeyBytes)), "rehashed with the current parameters");
            Assert.That(upgrades.Effective(account!).Iterations, Is.EqualTo(PasswordHashing.DefaultIterations));
            Assert.That(reopened.Effective(account!).Iterations, Is.EqualTo(PasswordHashing.DefaultIterations), "kept in the file, not only in memory");
            Assert.That(File.ReadAllText(UpgradesFile), Does.Contain("pbkdf2-sha256$600000$").And.Contain(account!.Fingerprint).And.Not.Contain(Password));
            Assert.That(_counting.Work, Is.EqualTo(PasswordHashing.DefaultIterations), "the next sign-in checks the upgrade and hashes nothing more");
        });
        if (!OperatingSystem.IsWindows()) Assert.That(File.GetUnixFileMode(UpgradesFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public async Task A_wrong_password_is_refused_and_nothing_is_rehashed()
    {
        var credentials = Credentials(out _);

        var (outcome, _) = await credentials.CheckAsync("ana", "not the password", Client, CancellationToken.None);

        Assert.That(outcome, Is.EqualTo(SignInOutcome.Refused));
        Assert.That(File.Exists(UpgradesFile), Is.False);
        Assert.That(_counting.Work, Is.EqualTo(PasswordHashing.DefaultIterations), "the work of any attempt, no more");
    }

    [Test]
    public async Task A_new_hash_set_by_the_operator_wins_over_the_upgraded_one()
    {
        var credentials = Credentials(out _);
        await credentials.CheckAsync("ana", Password, Client, CancellationToken.None);

        _configuration["AuditorView:Accounts:0:PasswordHash"] = PasswordHashing.Hash("the operator's new password", PasswordHashing.DefaultIterations, _counting);
        _configuration.Reload();

        var (old, _) = await credentials.CheckAsync("ana", Password, Client, CancellationToken.None);
        var (renewed, _) = await credentials.CheckAsync("ana", "the operator's new password", Client, CancellationToken.None);
        Assert.That((old, renewed), Is.EqualTo((SignInOutcome.Refused, SignInOutcome.Accepted)));
    }

    [Test]
    public async Task A_locked_name_is_refused_without_any_hashing()
    {
        var throttle = new SignInThrottle(1, TimeSpan.FromMinutes(5), TimeProvider.System);
        throttle.RecordFailure("ana");
        var credentials = Credentials(out _, throttle);

        var (outcome, _) = await credentials.CheckAsync("ana", Password, Client, CancellationToken.None);

        Assert.That(outcome, Is.EqualTo(SignInOutcome.Locked));
        Assert.That(_counting.Work, Is.Zero);
    }

    private AuditorCredentials Credentials(out PasswordUpgrades upgrades, SignInThrottle? throttle = null)
    {
        _counting.Reset();
        upgrades = PasswordUpgrades.Open(UpgradesFile, NullLogger.Instance);
        return new AuditorCredentials(_accounts, throttle ?? new SignInThrottle(5, TimeSpan.FromMinutes(5), TimeProvider.System),
            new PasswordWork(1, 4), new PasswordCheck(_counting), upgrades);
    }
}
